import { isDeepStrictEqual } from "node:util";
import type { Diagnostic } from "./diagnostics.js";
import type { IrNamedType } from "./ir.js";
import { listChanges, remap, remapRuns, runsOf, sortedIndex, type ListChanges, type Runs } from "./list-changes.js";
import type { LoweredMethod } from "./lower/method.js";
import { byFile, isMethodPage, knownTypesFrom, lowerPage, sortedByFile, typeKindsOf, type MethodPage, type PageLowering, type PagesLowering, type TypeKind } from "./lower/page-lowering.js";
import type { KnownTypes } from "./lower/type-ref.js";
import type { PageModel } from "./page.js";
import type { Profile } from "./profile/profile.js";

/** The last run of an incremental `lowerPages`. */
interface LastLowering {
  profile: Profile;
  /** The pages as given. */
  input: readonly PageModel[];
  /** Each sorted page's type kinds, or null for a page that is not a method page. */
  kinds: readonly (readonly TypeKind[] | null)[];
  known: KnownTypes;
  /** Each sorted page's types, methods and diagnostics (the runs' items are the sorted pages). */
  types: Runs<PageModel, IrNamedType>;
  methods: Runs<PageModel, LoweredMethod>;
  diagnostics: Runs<PageModel, Diagnostic>;
  result: PagesLowering;
}

/** An edit this large (pages removed plus added) is lowered from scratch: patching would cost as much. */
const MOST_PATCHED = 64;

/**
 * `lowerPages` for a watch session: each run gives what `lowerPages` gives,
 * but an edit that replaces a few page objects lowers only those pages and
 * patches last run's lists around them. The changed pages are found by
 * comparing pointers (`listChanges`) and the lists are patched by counts
 * (`remapRuns`), so no unchanged page is read: at 5,000 pages, sorting,
 * filtering and lowering every page from its cache entry took 20 ms of an edit,
 * most of it waiting for memory.
 *
 * While the method pages define the same type names with the same kinds, the
 * known names stay the same object and every other page's lowering stands;
 * when they change, every page is lowered again (a page's types depend on them).
 *
 * @returns The step, which keeps its last run.
 */
export function incrementalPageLowering(): (pages: readonly PageModel[], profile: Profile) => PagesLowering {
  let last: LastLowering | null = null;
  return (pages, profile) => {
    last = (last?.profile === profile && patched(last, pages)) || fromScratch(pages, profile, last);
    return last.result;
  };
}

/** Every page lowered; a page object lowered last run against the same known names keeps its lowering. */
function fromScratch(pages: readonly PageModel[], profile: Profile, previous: LastLowering | null): LastLowering {
  const sorted = sortedByFile(pages);
  const kinds = sorted.map(kindsOf);
  const gathered = knownTypesFrom(kinds.filter((pageKinds) => pageKinds !== null));
  const known = previous?.profile === profile && sameKnownTypes(previous.known, gathered) ? previous.known : gathered;
  const reusable = previous?.profile === profile && known === previous.known ? loweringsOf(previous) : new Map<PageModel, PageLowering>();
  const lowering = (page: PageModel): PageLowering => reusable.get(page) ?? lowerPage(page, known, profile);
  const lowerings = new Map(sorted.map((page) => [page, lowering(page)] as const));
  return resultOf(pages, profile, kinds, known, {
    types: runsOf(sorted, (page) => lowerings.get(page)!.types),
    methods: runsOf(sorted, (page) => lowerings.get(page)!.methods),
    diagnostics: runsOf(sorted, (page) => lowerings.get(page)!.diagnostics),
  });
}

/**
 * Last run patched with the changed pages, or null when it cannot be: too
 * many changes, pages that share a file (their order is the input's), or type
 * names that changed.
 */
