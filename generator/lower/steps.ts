import type { IrMethod, IrNamedType, IrObjectType, SourceLocation } from "../ir.js";
import type { PageModel } from "../page.js";
import type { Profile } from "../profile/profile.js";
import { mergeMethodGroup, type MergedMethod } from "./merge-methods.js";
import { mergeDefinitions, type MergedType } from "./merge-types.js";
import type { LoweredMethod } from "./method.js";
import { openObjectType } from "./named-type.js";
import { lowerPage, typeKindsOf, type MethodPage, type PageLowering, type TypeKind } from "./page-lowering.js";
import { withParametersTypeName } from "./parameter-type-names.js";
import type { KnownTypes } from "./type-ref.js";

/**
 * The pure per-page and per-group steps `lower` is made of. `lower` calls
 * them and caches nothing; a watch session hands `lowerWith` the same steps
 * wrapped with caches (generator/incremental.ts), so that after an edit only
 * the changed page and the groups it is in are done again.
 */
export interface LowerSteps {
  /** The names and kinds of the types one method page defines (what the other pages may refer to). */
  typeKinds(page: MethodPage): readonly TypeKind[];
  /** One page's types, methods and diagnostics. */
  lowerPage(page: PageModel, known: KnownTypes, profile: Profile): PageLowering;
  /** The definitions of one type name, merged. */
  mergeType(name: string, definitions: readonly IrNamedType[]): MergedType;
  /** The pages documenting one client method (`Client.method`), merged. */
  mergeMethod(key: string, group: readonly LoweredMethod[]): MergedMethod;
  /** A method whose generated parameter type takes a client prefix. */
  renameParametersType(lowered: LoweredMethod, name: string): LoweredMethod;
  /** The open object a type that no page defines becomes. */
  openType(name: string, place: SourceLocation): IrObjectType;
  /**
   * A paged method with its pagination (`paged()` makes it), decided from the
   * method, its iterator's name and the types the rule read: a cache may hand
   * back the copy it made for the same inputs.
   */
  paginate(key: string, method: IrMethod, iteratorName: string, consulted: readonly IrNamedType[], paged: () => IrMethod): IrMethod;
}

/** The steps, uncached. */
export const LOWER_STEPS: LowerSteps = {
  typeKinds: typeKindsOf,
  lowerPage,
  mergeType: (_name, definitions) => mergeDefinitions(definitions),
  mergeMethod: (_key, group) => mergeMethodGroup(group),
  renameParametersType: withParametersTypeName,
  openType: openObjectType,
  paginate: (_key, _method, _iteratorName, _consulted, paged) => paged(),
};
