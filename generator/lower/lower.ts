import { compareText, diagnostic, sortDiagnostics, type Diagnostic } from "../diagnostics.js";
import type { IrNamedType, IrObjectType, IrSdk, SourceLocation } from "../ir.js";
import type { PageModel } from "../page.js";
import { DEFAULT_PROFILE } from "../profile/index.js";
import type { Profile } from "../profile/profile.js";
import { resolveClients, runtimeNamesOf, type ClientDraft, type SdkDraft } from "./client-runtime.js";
import { clientsOf } from "./merge-methods.js";
import type { LoweredMethod } from "./method.js";
import { openObjectType } from "./named-type.js";
import { isMethodPage } from "./page-lowering.js";
import { LOWER_STEPS, type LowerSteps } from "./steps.js";
import { settleIdentifiers } from "./identifiers.js";
import { disambiguateParameterTypes } from "./parameter-type-names.js";
import { referencedNames } from "../ir-utils/type-walk.js";
import type { KnownTypes } from "./type-ref.js";

/**
 * Build the IR from parsed pages: lower every method and every type table,
 * merge what several pages define, and check that every type reference
 * resolves. Guides contribute the endpoints and link templates they document.
 *
 * @param pages Page models from `parsePage`, in any order.
 * @param options The API's profile (GenAuth's by default).
 * @returns The IR (sorted, deterministic) and diagnostics sorted by place.
 */
export function lower(pages: readonly PageModel[], options: LowerOptions = {}): { ir: IrSdk; diagnostics: Diagnostic[] } {
  return lowerWith(LOWER_STEPS, pages, options);
}

/**
 * `lower`, made of the given steps: a watch session passes them wrapped with
 * caches. The result is the same for any steps that compute what `LOWER_STEPS` do.
 *
 * @param steps The per-page and per-group steps.
 * @param pages Page models, in any order.
 * @param options The API's profile (GenAuth's by default).
 * @returns The IR and diagnostics sorted by place.
 */
export function lowerWith(steps: LowerSteps, pages: readonly PageModel[], options: LowerOptions = {}): { ir: IrSdk; diagnostics: Diagnostic[] } {
  const { profile = DEFAULT_PROFILE } = options;
  const diagnostics: Diagnostic[] = [];
  const sortedPages = [...pages].sort((a, b) => compareText(a.file, b.file));
  const methodPages = sortedPages.filter(isMethodPage);
  const known = steps.knownTypes(methodPages);

  const namedTypes: IrNamedType[] = [];
  const methods: LoweredMethod[] = [];
  for (const page of sortedPages) {
    const lowered = steps.lowerPage(page, known, profile);
    namedTypes.push(...lowered.types);
    methods.push(...lowered.methods);
    diagnostics.push(...lowered.diagnostics);
  }

  const merged = steps.mergeMethods(methods);
  diagnostics.push(...merged.diagnostics);
  const kept = disambiguateParameterTypes(merged.kept, steps.renameParametersType);
  for (const { parametersType } of kept) if (parametersType) namedTypes.push(parametersType);
  const clients = clientsOf(kept);

  const types = steps.mergeTypes(namedTypes);
  diagnostics.push(...types.diagnostics);
  // Only a dangling reference asks, and most runs have none: reading a flag of every page costs a watch edit more than the question.
  let pagesWithoutDataStructure: ReadonlySet<string> | null = null;
  const lacksDataStructure = (file: string): boolean => (pagesWithoutDataStructure ??= new Set(methodPages.filter((page) => !page.hasDataStructure).map((page) => page.file))).has(file);
  const dangling = danglingReferences(types.types, clients, lacksDataStructure, steps.openType);
  diagnostics.push(...dangling.diagnostics);
  const unsettled: SdkDraft = { clients, types: dangling.openTypes.length === 0 ? types.types : [...types.types, ...dangling.openTypes].sort((a, b) => compareText(a.name, b.name)) };
  const settled = settleIdentifiers(unsettled, runtimeNamesOf(clients.map((client) => client.name), profile));
  diagnostics.push(...settled.diagnostics);
  const ir = resolveClients(settled.ir, profile, steps.paginate);
  if (clients.length === 0 && sortedPages.length > 0) diagnostics.push(noMethodsError(sortedPages));
  return { ir, diagnostics: sortDiagnostics(diagnostics) };
}

/** What `lower` may be given besides the pages. */
export interface LowerOptions {
  /** The API's profile: how pages map to clients and endpoints. */
  profile?: Profile;
}

/**
 * Find references to types no page defines. Each becomes an open object (any
 * properties) with a warning at the reference: one page's fault never stops the SDK.
 */
function danglingReferences(
  types: readonly IrNamedType[],
  clients: readonly ClientDraft[],
  lacksDataStructure: (file: string) => boolean,
  openType: (name: string, place: SourceLocation) => IrObjectType,
): { diagnostics: Diagnostic[]; openTypes: IrNamedType[] } {
  const defined = new Set(types.map((type) => type.name));
  const diagnostics: Diagnostic[] = [];
  const openTypes: IrNamedType[] = [];
  // `what` is only spelled out for a dangling name: building it for every field of every type was most of this pass.
  const check = (names: readonly string[], place: SourceLocation, what: () => string): void => {
    for (const name of names) {
      if (defined.has(name)) continue;
      defined.add(name);
      openTypes.push(openType(name, place));
      if (lacksDataStructure(place.file)) {
        diagnostics.push(diagnostic("warning", "undocumented-fields", `Missing definition of \`${name}\` (used in ${what()}): the page has no Data structure section; typed as an open object`, place));
      } else {
        diagnostics.push(diagnostic("warning", "dangling-reference", `Unexpected reference to \`${name}\` in ${what()}, expected a type that a page defines (a \`### <a id="${name}"></a> ${name}\` table); typed as an open object`, place));
      }
    }
  };
  for (const type of types) {
    if (type.kind !== "object") continue;
    for (const field of type.fields) check(referencedNames(field.type), field.source, () => `\`${type.name}.${field.name}\``);
  }
  for (const client of clients) {
    for (const method of client.methods) check(referencedNames(method.returns), method.source, () => `the response of \`${client.name}.${method.name}\``);
  }
  return { diagnostics, openTypes };
}

/**
 * Pages that document no method at all leave no usable SDK: an error, so that
 * a run never replaces an SDK with an empty one (a folder of guides, pages that
 * could not be read as reference pages).
 */
function noMethodsError(pages: readonly PageModel[]): Diagnostic {
  const place = { file: pages[0]!.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return diagnostic("error", "no-methods", `Unexpected docs without any SDK method: none of the ${pages.length} page${pages.length === 1 ? "" : "s"} documents one (the notes above say why for each); nothing to generate`, place);
}
