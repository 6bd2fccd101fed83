import type { ColumnRole } from "./vocabulary.js";
/**
 * The page model: what `parse()` reads out of one markdown page, before any
 * interpretation. Cells keep their text and positions; lowering decides what
 * the text means (types, required flags, defaults, enums).
 */
import type { SourceLocation } from "./ir.js";

/** One parsed page: a method page, an endpoint guide, or a page that documents neither (skipped, with a note). */
export type PageModel = MethodPageModel | GuidePageModel | SkippedPageModel;

/** What every page has. */
interface PageBase {
  /** Path of the page, as given to the parser. */
  file: string;
  /** The `# Title`, or null. */
  title: TextAt | null;
  /** Paragraphs between the title and the first section, markdown. */
  description: string;
}

/** A page that documents one SDK method. */
export interface MethodPageModel extends PageBase {
  kind: "method";
  /** The documented method. */
  method: MethodName;
  /** HTTP overrides from the page's front matter. */
  http: HttpOverride;
  /** The request-parameter section, or null. */
  request: RequestSection | null;
  /** The response section, or null. */
  response: ResponseSection | null;
  /** DTO tables of the page, in page order. */
  dtos: DtoTable[];
  /** The first code block of the Sample code section, or null. */
  sampleCode: TextAt | null;
  /** Whether the page has a Data structure section (a page cut off before it has none). */
  hasDataStructure: boolean;
}

/** A guide that documents HTTP endpoints or browser links directly. */
export interface GuidePageModel extends PageBase {
  kind: "guide";
  /** HTTP endpoints it documents ("Interface address: `POST` `https://…`"). */
  endpoints: EndpointSection[];
  /** Browser URLs with placeholders it tells users to visit (front-channel links). */
  links: LinkTemplate[];
}

/** A page that documents no method, endpoint or link: it adds nothing to the SDK. */
export interface SkippedPageModel extends PageBase {
  kind: "skipped";
}

/**
 * An HTTP endpoint documented in a guide rather than as an SDK method:
 *
 * ```markdown
 * - Interface address: `POST` `https://<your domain>/api/applications/:appId/kick-active-users`
 * - Request header: (table)
 * - Request parameters: (table)
 * - Return data: (JSON code block)
 * ```
 */
export interface EndpointSection {
  /** The heading of the section the endpoint is in, or null. */
  heading: TextAt | null;
  /** The "Interface description" text, or empty. */
  description: string;
  /** The verb as written. */
  verb: TextAt;
  /** The URL as written, origin included (it may hold placeholders such as `<your domain>`). */
  url: TextAt;
  /** The `SDK method: Client.method` line naming the method, or null (the name then comes from the path). */
  methodName: TextAt | null;
  /** The request-header table, or null. */
  headers: Table | null;
  /** The request-parameter table, or null. */
  parameters: Table | null;
  /** The example return, or null. */
  example: TextAt | null;
}

/** A URL with placeholders a guide tells users to visit, e.g. `https://app/logout?redirect_uri={{CALLBACK_URL}}`. */
export interface LinkTemplate {
  /** The heading of the section it is in, or null. */
  heading: TextAt | null;
  /** The paragraph that shows it, markdown. */
  description: string;
  /** The URL as written (inside inline code). */
  url: TextAt;
}

/** A piece of text and where it is. */
export interface TextAt {
  /** The text. */
  text: string;
  /** Where. */
  place: SourceLocation;
}

/** The method a page documents, e.g. `AuthenticationClient.deleteAccount`. */
export interface MethodName {
  /** Client class, e.g. `AuthenticationClient`. */
  client: string;
  /** Method as written (camelCase or snake_case). */
  method: string;
  /** Where the name was found: the Method name section, the sample code, or the file name. */
  foundIn: "section" | "sample-code" | "file-name";
  /** Where. */
  place: SourceLocation;
}

/** Verb and path stated in front matter; each null when not stated. */
export interface HttpOverride {
  /** Upper-case verb, as written. */
  verb: TextAt | null;
  /** Path, as written. */
  path: TextAt | null;
}

/** The request-parameter section. */
export interface RequestSection {
  /** Where the section heading is. */
  place: SourceLocation;
  /** `Type: \`X\`` line naming the parameter object, or null. */
  typeName: TextAt | null;
  /** The parameter table, or null when the section has none (no parameters). */
  table: Table | null;
}

/** The response section. */
export interface ResponseSection {
  /** Where the section heading is. */
  place: SourceLocation;
  /** `Type: \`X\`` line naming the response type, or null. */
  typeName: TextAt | null;
  /** The table of the response type's fields, or null. */
  table: Table | null;
  /** The example result code block, or null. */
  example: TextAt | null;
}

/** A `### <a id="X"></a> X` heading with its table. */
export interface DtoTable {
  /** DTO name. */
  name: TextAt;
  /** Its fields, or null when the heading is followed by no table. */
  table: Table | null;
  /** The `!!!include(path)!!!` directive standing where the table should be, or null. */
  include: TextAt | null;
}

/** Column meanings the parser recognises, found by header wording in either language. */
export type { ColumnRole } from "./vocabulary.js";

/** A table with its columns identified. */
export interface Table {
  /** Where the whole table is. */
  place: SourceLocation;
  /** Roles of the columns that were recognised. */
  columns: ColumnRole[];
  /** Body rows. */
  rows: Row[];
}

/** One body row, cells keyed by column role (absent when the row has no such cell). */
export interface Row {
  /** Where the row is. */
  place: SourceLocation;
  /** Cells by role. */
  cells: Partial<Record<ColumnRole, Cell>>;
}

/** One table cell. */
export interface Cell {
  /** Text with HTML removed, `<br>` as a line break, inline code kept in backticks, links as markdown. */
  text: string;
  /** Targets of `#anchor` links in the cell (`<a href="#X">` or `[X](#X)`), without the `#`. */
  anchors: readonly string[];
  /** Where the cell is. */
  place: SourceLocation;
}
