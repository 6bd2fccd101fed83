import { compareText, diagnostic, type Diagnostic } from "../diagnostics.js";
import type { IrNamedType, SourceLocation } from "../ir.js";
import { isIdentifier } from "../names.js";
import type { DtoTable, MethodPageModel, PageModel, Row, Table } from "../page.js";
import type { Profile } from "../profile/profile.js";
import { endpointToMethod, linkToMethod, urlProblem } from "./guide-method.js";
import { pageToMethod, responseTypeName, type LoweredMethod } from "./method.js";
import { closeOpenArrays, linkLoneDto } from "./element-type.js";
import { refineFromExample } from "./example-result.js";
import { isEnumTable, tableToNamedType } from "./named-type.js";
import type { KnownTypes } from "./type-ref.js";

/** A page documenting an SDK method. */
export type MethodPage = MethodPageModel;

/** A table that defines a named type, before lowering. */
export interface Definition {
  name: string;
  table: Table | null;
  include: string | null;
  role: "dto" | "response";
  source: SourceLocation;
}

/** What one page contributes to the IR, before anything is merged across pages. */
export interface PageLowering {
  /** Types it defines (DTO and response tables, inferred endpoint responses). */
  types: IrNamedType[];
  /** Methods it documents. */
  methods: LoweredMethod[];
  diagnostics: Diagnostic[];
}

/** Every page lowered on its own, before anything is merged across pages. */
export interface PagesLowering {
  /** The pages, sorted by file. */
  pages: readonly PageModel[];
  /** The method pages among them, in the same order. */
  methodPages: readonly MethodPage[];
  /** Every page's types, pages in file order. */
  types: readonly IrNamedType[];
  /** Every page's methods, pages in file order. */
  methods: readonly LoweredMethod[];
  /** Every page's diagnostics, pages in file order. */
  diagnostics: readonly Diagnostic[];
}

/**
 * Lower every page on its own: sort the pages by file, gather the type names
 * the method pages define, and lower each page against them.
 *
 * @param pages Page models, in any order.
 * @param profile The API's profile.
 * @returns The sorted pages and what each contributes.
 */
export function lowerPages(pages: readonly PageModel[], profile: Profile): PagesLowering {
  const sorted = sortedByFile(pages);
  const methodPages = sorted.filter(isMethodPage);
  const known = knownTypesOf(methodPages);
  const types: IrNamedType[] = [];
  const methods: LoweredMethod[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const page of sorted) {
    const lowered = lowerPage(page, known, profile);
    types.push(...lowered.types);
    methods.push(...lowered.methods);
    diagnostics.push(...lowered.diagnostics);
  }
  return { pages: sorted, methodPages, types, methods, diagnostics };
}

/**
 * Pages in file order (pages with the same file keep their order).
 *
 * @param pages Page models, in any order.
 * @returns A sorted copy.
 */
export function sortedByFile(pages: readonly PageModel[]): PageModel[] {
  return [...pages].sort(byFile);
}

/**
 * The order of pages: by file.
 *
 * @param a A page.
 * @param b Another.
 * @returns Negative, zero or positive.
 */
export function byFile(a: PageModel, b: PageModel): number {
  return compareText(a.file, b.file);
}

/**
 * Whether a page documents an SDK method.
 *
 * @param page A page model.
 * @returns True for a method page with a method name.
 */
export function isMethodPage(page: PageModel): page is MethodPage {
  return page.kind === "method";
}

/**
 * The type definitions of a method page: its Data structure tables and its response table.
 *
 * @param page A method page.
 * @returns Definitions in page order, the response last.
 */
export function definitionsOf(page: MethodPage): Definition[] {
  const definitions: Definition[] = page.dtos.map((dto: DtoTable) => ({
    name: dto.name.text,
    table: dto.table,
    include: dto.include?.text ?? null,
    role: "dto" as const,
    source: dto.name.place,
  }));
  const responseName = responseTypeName(page);
  const responseTable = page.response?.table;
  if (responseName && responseTable) {
    definitions.push({ name: responseName, table: responseTable, include: null, role: "response", source: page.response!.typeName?.place ?? responseTable.place });
  }
  return definitions;
}

/** A type name a page defines, and whether its table makes an enum or an object. */
export type TypeKind = readonly [name: string, kind: "object" | "enum"];

