import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listChanges, remap, remapRuns, runsOf, sortedIndex } from "../generator/list-changes.js";

const items = (count: number, tag: string) => Array.from({ length: count }, (_, index) => ({ tag, index }));

describe("listChanges", () => {
  it("finds what one edit replaced, inserted or removed, wherever it is, and nothing else", () => {
    const before = items(1000, "old");
    const fresh = items(3, "new");
    expect(listChanges(before, before, 10)).toEqual({ removed: [], added: [] });
    const replaced = [...before.slice(0, 500), ...fresh, ...before.slice(503)];
    expect(listChanges(before, replaced, 10)).toEqual({ removed: before.slice(500, 503), added: fresh });
    const inserted = [...before.slice(0, 10), ...fresh, ...before.slice(10)];
    expect(listChanges(before, inserted, 10)).toEqual({ removed: [], added: fresh });
    const deleted = [...before.slice(0, 998)];
    expect(listChanges(before, deleted, 10)).toEqual({ removed: before.slice(998), added: [] });
    // Two edits far apart (a page's types, and its parameter type at the end of the list).
    const twoPlaces = [...before.slice(0, 100), fresh[0]!, ...before.slice(101, 999), fresh[1]!];
    expect(listChanges(before, twoPlaces, 10)).toEqual({ removed: [before[100], before[999]], added: [fresh[0], fresh[1]] });
  });

  it("gives up past the most changes it is asked for", () => {
    expect(listChanges(items(100, "old"), items(100, "new"), 50)).toBeNull();
  });

  it("always accounts for every item: what is kept, plus what is added, is the new list", () => {
    const pool = items(40, "pool");
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(39), { maxLength: 40 }), fc.uniqueArray(fc.nat(39), { maxLength: 40 }), (a, b) => {
        const before = a.map((index) => pool[index]!);
        const now = b.map((index) => pool[index]!);
        const changes = listChanges(before, now, 1000)!;
        const count = (list: readonly object[]) => {
          const counts = new Map<object, number>();
          for (const item of list) counts.set(item, (counts.get(item) ?? 0) + 1);
          return counts;
        };
        const result = count(before);
        for (const item of changes.removed) result.set(item, result.get(item)! - 1);
        for (const item of changes.added) result.set(item, (result.get(item) ?? 0) + 1);
        expect(new Map([...result].filter(([, n]) => n !== 0))).toEqual(count(now));
        // Only items of each list are named, each change at most once.
        expect(changes.removed.every((item) => before.includes(item))).toBe(true);
        expect(changes.added.every((item) => now.includes(item))).toBe(true);
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });

  it("sortedIndex finds where a value is or would go in a sorted list", () => {
    const byNumber = (a: number, b: number) => a - b;
    expect([0, 1, 2, 3, 5, 6].map((value) => sortedIndex([1, 3, 5], value, byNumber))).toEqual([0, 0, 1, 1, 2, 3]);
    expect(sortedIndex([], 1, byNumber)).toBe(0);
    expect(sortedIndex([1, 1, 1], 1, byNumber)).toBe(0);
  });

  it("remap gives the list mapped, mapping again only items new at their place or stale", () => {
    const pool = items(40, "pool");
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(39), { maxLength: 40 }), fc.uniqueArray(fc.nat(39), { maxLength: 40 }), fc.uniqueArray(fc.nat(39), { maxLength: 5 }), (a, b, staleIndexes) => {
        const before = a.map((index) => pool[index]!);
        const now = b.map((index) => pool[index]!);
        const label = (item: { index: number }) => `mapped ${item.index}`;
        const outputs = before.map(label);
        const stale = new Set(staleIndexes.map((index) => pool[index]!));
        const mapped: object[] = [];
        const result = remap(before, outputs, now, (item) => (mapped.push(item), label(item)), stale, 1000);
        expect(result).toEqual(now.map(label));
        const changes = listChanges(before, now, 1000)!;
        expect(mapped.length).toBeLessThanOrEqual(changes.added.length + now.filter((item) => stale.has(item)).length);
      }),
      { numRuns: 500, seed: 20261202 },
    );
    const long = items(1000, "old");
    let calls = 0;
    const one = [...long.slice(0, 500), { tag: "new", index: 0 }, ...long.slice(501)];
    expect(remap(long, long.map(() => "kept"), one, () => (calls++, "new"), new Set(), 10)![500]).toBe("new");
    expect(calls).toBe(1);
  });

  it("remapRuns gives the list flat-mapped, mapping only items new at their place, and copying the others' runs by count", () => {
    const pool = items(40, "pool");
    // Each item has from none to three outputs, so runs of every length are copied.
    const outputsOf = (item: { index: number }) => Array.from({ length: item.index % 4 }, (_, at) => `${item.index}.${at}`);
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(39), { maxLength: 40 }), fc.uniqueArray(fc.nat(39), { maxLength: 40 }), (a, b) => {
        const before = a.map((index) => pool[index]!);
        const now = b.map((index) => pool[index]!);
        const last = runsOf(before, outputsOf);
        const mapped: object[] = [];
        const result = remapRuns(last, now, (item) => (mapped.push(item), outputsOf(item)), 1000)!;
        expect(result).toEqual(runsOf(now, outputsOf));
        expect(mapped.length).toBeLessThanOrEqual(listChanges(before, now, 1000)!.added.length);
      }),
      { numRuns: 500, seed: 20261202 },
    );
    const long = items(1000, "old");
    const one = [...long.slice(0, 500), { tag: "new", index: 1 }, ...long.slice(501)];
    expect(remapRuns(runsOf(long, outputsOf), one, outputsOf, 10)!.outputs).toEqual(one.flatMap(outputsOf));
    expect(remapRuns(runsOf(long, outputsOf), long.slice(100), outputsOf, 10)).toBeNull();
  });
});
