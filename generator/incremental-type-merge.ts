import { isDeepStrictEqual } from "node:util";
import type { IrNamedType } from "./ir.js";
import { compareText } from "./diagnostics.js";
import { listChanges, regroupChanged, sortedIndex } from "./list-changes.js";
import { comparePlaces, mergeDefinitions, mergeNamedTypes, type MergedType } from "./lower/merge-types.js";

/** What `mergeNamedTypes` gives: one type per name, sorted by name, and diagnostics. */
export type MergedTypes = ReturnType<typeof mergeNamedTypes>;

/** The last run of an incremental merge: its input, each name's definitions and merge, and its result. */
interface LastMerge {
  definitions: readonly IrNamedType[];
  /** Each name's definitions, in place order. */
  groups: Map<string, IrNamedType[]>;
  /** Each name's merge. */
  merged: Map<string, MergedType>;
  /** The names, sorted as the result's types are. */
  names: string[];
  result: MergedTypes;
}

/** An edit this large (definitions removed plus added) is merged from scratch: patching would cost as much. */
const MOST_PATCHED = 256;

/**
 * `mergeNamedTypes` for a watch session: each run gives what `mergeNamedTypes`
 * gives, but merges again only the names whose definitions changed since the
 * last run. An edit replaces one page's definitions and keeps every other
 * definition as the same object, so the changes are found by comparing
 * pointers (`listChanges`), reading no definition outside them. At 5,000
 * pages, gathering and sorting 13,000 definitions was 35-50 ms of every edit.
 * A name merged again whose type comes out equal keeps last run's object, so
 * that the caches after it (emit's, keyed by IR objects) hit.
 *
 * @returns The merge step, which keeps its last run.
 */
export function incrementalTypeMerge(): (definitions: readonly IrNamedType[]) => MergedTypes {
  let last: LastMerge | null = null;
  return (definitions) => {
    last = (last && patched(last, definitions)) ?? fromScratch(definitions, last);
    return last.result;
  };
}

/** Merge every name, keeping last run's merge objects where they come out equal. */
function fromScratch(definitions: readonly IrNamedType[], previous: LastMerge | null): LastMerge {
  const groups = new Map<string, IrNamedType[]>();
  const merged = new Map<string, MergedType>();
  const result = mergeNamedTypes(definitions, (name, group) => {
    groups.set(name, [...group]);
    const merge = sameOr(previous?.merged.get(name), mergeDefinitions(group));
    merged.set(name, merge);
    return merge;
  });
  return { definitions, groups, merged, names: result.types.map((type) => type.name), result };
}

/**
 * The last run patched with the changed definitions, or null when it cannot
 * be (too many changes, or two definitions of a name at one place, whose order
 * only the whole input decides). Updates `last`'s own maps in place (copying
 * maps of thousands of names would cost what the patch saves); the result it
 * handed out before is left as it was.
 */
function patched(last: LastMerge, definitions: readonly IrNamedType[]): LastMerge | null {
  const changes = listChanges(last.definitions, definitions, MOST_PATCHED);
  if (changes === null) return null;
  if (changes.removed.length + changes.added.length === 0) return { ...last, definitions };

  const regrouped = regroupChanged(last.groups, changes, (definition) => definition.name, (a, b) => comparePlaces(a.source, b.source));
  if (regrouped === null) return null;

  const names = [...last.names];
  const types = [...last.result.types];
  let diagnosticsChanged = false;
  for (const [name, group] of regrouped) {
    const previous = last.merged.get(name);
    const at = sortedIndex(names, name, compareText);
    if (group.length === 0) {
      last.groups.delete(name);
      last.merged.delete(name);
      names.splice(at, 1);
      types.splice(at, 1);
      diagnosticsChanged ||= (previous?.diagnostics.length ?? 0) > 0;
      continue;
    }
    const merge = sameOr(previous, mergeDefinitions(group));
    last.groups.set(name, group);
    last.merged.set(name, merge);
    if (names[at] === name) types[at] = merge.type;
    else {
      names.splice(at, 0, name);
      types.splice(at, 0, merge.type);
    }
    diagnosticsChanged ||= merge !== previous && ((previous?.diagnostics.length ?? 0) > 0 || merge.diagnostics.length > 0);
  }
  const diagnostics = diagnosticsChanged ? names.flatMap((name) => last.merged.get(name)!.diagnostics) : last.result.diagnostics;
  return { definitions, groups: last.groups, merged: last.merged, names, result: { types, diagnostics } };
}

/** The new merge, holding last run's type object when the type came out equal (its diagnostics may not have). */
function sameOr(previous: MergedType | undefined, merge: MergedType): MergedType {
  if (previous === undefined || !isDeepStrictEqual(previous.type, merge.type)) return merge;
  return isDeepStrictEqual(previous.diagnostics, merge.diagnostics) ? previous : { type: previous.type, diagnostics: merge.diagnostics };
}
