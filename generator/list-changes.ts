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
  let i = 0;
  let j = 0;
  while (i < before.length && j < now.length) {
    if (before[i] === now[j]) {
      i++;
      j++;
      continue;
    }
    const inserted = aheadIn(now, j + 1, before[i]!);
    const deleted = aheadIn(before, i + 1, now[j]!);
    if (inserted >= 0 && (deleted < 0 || inserted - j <= deleted - i)) {
      added.push(...now.slice(j, inserted));
      j = inserted;
    } else if (deleted >= 0) {
      removed.push(...before.slice(i, deleted));
      i = deleted;
    } else {
      removed.push(before[i++]!);
      added.push(now[j++]!);
    }
    if (removed.length + added.length > most) return null;
  }
  removed.push(...before.slice(i));
  added.push(...now.slice(j));
  return removed.length + added.length > most ? null : { removed, added };
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
  const mapped: Output[] = [];
  let changes = 0;
  let i = 0;
  for (let j = 0; j < now.length; ) {
    if (i < before.length && before[i] === now[j]) {
      mapped.push(stale.size > 0 && stale.has(now[j]!) ? map(now[j]!) : outputs[i]!);
      i++;
      j++;
      continue;
    }
    const inserted = i < before.length ? aheadIn(now, j + 1, before[i]!) : -1;
    const deleted = aheadIn(before, i + 1, now[j]!);
    if (i >= before.length || (inserted >= 0 && (deleted < 0 || inserted - j <= deleted - i))) {
      const end = i >= before.length ? now.length : inserted;
      for (; j < end; j++, changes++) mapped.push(map(now[j]!));
    } else if (deleted >= 0) {
      changes += deleted - i;
      i = deleted;
    } else {
      mapped.push(map(now[j++]!));
      i++;
      changes += 2;
    }
    if (changes > most) return null;
  }
  return mapped;
}
