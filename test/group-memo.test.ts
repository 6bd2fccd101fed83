import { describe, expect, it } from "vitest";
import { groupMemo } from "../generator/group-memo.js";

describe("groupMemo", () => {
  const a = { id: "a" };
  const b = { id: "b" };

  it("reuses a result only for the very same input objects, in the same order", () => {
    const memo = groupMemo<object, string[]>();
    let steps = 0;
    const step = (inputs: readonly object[]): string[] => {
      steps++;
      return inputs.map((input) => (input as { id: string }).id);
    };
    const first = memo.reuse("k", [a, b], step);
    memo.prune();
    expect(memo.reuse("k", [a, b], step)).toBe(first);
    expect(steps).toBe(1);
    memo.prune();
    expect(memo.reuse("k", [b, a], step)).toEqual(["b", "a"]);
    memo.prune();
    expect(memo.reuse("k", [{ id: "a" }, b], step)).toEqual(["a", "b"]);
    expect(steps).toBe(3);
  });

  it("forgets the groups a run did not ask for", () => {
    const memo = groupMemo<object, number>();
    let steps = 0;
    const step = (): number => ++steps;
    memo.reuse("kept", [a], step);
    memo.reuse("dropped", [b], step);
    memo.prune();
    memo.reuse("kept", [a], step);
    memo.prune();
    expect(memo.reuse("kept", [a], step)).toBe(1);
    expect(memo.reuse("dropped", [b], step)).toBe(3);
  });
});
