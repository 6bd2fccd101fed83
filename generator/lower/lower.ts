import { compareText, diagnostic, type Diagnostic } from "../diagnostics.js";
import type { IrNamedType, IrSdk, SourceLocation } from "../ir.js";
import type { DtoTable, PageModel, Table } from "../page.js";
import { isIdentifier } from "../names.js";
import { endpointToMethod, linkToMethod } from "./guide-method.js";
import { mergeMethods } from "./merge-methods.js";
import { mergeNamedTypes } from "./merge-types.js";
import { pageToMethod, responseTypeName, type LoweredMethod } from "./method.js";
import { isEnumTable, openObjectType, tableToNamedType } from "./named-type.js";
import { disambiguateParameterTypes } from "./parameter-type-names.js";
import { referencedNames } from "./type-ref.js";

type MethodPage = PageModel & { method: NonNullable<PageModel["method"]> };

/** A table that defines a named type, before lowering. */
interface Definition {
  name: string;
  table: Table | null;
  include: string | null;
  role: "dto" | "response";
  source: SourceLocation;
}

/**
 * Build the IR from parsed pages: lower every method and every type table,
 * merge what several pages define, and check that every type reference
 * resolves. Guides contribute the endpoints and link templates they document.
 *
 * @param pages Page models from `parsePage`, in any order.
 * @returns The IR (sorted, deterministic) and diagnostics.
 */
export function lower(pages: readonly PageModel[]): { ir: IrSdk; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const methodPages = pages
    .filter((page): page is MethodPage => page.kind === "method" && page.method !== null)
    .sort((a, b) => compareText(a.file, b.file));
  const definitions = methodPages.flatMap(definitionsOf);
  const known = new Map<string, "object" | "enum">();
  for (const definition of definitions) {
    if (!known.has(definition.name)) known.set(definition.name, definition.role === "dto" && isEnumTable(definition.table) ? "enum" : "object");
  }

  const namedTypes: IrNamedType[] = [];
  for (const definition of definitions) {
    if (!isIdentifier(definition.name)) {
      diagnostics.push(diagnostic("error", "invalid-type-name", `Unexpected type name \`${definition.name}\`, expected an identifier such as \`UserDto\``, definition.source));
      continue;
    }
    const lowered = tableToNamedType(definition, known);
    namedTypes.push(lowered.type);
    diagnostics.push(...lowered.diagnostics);
  }

  const methods: LoweredMethod[] = [];
  for (const page of methodPages) {
    const lowered = pageToMethod(page, known);
    methods.push(lowered.lowered);
    diagnostics.push(...lowered.diagnostics);
  }
  for (const page of [...pages].sort((a, b) => compareText(a.file, b.file))) {
    for (const endpoint of page.endpoints) {
      const lowered = endpointToMethod(endpoint, known);
      methods.push(lowered.lowered);
      if (lowered.responseType) namedTypes.push(lowered.responseType);
      diagnostics.push(...lowered.diagnostics);
    }
    for (const link of page.links) methods.push(linkToMethod(link).lowered);
  }
  const merged = mergeMethods(methods);
  diagnostics.push(...merged.diagnostics);
  disambiguateParameterTypes(merged.kept);
  for (const { parametersType } of merged.kept) if (parametersType) namedTypes.push(parametersType);

  const types = mergeNamedTypes(namedTypes);
  diagnostics.push(...types.diagnostics);
  const pagesWithoutDataStructure = new Set(methodPages.filter((page) => !page.hasDataStructure).map((page) => page.file));
  const dangling = danglingReferences(types.types, merged.clients, pagesWithoutDataStructure);
  diagnostics.push(...dangling.diagnostics);
  const ir: IrSdk = { clients: merged.clients, types: [...types.types, ...dangling.openTypes].sort((a, b) => compareText(a.name, b.name)) };
  return { ir, diagnostics };
}

function definitionsOf(page: MethodPage): Definition[] {
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

/**
 * Find references to types no page defines. Each is an error, except on a page
 * that has no Data structure section at all (a page cut off before it): there
 * the type is made an open object, with a warning.
 */
function danglingReferences(
  types: readonly IrNamedType[],
  clients: IrSdk["clients"],
  pagesWithoutDataStructure: ReadonlySet<string>,
): { diagnostics: Diagnostic[]; openTypes: IrNamedType[] } {
  const defined = new Set(types.map((type) => type.name));
  const diagnostics: Diagnostic[] = [];
  const openTypes: IrNamedType[] = [];
  const check = (names: string[], place: SourceLocation, what: string): void => {
    for (const name of names) {
      if (defined.has(name)) continue;
      if (pagesWithoutDataStructure.has(place.file)) {
        defined.add(name);
        openTypes.push(openObjectType(name, place));
        diagnostics.push(diagnostic("warning", "undocumented-fields", `Missing definition of \`${name}\` (used in ${what}): the page has no Data structure section; typed as an open object`, place));
        continue;
      }
      diagnostics.push(diagnostic("error", "dangling-reference", `Unexpected reference to \`${name}\` in ${what}, expected a type that a page defines (a \`### <a id="${name}"></a> ${name}\` table)`, place));
    }
  };
  for (const type of types) {
    if (type.kind !== "object") continue;
    for (const field of type.fields) check(referencedNames(field.type), field.source, `\`${type.name}.${field.name}\``);
  }
  for (const client of clients) {
    for (const method of client.methods) check(referencedNames(method.returns), method.source, `the response of \`${client.name}.${method.name}\``);
  }
  return { diagnostics, openTypes };
}