/**
 * The kind of each type a method page defines.
 *
 * @param page A method page.
 * @returns Names and kinds, in page order.
 */
export function typeKindsOf(page: MethodPage): TypeKind[] {
  return definitionsOf(page).map((definition) => [definition.name, definition.role === "dto" && isEnumTable(definition.table) ? "enum" : "object"]);
}

/**
 * The kind of every type name the pages define; the first definition of a name decides.
 *
 * @param methodPages Method pages, in file order.
 * @returns Names and kinds.
 */
export function knownTypesOf(methodPages: readonly MethodPage[]): Map<string, "object" | "enum"> {
  return knownTypesFrom(methodPages.map(typeKindsOf));
}

/**
 * The kind of every type name, from each page's kinds.
 *
 * @param kindsByPage The kinds each method page defines, pages in file order.
 * @returns Names and kinds; the first definition of a name decides.
 */
export function knownTypesFrom(kindsByPage: readonly (readonly TypeKind[])[]): Map<string, "object" | "enum"> {
  const known = new Map<string, "object" | "enum">();
  for (const kinds of kindsByPage) {
    for (const [name, kind] of kinds) if (!known.has(name)) known.set(name, kind);
  }
  return known;
}

/**
 * Lower what one page documents: its type tables, its method, and the
 * endpoints and link templates of a guide. Depends only on the page and the
 * known type names, so a watch session can keep it while both are unchanged.
 *
 * @param page A page model.
 * @param known Type names the docs define.
 * @param profile The API's profile.
 * @returns The page's types, methods and diagnostics.
 */
export function lowerPage(page: PageModel, known: KnownTypes, profile: Profile): PageLowering {
  const types: IrNamedType[] = [];
  const methods: LoweredMethod[] = [];
  const diagnostics: Diagnostic[] = [];
  if (isMethodPage(page)) {
    const pageTypes: IrNamedType[] = [];
    const cutOff = new Map<string, SourceLocation>();
    for (const definition of definitionsOf(page)) {
      if (!isIdentifier(definition.name)) {
        diagnostics.push(diagnostic("warning", "invalid-type-name", `Unexpected type name \`${definition.name}\`, expected an identifier such as \`UserDto\`; the table is skipped`, definition.source));
        continue;
      }
      const lowered = tableToNamedType(definition, known);
      pageTypes.push(lowered.type);
      diagnostics.push(...lowered.diagnostics);
      const shortRow = definition.table ? lastRowIfShort(definition.table) : null;
      if (shortRow) cutOff.set(definition.name, shortRow.place);
    }
    const responseName = responseTypeName(page);
    const fromExample = refineFromExample(pageTypes, responseName, page.response?.example ?? null, known, cutOff);
    diagnostics.push(...fromExample.diagnostics);
    types.push(...closeOpenArrays(linkLoneDto(fromExample.types, responseName)));
    const lowered = pageToMethod(page, known, profile);
    methods.push(lowered.lowered);
    diagnostics.push(...lowered.diagnostics);
  }
  if (page.kind !== "guide") return { types, methods, diagnostics };
  for (const endpoint of page.endpoints) {
    const problem = urlProblem(endpoint.url.text);
    if (problem) {
      diagnostics.push(diagnostic("warning", "endpoint-url", `Unexpected endpoint URL \`${endpoint.url.text}\`, expected ${problem}; no method is made for it`, endpoint.url.place));
      continue;
    }
    const lowered = endpointToMethod(endpoint, known, profile);
    methods.push(lowered.lowered);
    if (lowered.responseType) types.push(lowered.responseType);
    diagnostics.push(...lowered.diagnostics);
  }
  for (const link of page.links) {
    const problem = urlProblem(link.url.text);
    if (problem) diagnostics.push(diagnostic("warning", "endpoint-url", `Unexpected link URL \`${link.url.text}\`, expected ${problem}; no URL builder is made for it`, link.url.place));
    else methods.push(linkToMethod(link, profile).lowered);
  }
  return { types, methods, diagnostics };
}

/** A table's last row when it stops before the last column (the table was cut off there), else null. */
function lastRowIfShort(table: Table): Row | null {
  const last = table.rows.at(-1);
  return last !== undefined && table.columns.some((role) => last.cells[role] === undefined) ? last : null;
}
