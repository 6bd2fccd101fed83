import { isDeepStrictEqual } from "node:util";
import type { IrNamedType, IrObjectType } from "../ir.js";
import { groupMemo, type GroupMemo } from "./group-memo.js";
import type { MergedMethod } from "./merge-methods.js";
import type { MergedType } from "./merge-types.js";
import type { LoweredMethod } from "./method.js";
import type { PageLowering } from "./page-lowering.js";
import type { KnownTypes } from "./type-ref.js";

/**
 * What `lower` keeps between the runs of a watch session, so that a run after
 * one changed page lowers that page and re-merges only the groups it is in.
 * Every entry is reused only for the very same input objects (see `GroupMemo`),
 * so the IR is the same as without a memo; unchanged parts of it are even the
 * same objects, which lets `emit` reuse what it printed for them.
 */
export interface LowerMemo {
  /** The type names of the last run; kept as the same object while they do not change. */
  known: KnownTypes | null;
  /** Each page's types and methods, by file, for the page object and the known types. */
  pages: GroupMemo<unknown, PageLowering>;
  /** Each type name's merged type, for its definitions. */
  types: GroupMemo<IrNamedType, MergedType>;
  /** Each client method kept, for the methods its pages document. */
  methods: GroupMemo<LoweredMethod, MergedMethod>;
  /** Methods whose parameter type got a client prefix, for the method and the new name. */
  renames: GroupMemo<unknown, LoweredMethod>;
  /** Open objects made for types a page without a Data structure section names, for the place naming them. */
  openTypes: GroupMemo<unknown, IrObjectType>;
}

/**
 * An empty memo for `lower`.
 *
 * @returns A memo to pass to every run of one watch session.
 */
export function lowerMemo(): LowerMemo {
  // Merged types and methods that come out equal after an edit keep last run's object, so emit reuses what it printed.
  return { known: null, pages: groupMemo(), types: groupMemo<IrNamedType, MergedType>(isDeepStrictEqual), methods: groupMemo<LoweredMethod, MergedMethod>(isDeepStrictEqual), renames: groupMemo(), openTypes: groupMemo() };
}

/**
 * Whether two sets of type names are the same (names and kinds).
 *
 * @param a One set.
 * @param b The other.
 * @returns True when every name has the same kind in both.
 */
export function sameKnownTypes(a: KnownTypes, b: KnownTypes): boolean {
  if (a.size !== b.size) return false;
  for (const [name, kind] of a) if (b.get(name) !== kind) return false;
  return true;
}
