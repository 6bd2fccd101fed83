import { describe, expect, it } from "vitest";
import { collectGarbage, LARGE_INPUT_CHARACTERS, shouldCapHeapGrowth } from "../../generator/cli/heap.js";

describe("shouldCapHeapGrowth", () => {
  it("caps the heap's growth only for inputs larger than a whole API reference", () => {
    expect(shouldCapHeapGrowth(3_000_000)).toBe(false);
    expect(shouldCapHeapGrowth(LARGE_INPUT_CHARACTERS)).toBe(false);
    expect(shouldCapHeapGrowth(LARGE_INPUT_CHARACTERS + 1)).toBe(true);
  });
});

describe("collectGarbage", () => {
  it("collects what nothing refers to any more, at once", async () => {
    const made = () => new WeakRef({ pages: new Array(1000).fill("page") });
    const ref = made();
    // A weak reference holds its target until the end of the job that made it.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });
});
