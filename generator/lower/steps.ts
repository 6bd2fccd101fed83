import type { Diagnostic } from "../diagnostics.js";
import type { IrNamedType, IrSdk } from "../ir.js";
import { settleIdentifiers } from "./identifiers.js";
import type { PageModel } from "../page.js";
import type { Profile } from "../profile/profile.js";
import { mergeMethods } from "./merge-methods.js";
import { mergeNamedTypes } from "./merge-types.js";
import type { LoweredMethod } from "./method.js";
import { resolveClients, type ClientDraft, type SdkDraft } from "./client-runtime.js";
import { danglingReferences, type DanglingReferences } from "./dangling-references.js";
import { lowerPages, type PagesLowering } from "./page-lowering.js";
import { groupClients, type ClientGrouping } from "./client-grouping.js";

/**
 * The pure steps `lower` is made of, each a pass over the whole corpus.
 * `lower` calls them and caches nothing; a watch session hands `lowerWith`
 * steps that give the same results from last run's results
 * (generator/incremental.ts), so that after an edit only the changed page, the
 * groups it is in and what depends on them are done again.
 */
export interface LowerSteps {
  /** Every page lowered on its own against the type names the method pages define, pages sorted by file (`lowerPages`). */
  lowerPages(pages: readonly PageModel[], profile: Profile): PagesLowering;
  /** Every page's type definitions (pages in file order), merged into one type per name (`mergeNamedTypes`). */
  mergeTypes(definitions: readonly IrNamedType[]): ReturnType<typeof mergeNamedTypes>;
  /** Every page's methods, merged into one method per client and name (`mergeMethods`). */
  mergeMethods(methods: readonly LoweredMethod[]): ReturnType<typeof mergeMethods>;
  /** The kept methods made into clients, their parameter types named apart (`groupClients`). */
  groupClients(kept: readonly LoweredMethod[]): ClientGrouping;
  /** References to types no page defines, each made an open object with a warning (`danglingReferences`). */
  danglingReferences(types: readonly IrNamedType[], clients: readonly ClientDraft[], lacksDataStructure: (file: string) => boolean): DanglingReferences;
  /** Every client, type and method name made an identifier that nothing else takes (`settleIdentifiers`). */
  settleIdentifiers(draft: SdkDraft, profileNames: ReadonlySet<string>): { ir: SdkDraft; diagnostics: Diagnostic[] };
  /** Each client given its runtime, the pagination of its paged methods and its type imports (`resolveClients`). */
  resolveClients(draft: SdkDraft, profile: Profile): IrSdk;
}

/** The steps, uncached. */
export const LOWER_STEPS: LowerSteps = {
  lowerPages: (pages, profile) => lowerPages(pages, profile),
  mergeTypes: (definitions) => mergeNamedTypes(definitions),
  mergeMethods: (methods) => mergeMethods(methods),
  groupClients,
  danglingReferences: (types, clients, lacksDataStructure) => danglingReferences(types, clients, lacksDataStructure),
  settleIdentifiers: (draft, profileNames) => settleIdentifiers(draft, profileNames),
  resolveClients: (draft, profile) => resolveClients(draft, profile),
};
