/** What differs between two lists of objects: the items only the first has, and the items only the second has. */
export interface ListChanges<Item> {
  removed: Item[];
  added: Item[];
}

/**
 * The items removed from a list and added to it, when the two lists hold
 * mostly the very same objects in the same order, as a watch session's lists
 * do from one run to the next (an edit replaces one page's items). Compares
 * pointers only and reads no item: at thousands of items, reading each is what
 * a full pass costs.
 *
 * Walks both lists side by side; where they differ, looks a short way ahead in
 * each for the other's item to tell an insertion or a removal from a
 * replacement. An item moved further than that counts as removed and added.
 *
 * @param before Last run's list.
 * @param now This run's list.
 * @param most The most changes worth listing.
 * @returns The changes, or null when there are more than `most` (the caller then starts from scratch).
 */
export function listChanges<Item>(before: readonly Item[], now: readonly Item[], most: number): ListChanges<Item> | null {
  const removed: Item[] = [];
  const added: Item[] = [];
  const step: ChangeStep = { kept: () => undefined, added: (j) => added.push(now[j]!), removed: (i) => removed.push(before[i]!) };
  return walkChanges(before, now, step, most) ? { removed, added } : null;
}

/** How far ahead `listChanges` looks for an item. */
const LOOK_AHEAD = 64;

/** The index of `item` in `list` from `from` within LOOK_AHEAD items, or -1. */
function aheadIn<Item>(list: readonly Item[], from: number, item: Item): number {
  const end = Math.min(list.length, from + LOOK_AHEAD);
  for (let index = from; index < end; index++) if (list[index] === item) return index;
  return -1;
}

/**
 * Last run's groups that a list's changes touch, made again: for each key of
 * an item removed or added, the group's items less those removed, plus those
 * added, sorted.
 *
 * @param groups Last run's items by key, each group sorted.
 * @param changes What the list lost and gained.
 * @param keyOf An item's key.
 * @param compare The order within a group.
 * @returns The touched groups by key (empty for a key no item has any more), or null when two items of a group
 *   compare equal: their order is the list's, which only a pass over the whole list knows.
 */
export function regroupChanged<Item>(
  groups: ReadonlyMap<string, readonly Item[]>,
  changes: ListChanges<Item>,
  keyOf: (item: Item) => string,
  compare: (a: Item, b: Item) => number,
): Map<string, Item[]> | null {
  const gone = new Set(changes.removed);
  const regrouped = new Map<string, Item[]>();
  for (const key of new Set([...changes.removed, ...changes.added].map(keyOf))) {
    const group = [...(groups.get(key) ?? []).filter((item) => !gone.has(item)), ...changes.added.filter((item) => keyOf(item) === key)];
    group.sort(compare);
    if (group.some((item, index) => index > 0 && compare(group[index - 1]!, item) === 0)) return null;
    regrouped.set(key, group);
  }
  return regrouped;
}

/**
 * Where a value is, or would be inserted, in a sorted list: the first index whose item is not before it.
 *
 * @param list Items sorted by `compare`.
 * @param value The value looked for.
 * @param compare The list's order.
 * @returns An index from 0 to the list's length.
 */
export function sortedIndex<Item>(list: readonly Item[], value: Item, compare: (a: Item, b: Item) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle]!, value) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Walk two lists that hold mostly the same objects in the same order (the
 * walk `listChanges` describes), telling each step: a run of items of `before` kept, in
 * order, at a place of `now`; an item of `now` that is new there; an item of
 * `before` that is gone. Items of `before` are told in order, each once, and
 * so are those of `now`. Compares pointers only.
 *
 * @param before Last run's list.
 * @param now This run's list.
 * @param step Called for each run kept and each item added or removed, by index.
 * @param most The most changes (items added plus removed) worth walking.
 * @returns False, part way, past `most` changes.
 */
export function walkChanges<Item>(before: readonly Item[], now: readonly Item[], step: ChangeStep, most: number): boolean {
  let changes = 0;
  let i = 0;
  let j = 0;
  while (j < now.length) {
    if (i < before.length && before[i] === now[j]) {
      let length = 1;
      while (i + length < before.length && j + length < now.length && before[i + length] === now[j + length]) length++;
      step.kept(i, j, length);
      i += length;
      j += length;
      continue;
    }
    const inserted = i < before.length ? aheadIn(now, j + 1, before[i]!) : -1;
    const deleted = aheadIn(before, i + 1, now[j]!);
    if (i >= before.length || (inserted >= 0 && (deleted < 0 || inserted - j <= deleted - i))) {
      const end = i >= before.length ? now.length : inserted;
      for (; j < end; changes++) step.added(j++);
    } else if (deleted >= 0) {
      for (; i < deleted; changes++) step.removed(i++);
    } else {
      step.removed(i++);
      step.added(j++);
      changes += 2;
    }
    if (changes > most) return false;
  }
  for (; i < before.length; changes++) step.removed(i++);
  return changes <= most;
}

