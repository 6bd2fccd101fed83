import type { Project } from "ts-morph";
import type { IrMethod, IrNamedType } from "../ir.js";
import { groupMemo, type GroupMemo } from "../lower/group-memo.js";

/**
 * What `emit` keeps between the runs of a watch session: the text printed for
 * each type and rendered for each method, keyed by the IR object itself.
 * `lower` with a memo hands back the very same objects for everything a change
 * did not touch, so only new objects are printed; entries for objects that are
 * gone are collected with them. The output is the same without a memo.
 */
export interface EmitMemo {
  /** The declaration printed for a named type. */
  declarations: WeakMap<IrNamedType, string>;
  /** The text rendered for a client method. */
  methods: WeakMap<IrMethod, string>;
  /**
   * Whole file texts, by path, for the objects they were made from (the types
   * of the models file, the methods of a client): a file whose parts are all
   * the same objects is the same string as last time, not joined again.
   */
  files: GroupMemo<unknown, string>;
  /** The ts-morph project reused for printing. */
  project?: Project;
}

/**
 * An empty memo for `emit`.
 *
 * @returns A memo to pass to every emit of one watch session.
 */
export function emitMemo(): EmitMemo {
  return { declarations: new WeakMap(), methods: new WeakMap(), files: groupMemo() };
}
