import { isDeepStrictEqual } from "node:util";
import type { SourceLocation } from "./ir.js";
import { listChanges, regroupChanged, sortedIndex } from "./list-changes.js";
import { mergeMethodGroup, mergeMethods, methodKey, type MergedMethod } from "./lower/merge-methods.js";
import { comparePlaces } from "./lower/merge-types.js";
import type { LoweredMethod } from "./lower/method.js";

/** What `mergeMethods` gives: one method per client and name, and diagnostics. */
export type MergedMethods = ReturnType<typeof mergeMethods>;

/** The last run of an incremental merge: its input, each method's pages and merge, and its result. */
interface LastMerge {
  methods: readonly LoweredMethod[];
  /** Each method's pages (`Client.method`), in place order. */
  groups: Map<string, LoweredMethod[]>;
  merged: Map<string, MergedMethod>;
  /** The methods in the result's order (by the place of their first page), and that place. */
  keys: string[];
  firsts: SourceLocation[];
  /** Whether a method was documented differently on two pages: renaming the later one depends on every name. */
  conflicted: boolean;
  result: MergedMethods;
}

/** An edit this large (methods removed plus added) is merged from scratch. */
const MOST_PATCHED = 256;

/**
 * `mergeMethods` for a watch session, as `incrementalTypeMerge` is for types:
 * each run gives what `mergeMethods` gives, but merges again only the methods
 * whose pages changed (found by comparing pointers), and a method whose merge
 * comes out equal keeps last run's object. Runs where a method is documented
 * differently on two pages (rare) are merged from scratch.
 *
 * @returns The merge step, which keeps its last run.
 */
export function incrementalMethodMerge(): (methods: readonly LoweredMethod[]) => MergedMethods {
  let last: LastMerge | null = null;
  return (methods) => {
    last = (last && patched(last, methods)) ?? fromScratch(methods, last);
    return last.result;
  };
}

function fromScratch(methods: readonly LoweredMethod[], previous: LastMerge | null): LastMerge {
  const state: LastMerge = { methods, groups: new Map(), merged: new Map(), keys: [], firsts: [], conflicted: false, result: { kept: [], diagnostics: [] } };
  state.result = mergeMethods(methods, (key, group) => {
    const merge = sameOr(previous?.merged.get(key), mergeMethodGroup(group));
    state.groups.set(key, [...group]);
    state.merged.set(key, merge);
    state.keys.push(key);
    state.firsts.push(group[0]!.method.source);
    state.conflicted ||= merge.conflicts.length > 0;
    return merge;
  });
  return state;
}

/**
 * The last run patched with the changed methods, or null when it cannot be
 * (too many changes, a conflict, or two pages of a method, or two methods'
 * first pages, at one place). Updates `last`'s maps in place once nothing can
 * fail; the result it handed out before is left as it was.
 */
function patched(last: LastMerge, methods: readonly LoweredMethod[]): LastMerge | null {
  if (last.conflicted) return null;
  const changes = listChanges(last.methods, methods, MOST_PATCHED);
  if (changes === null) return null;
  if (changes.removed.length + changes.added.length === 0) return { ...last, methods };
  const regrouped = regroupChanged(last.groups, changes, methodKey, (a, b) => comparePlaces(a.method.source, b.method.source));
  if (regrouped === null) return null;
  const merges = new Map<string, MergedMethod | null>();
  for (const [key, group] of regrouped) {
    const merge = group.length === 0 ? null : sameOr(last.merged.get(key), mergeMethodGroup(group));
    if (merge && merge.conflicts.length > 0) return null;
    merges.set(key, merge);
  }

  const keys = [...last.keys];
  const firsts = [...last.firsts];
  const kept = [...last.result.kept];
  for (const key of merges.keys()) {
    const before = last.groups.get(key);
    if (!before) continue;
    const at = sortedIndex(firsts, before[0]!.method.source, comparePlaces);
    if (keys[at] !== key) return null;
    keys.splice(at, 1);
    firsts.splice(at, 1);
    kept.splice(at, 1);
  }
  for (const [key, merge] of merges) {
    if (!merge) continue;
    const first = regrouped.get(key)![0]!.method.source;
    const at = sortedIndex(firsts, first, comparePlaces);
    if (at < firsts.length && comparePlaces(firsts[at]!, first) === 0) return null;
    keys.splice(at, 0, key);
    firsts.splice(at, 0, first);
    kept.splice(at, 0, merge.kept);
  }

  let diagnosticsChanged = false;
  for (const [key, merge] of merges) {
    const previous = last.merged.get(key);
    diagnosticsChanged ||= merge !== previous && ((previous?.diagnostics.length ?? 0) > 0 || (merge?.diagnostics.length ?? 0) > 0);
    if (merge) {
      last.groups.set(key, regrouped.get(key)!);
      last.merged.set(key, merge);
    } else {
      last.groups.delete(key);
      last.merged.delete(key);
    }
  }
  const diagnostics = diagnosticsChanged ? keys.flatMap((key) => last.merged.get(key)!.diagnostics) : last.result.diagnostics;
  return { ...last, methods, keys, firsts, result: { kept, diagnostics } };
}

/** The new merge, holding last run's method object when the method came out equal (its diagnostics may not have). */
function sameOr(previous: MergedMethod | undefined, merge: MergedMethod): MergedMethod {
  if (previous === undefined || !isDeepStrictEqual(previous.kept, merge.kept)) return merge;
  return isDeepStrictEqual(previous, merge) ? previous : { ...merge, kept: previous.kept };
}
