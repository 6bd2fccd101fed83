/**
 * The intermediate representation (IR) of an SDK, built by `lower()` from parsed
 * pages and consumed by `emit()`.
 *
 * Plain data only: no classes, no functions, no cycles, so it can be written as
 * JSON (`--ir`), compared in tests and cached. Everything the emitters need is
 * resolved here (identifiers, HTTP verb and path, typed defaults), so emitters
 * never guess. Arrays are sorted by name, except fields and parameters, which
 * keep the order the page documents them in.
 */

/** A position in a source file, 1-based, as mdast reports it. */
export interface Point {
  /** Line, starting at 1. */
  line: number;
  /** Column, starting at 1. */
  column: number;
}

/** Where a node came from: the page and the span inside it. */
export interface SourceLocation {
  /** Path of the page, as given to the parser (relative to the working folder). */
  file: string;
  /** First character of the span. */
  start: Point;
  /** Character after the span. */
  end: Point;
}

/** The whole SDK. */
export interface IrSdk {
  /** Clients (`AuthenticationClient`, `ManagementClient`, …), sorted by name. */
  clients: IrClient[];
  /** Named types (DTOs, enums, request parameter objects), sorted by name. */
  types: IrNamedType[];
}

/** One client class of the SDK. */
export interface IrClient {
  /** Class name as documented, e.g. `AuthenticationClient`. */
  name: string;
  /** Its methods, sorted by name. */
  methods: IrMethod[];
  /** The runtime class it extends and how it authenticates, as the profile decides. */
  runtime: IrClientRuntime;
  /** Named types its module imports (parameter and response types), sorted. */
  typeImports: string[];
}

/** The runtime side of a client, decided by the profile from the client's name. */
export interface IrClientRuntime {
  /** The runtime class the client extends, e.g. `ManagementClientBase`. */
  baseClass: string;
  /** The type of its constructor's options, e.g. `ManagementClientOptions`. */
  optionsType: string;
  /** Whether the options may be left out (every one can come from the environment). */
  optionsOptional: boolean;
  /**
   * How its requests authenticate, in the profile's words (GenAuth: `app`,
   * `signature`, or `none`); the mock server and the OpenAPI export read it.
   */
  auth: string;
}

/** An HTTP verb the generated client can send. */
export type HttpVerb = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** How a method reaches the API. */
export interface IrHttpBinding {
  /** The HTTP verb. */
  verb: HttpVerb;
  /** Absolute path, e.g. `/api/v3/delete-account`; path parameters as `{name}`. */
  path: string;
  /**
   * How the verb and path were chosen: from the page's front matter, from the
   * project's bindings file, by the documented rule, or as written on an
   * endpoint page ("Interface address").
   */
  origin: "front-matter" | "bindings" | "rule" | "page";
  /** Parameters substituted into `{name}` segments of the path (URL-encoded), in path order; they are not also sent in the query or body. */
  pathParameters: string[];
  /** Parameters whose name on the wire differs from the SDK's (`redirectUri` sent as `redirect_uri`), in documented order. */
  wireNames: IrWireName[];
  /** Request headers the page documents; the client supplies them (credentials), so they are not parameters. */
  headers: IrHeader[];
  /** The origin the page gives for the endpoint, as written (it may hold placeholders), or null. */
  server: string | null;
  /** Where the parameters travel: the query string (GET, DELETE) or a JSON body. */
  parametersIn: "query" | "body";
  /**
   * Whether sending the request twice is harmless, so the client may retry it
   * after a lost answer: idempotent verbs, and methods whose name reads
   * (get, list, check…) whatever their verb.
   */
  idempotent: boolean;
}

/** A parameter sent under another name. */
export interface IrWireName {
  /** The SDK's parameter name, e.g. `redirectUri`. */
  parameter: string;
  /** The name in the query string, e.g. `redirect_uri`. */
  wire: string;
}

/** A request header an endpoint page documents. */
export interface IrHeader {
  /** Header name as written, e.g. `x-authing-userpool-id`. */
  name: string;
  /** Whether the page marks it required. */
  required: boolean;
  /** Description, or empty. */
  description: string;
  /** Where its row is. */
  source: SourceLocation;
}

