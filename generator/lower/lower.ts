import { compareText, diagnostic, sortDiagnostics, type Diagnostic } from "../diagnostics.js";
import type { IrNamedType, IrSdk } from "../ir.js";
import type { PageModel } from "../page.js";
import { DEFAULT_PROFILE } from "../profile/index.js";
import type { Profile } from "../profile/profile.js";
import { runtimeNamesOf, type SdkDraft } from "./client-runtime.js";
import { LOWER_STEPS, type LowerSteps } from "./steps.js";

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
 * @param steps The passes.
 * @param pages Page models, in any order.
 * @param options The API's profile (GenAuth's by default).
 * @returns The IR and diagnostics sorted by place.
 */
export function lowerWith(steps: LowerSteps, pages: readonly PageModel[], options: LowerOptions = {}): { ir: IrSdk; diagnostics: Diagnostic[] } {
  const { profile = DEFAULT_PROFILE } = options;
  const lowered = steps.lowerPages(pages, profile);
  const { pages: sortedPages, methodPages } = lowered;
  const diagnostics: Diagnostic[] = [...lowered.diagnostics];

  const merged = steps.mergeMethods(lowered.methods);
  diagnostics.push(...merged.diagnostics);
  const { parameterTypes, clients } = steps.groupClients(merged.kept);
  const namedTypes: IrNamedType[] = [...lowered.types, ...parameterTypes];

  const types = steps.mergeTypes(namedTypes);
  diagnostics.push(...types.diagnostics);
  // Only a dangling reference asks, and most runs have none: reading a flag of every page costs a watch edit more than the question.
  let pagesWithoutDataStructure: ReadonlySet<string> | null = null;
  const lacksDataStructure = (file: string): boolean => (pagesWithoutDataStructure ??= new Set(methodPages.filter((page) => !page.hasDataStructure).map((page) => page.file))).has(file);
  const dangling = steps.danglingReferences(types.types, clients, lacksDataStructure);
  diagnostics.push(...dangling.diagnostics);
  const unsettled: SdkDraft = { clients, types: dangling.openTypes.length === 0 ? types.types : [...types.types, ...dangling.openTypes].sort((a, b) => compareText(a.name, b.name)) };
  const settled = steps.settleIdentifiers(unsettled, runtimeNamesOf(clients.map((client) => client.name), profile));
  diagnostics.push(...settled.diagnostics);
  const ir = steps.resolveClients(settled.ir, profile);
  if (clients.length === 0 && sortedPages.length > 0) diagnostics.push(noMethodsError(sortedPages));
  return { ir, diagnostics: sortDiagnostics(diagnostics) };
}

/** What `lower` may be given besides the pages. */
export interface LowerOptions {
  /** The API's profile: how pages map to clients and endpoints. */
  profile?: Profile;
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
