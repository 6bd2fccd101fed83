import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readInputPages } from "../../generator/cli/files.js";
import { DEFAULT_LIMITS, nestingDepth } from "../../generator/cli/limits.js";
import { parseCliArgs } from "../../generator/cli/args.js";

const work = mkdtempSync(path.join(os.tmpdir(), "doc2sdk-limits-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const docs = path.join(work, "docs");
mkdirSync(docs);
writeFileSync(path.join(docs, "a.md"), "# A\n\n" + "x".repeat(2000) + "\n");
writeFileSync(path.join(docs, "b.md"), "# B\n\n" + "y".repeat(2000) + "\n");

describe("input limits", () => {
  it("refuses a page over the page size from its size alone, naming it", async () => {
    await expect(readInputPages(["docs"], work, { ...DEFAULT_LIMITS, maxPageBytes: 1000 })).rejects.toThrow(/^docs\/a\.md: error: Unexpected page of 2006 bytes, expected at most 1000 \(--max-page-size\)$/);
  });
  it("refuses input over the total size, naming the page that passes it", async () => {
    await expect(readInputPages(["docs"], work, { ...DEFAULT_LIMITS, maxTotalBytes: 3000 })).rejects.toThrow(/^docs\/b\.md: error: Unexpected input over 3000 bytes/);
  });
  it("refuses a page nested deeper than the limit, at the line", async () => {
    const deep = ["# D", "", ...Array.from({ length: 6 }, (_, depth) => `${"  ".repeat(depth)}- level ${depth}`), "", "> > > > quoted"].join("\n");
    writeFileSync(path.join(docs, "deep.md"), deep);
    await expect(readInputPages(["docs"], work, { ...DEFAULT_LIMITS, maxNesting: 5 })).rejects.toThrow(/^docs\/deep\.md:8:1: error: Unexpected nesting 6 deep, expected at most 5/);
    rmSync(path.join(docs, "deep.md"));
  });
  it("measures nesting of lists and quotes, not of code", () => {
    expect(nestingDepth("- a\n  - b\n    - c\n- d\n")).toEqual({ depth: 3, line: 3 });
    expect(nestingDepth("> > a\n")).toEqual({ depth: 2, line: 1 });
    expect(nestingDepth("```\n" + "      - not a list\n".repeat(3) + "```\n").depth).toBe(0);
  });
  it("closes lists at a line that starts at the margin, keeps them across indented text, blank lines and CRLF", () => {
    expect(nestingDepth("- a\n  - b\n| t |\n- c\n  - d\n    - e\n")).toEqual({ depth: 3, line: 6 });
    expect(nestingDepth("- a\n  - b\n# heading\n  - c\n")).toEqual({ depth: 2, line: 2 });
    expect(nestingDepth("- a\n  - b\n  text\n    - c\n")).toEqual({ depth: 3, line: 4 });
    expect(nestingDepth("- a\r\n\r\n  - b\r\n")).toEqual({ depth: 2, line: 3 });
    expect(nestingDepth("```\n> > >\n```\n> a\n")).toEqual({ depth: 1, line: 4 });
  });
  it("takes the limits from the command line, and refuses values that are not whole numbers above 0", () => {
    expect(parseCliArgs(["--max-page-size", "10", "--max-nesting", "64"]).limits).toEqual({ ...DEFAULT_LIMITS, maxPageBytes: 10, maxNesting: 64 });
    expect(() => parseCliArgs(["--max-total-size", "1e9"])).toThrow("--max-total-size takes a whole number above 0");
  });
});