/** What `walkChanges` tells, by index into last run's list (`i`) and this run's (`j`). */
export interface ChangeStep {
  /** `length` items from `before[i]` are `now`'s from `now[j]`. */
  kept(i: number, j: number, length: number): void;
  added(j: number): void;
  removed(i: number): void;
}

/**
 * `now.map(map)` for a list that holds mostly the same objects as `before`
 * did: an item that is the same object as last run's at its place in the walk
 * `listChanges` does takes last run's output, unless it is `stale`; only the
 * others are mapped. Reads no unchanged item (a stale check reads each, so
 * pass an empty set when nothing is stale).
 *
 * @param before Last run's list.
 * @param outputs Last run's outputs, one per item of `before`.
 * @param now This run's list.
 * @param map The output of an item.
 * @param stale Items of last run whose output must be made again.
 * @param most The most items worth mapping again.
 * @returns The outputs, one per item of `now`, or null past `most` changes (the caller then maps every item).
 */
export function remap<Item, Output>(before: readonly Item[], outputs: readonly Output[], now: readonly Item[], map: (item: Item) => Output, stale: ReadonlySet<Item>, most: number): Output[] | null {
  const mapped = new Chunks<Output>();
  const walked = walkChanges(
    before,
    now,
    {
      kept: (i, j, length) => {
        if (stale.size === 0) return mapped.copy(outputs, i, i + length);
        for (let index = 0; index < length; index++) mapped.add(stale.has(now[j + index]!) ? map(now[j + index]!) : outputs[i + index]!);
      },
      added: (j) => mapped.add(map(now[j]!)),
      removed: () => undefined,
    },
    most,
  );
  return walked ? mapped.joined() : null;
}

/** A list's items each mapped to a run of outputs, and the runs one after another: what `remapRuns` patches. */
export interface Runs<Item, Output> {
  items: readonly Item[];
  /** How many outputs each item has, in the items' order. */
  counts: readonly number[];
  /** Every item's outputs, in the items' order. */
  outputs: readonly Output[];
}

/**
 * `now.flatMap(map)` for a list that holds mostly the same objects as last
 * run's: a kept item's outputs are copied from last run's, found by the
 * counts, so no kept item nor output is read (at thousands of pages, reading
 * each is what a pass over them costs); only the new items are mapped.
 *
 * @param last Last run's items and outputs.
 * @param now This run's list.
 * @param map An item's outputs.
 * @param most The most changes worth patching.
 * @returns This run's items and outputs, or null past `most` changes (the caller then maps every item).
 */
export function remapRuns<Item, Output>(last: Runs<Item, Output>, now: readonly Item[], map: (item: Item) => readonly Output[], most: number): Runs<Item, Output> | null {
  const counts = new Chunks<number>();
  const outputs = new Chunks<Output>();
  // Where last run's outputs of the item `walkChanges` tells next begin.
  let from = 0;
  let told = 0;
  const skipTo = (i: number): void => {
    for (; told < i; told++) from += last.counts[told]!;
  };
  const walked = walkChanges(
    last.items,
    now,
    {
      kept: (i, _j, length) => {
        skipTo(i);
        const start = from;
        skipTo(i + length);
        counts.copy(last.counts, i, i + length);
        outputs.copy(last.outputs, start, from);
      },
      added: (j) => {
        const mapped = map(now[j]!);
        counts.add(mapped.length);
        outputs.copy(mapped, 0, mapped.length);
      },
      removed: () => undefined,
    },
    most,
  );
  return walked ? { items: now, counts: counts.joined(), outputs: outputs.joined() } : null;
}

/**
 * A list built from slices of other lists and single items, joined once at
 * the end: a slice of thousands of pointers is one copy, where pushing them
 * one at a time costs a write barrier each while the collector is marking
 * (at 5,000 pages, most of what patching a list cost in a watch session).
 */
class Chunks<Item> {
  readonly #chunks: (readonly Item[])[] = [];
  #single: Item[] = [];

  add(item: Item): void {
    this.#single.push(item);
  }

  copy(list: readonly Item[], start: number, end: number): void {
    if (end <= start) return;
    this.#flush();
    this.#chunks.push(start === 0 && end === list.length ? list : list.slice(start, end));
  }

  joined(): Item[] {
    this.#flush();
    return this.#chunks.length === 1 ? [...this.#chunks[0]!] : ([] as Item[]).concat(...this.#chunks);
  }

  #flush(): void {
    if (this.#single.length === 0) return;
    this.#chunks.push(this.#single);
    this.#single = [];
  }
}

/**
 * A list's runs made from scratch: every item mapped, its outputs counted.
 *
 * @param items The list.
 * @param map An item's outputs.
 * @returns The runs.
 */
export function runsOf<Item, Output>(items: readonly Item[], map: (item: Item) => readonly Output[]): Runs<Item, Output> {
  const counts: number[] = [];
  const outputs: Output[] = [];
  for (const item of items) {
    const mapped = map(item);
    outputs.push(...mapped);
    counts.push(mapped.length);
  }
  return { items, counts, outputs };
}