/** One SDK method, from one method page (or several identical ones), or one endpoint or link of a guide. */
export interface IrMethod {
  /** camelCase method name, e.g. `deleteAccount` (snake_case names are converted). */
  name: string;
  /** The name as the page wrote it, e.g. `delete_account`. */
  documentedName: string;
  /**
   * `request` sends an HTTP request and resolves to the response;
   * `link` only builds the URL a browser is sent to (front-channel logout, say) and returns it.
   */
  kind: "request" | "link";
  /** Page title, used as the summary line. */
  summary: string;
  /** Description paragraphs of the page, markdown. */
  description: string;
  /** The HTTP binding. */
  http: IrHttpBinding;
  /**
   * Name of the parameter object type (a member of `IrSdk.types`), or null
   * when the method takes no parameters.
   */
  parametersType: string | null;
  /** True when at least one parameter is required (so the argument is not optional). */
  parametersRequired: boolean;
  /** What the method resolves to. */
  returns: IrTypeRef;
  /** The example result shown on the page, verbatim, or null. */
  exampleResult: string | null;
  /** The call the page's sample code makes, without its setup (`sampleCall`), or null. */
  usage: string | null;
  /** Where that sample code is on its page, or null. */
  usageSource: SourceLocation | null;
  /** Where the method name is written. */
  source: SourceLocation;
  /** Other pages that document the same method identically. */
  alsoDocumentedAt: SourceLocation[];
  /** How to walk every page of its results, when its parameters and response show a page pattern; null otherwise. */
  pagination: IrPagination | null;
}

/**
 * A method whose results come a page at a time: it takes a page number, and
 * its response holds one list of items (and, often, their total count).
 */
export interface IrPagination {
  /** The generated method that yields every item of every page, e.g. `listUsersAll`. */
  iteratorName: string;
  /** The page-number parameter, e.g. `page`. */
  pageParameter: string;
  /** The page-size parameter, e.g. `limit`, or null when there is none. */
  sizeParameter: string | null;
  /** Whether a parameter other than the page number is required (so the iterator's argument is not optional). */
  parametersRequired: boolean;
  /** Where the items are in a response, e.g. `["data", "list"]`. */
  itemsPath: string[];
  /** Where the total number of items is, e.g. `["data", "totalCount"]`, or null. */
  totalPath: string[] | null;
  /** The type of one item. */
  itemType: IrTypeRef;
}

/** A named type: an object (DTO, parameter object) or a string enum. */
export type IrNamedType = IrObjectType | IrEnumType;

/** An object type with named fields. */
export interface IrObjectType {
  kind: "object";
  /** TypeScript identifier of the type. */
  name: string;
  /** What produced it: a DTO table, a response table, or a request-parameter table. */
  role: "dto" | "response" | "parameters";
  /** Doc text for the type, or empty. */
  description: string;
  /** Fields in documented order. */
  fields: IrField[];
  /**
   * True when the docs name the type but do not list its fields (a DTO heading
   * without a table, or a page cut off before its Data structure section):
   * the type then accepts any properties.
   */
  open: boolean;
  /** Where the type is defined (the first definition, by file path). */
  source: SourceLocation;
  /** Other definitions merged into this one (same structure, or reconciled with a warning). */
  mergedFrom: SourceLocation[];
}

/** A string-literal union, from an enum table. */
export interface IrEnumType {
  kind: "enum";
  /** TypeScript identifier of the type. */
  name: string;
  /** Doc text for the type, or empty. */
  description: string;
  /** The allowed values, in documented order. */
  members: IrEnumMember[];
  /** Where the type is defined. */
  source: SourceLocation;
  /** Other identical definitions merged into this one. */
  mergedFrom: SourceLocation[];
}

/** One allowed value of an enum. */
export interface IrEnumMember {
  /** The literal value. */
  value: string;
  /** What it means, or empty. */
  description: string;
}

/** A field of an object type, or a request parameter. */
export interface IrField {
  /** Property name exactly as documented (emitters quote it when it is not an identifier). */
  name: string;
  /** Its type. */
  type: IrTypeRef;
  /** Whether the field must be present. */
  required: boolean;
  /** Description, markdown, or empty. */
  description: string;
  /** Typed default value, or null when the page gives none. */
  default: IrLiteral | null;
  /** Example value, typed when it parses as the field's type, or null. */
  example: IrLiteral | null;
  /** Where the field's row is. */
  source: SourceLocation;
}

/** A literal value from the docs, typed. */
export interface IrLiteral {
  /** The value, typed by the field's type (a string when it is not parseable as that type). */
  value: string | number | boolean | null | unknown[] | Record<string, unknown>;
  /** The text as written in the page, without surrounding backticks. */
  text: string;
}

/** A reference to a type. */
export type IrTypeRef =
  | { kind: "primitive"; name: "string" | "number" | "boolean" }
  | { kind: "array"; items: IrTypeRef }
  | { kind: "named"; name: string }
  | { kind: "literal-union"; values: string[] }
  | { kind: "map"; values: IrTypeRef }
  | { kind: "union"; types: IrTypeRef[] }
  | { kind: "unknown" };