function patched(last: LastLowering, pages: readonly PageModel[]): LastLowering | null {
  const changes = listChanges(last.input, pages, MOST_PATCHED);
  if (changes === null) return null;
  if (changes.removed.length + changes.added.length === 0) return { ...last, input: pages };
  const lastSorted = last.types.items;
  const sorted = resorted(lastSorted, changes);
  if (sorted === null) return null;
  const kinds = remap(lastSorted, last.kinds, sorted, kindsOf, new Set(), MOST_PATCHED);
  if (kinds === null) return null;
  const known = last.known;
  if (!sameKindSequence(last.kinds, kinds) && !sameKnownTypes(known, knownTypesFrom(kinds.filter((pageKinds) => pageKinds !== null)))) return null;
  const lowered = new Map<PageModel, PageLowering>();
  const lowering = (page: PageModel): PageLowering => {
    let pageLowering = lowered.get(page);
    if (pageLowering === undefined) lowered.set(page, (pageLowering = lowerPage(page, known, last.profile)));
    return pageLowering;
  };
  const types = remapRuns(last.types, sorted, (page) => lowering(page).types, MOST_PATCHED);
  const methods = remapRuns(last.methods, sorted, (page) => lowering(page).methods, MOST_PATCHED);
  const diagnostics = remapRuns(last.diagnostics, sorted, (page) => lowering(page).diagnostics, MOST_PATCHED);
  if (types === null || methods === null || diagnostics === null) return null;
  return resultOf(pages, last.profile, kinds, known, { types, methods, diagnostics });
}

function resultOf(
  input: readonly PageModel[],
  profile: Profile,
  kinds: readonly (readonly TypeKind[] | null)[],
  known: KnownTypes,
  runs: Pick<LastLowering, "types" | "methods" | "diagnostics">,
): LastLowering {
  const sorted = runs.types.items;
  // The kinds say which pages are method pages, so the filter reads no page.
  const methodPages = sorted.filter((_, index) => kinds[index] !== null) as MethodPage[];
  const result: PagesLowering = { pages: sorted, methodPages, types: runs.types.outputs, methods: runs.methods.outputs, diagnostics: runs.diagnostics.outputs };
  return { profile, input, kinds, known, ...runs, result };
}

/** Last run's lowering of each page, read back from its runs. */
function loweringsOf(last: LastLowering): Map<PageModel, PageLowering> {
  const lowerings = new Map<PageModel, PageLowering>();
  const offsets = { types: 0, methods: 0, diagnostics: 0 };
  last.types.items.forEach((page, index) => {
    const take = <Output>(runs: Runs<PageModel, Output>, key: keyof typeof offsets): Output[] => {
      const from = offsets[key];
      offsets[key] += runs.counts[index]!;
      return runs.outputs.slice(from, offsets[key]);
    };
    lowerings.set(page, { types: take(last.types, "types"), methods: take(last.methods, "methods"), diagnostics: take(last.diagnostics, "diagnostics") });
  });
  return lowerings;
}

/**
 * Last run's sorted pages less those removed, with those added put in their
 * places; null when an added page has the file of a page kept (pages with the
 * same file keep the input's order, which only a full sort knows) or a removed
 * page is not where its file puts it.
 */
function resorted(sorted: readonly PageModel[], changes: ListChanges<PageModel>): PageModel[] | null {
  const removedAt = new Set<number>();
  for (const page of changes.removed) {
    let at = sortedIndex(sorted, page, byFile);
    while (at < sorted.length && sorted[at] !== page && sorted[at]!.file === page.file) at++;
    if (sorted[at] !== page) return null;
    removedAt.add(at);
  }
  const added = sortedByFile(changes.added);
  const places = added.map((page) => sortedIndex(sorted, page, byFile));
  // Added pages that share a file are in the input's order already (`listChanges` lists them so, and the sort is stable).
  for (const [index, page] of added.entries()) {
    for (let at = places[index]!; at < sorted.length && sorted[at]!.file === page.file; at++) if (!removedAt.has(at)) return null;
  }
  const result: PageModel[] = [];
  let next = 0;
  for (let index = 0; index <= sorted.length; index++) {
    for (; next < added.length && places[next] === index; next++) result.push(added[next]!);
    if (index < sorted.length && !removedAt.has(index)) result.push(sorted[index]!);
  }
  return result;
}

/** A page's type kinds, or null for a page that is not a method page. */
function kindsOf(page: PageModel): readonly TypeKind[] | null {
  return isMethodPage(page) ? typeKindsOf(page) : null;
}

/** Whether the method pages' kinds, in order, are equal (a page lowered again keeps its kinds unless its tables changed). */
function sameKindSequence(a: readonly (readonly TypeKind[] | null)[], b: readonly (readonly TypeKind[] | null)[]): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && a[i] === null) i++;
    while (j < b.length && b[j] === null) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a[i] !== b[j] && !isDeepStrictEqual(a[i], b[j])) return false;
    i++;
    j++;
  }
}

function sameKnownTypes(a: KnownTypes, b: KnownTypes): boolean {
  if (a.size !== b.size) return false;
  for (const [name, kind] of a) if (b.get(name) !== kind) return false;
  return true;
}
