import { describe, expect, it } from "vitest";
import { LARGE_INPUT_CHARACTERS, shouldCapHeapGrowth } from "../../generator/cli/heap.js";

describe("shouldCapHeapGrowth", () => {
  it("caps the heap's growth only for inputs larger than a whole API reference", () => {
    expect(shouldCapHeapGrowth(3_000_000)).toBe(false);
    expect(shouldCapHeapGrowth(LARGE_INPUT_CHARACTERS)).toBe(false);
    expect(shouldCapHeapGrowth(LARGE_INPUT_CHARACTERS + 1)).toBe(true);
  });
});
