import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
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
  it("measures as a line-by-line reading of the split page does, on any text", () => {
    const fragment = fc.constantFrom("- ", "* ", "1. ", "2) ", "> ", ">", "  ", "    ", "\t", "```", "~~~", "````", "x", "| t |", "# h", "\n", "\n", "\r\n", "");
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 80 }), (fragments) => {
        const text = fragments.join("");
        expect(nestingDepth(text)).toEqual(nestingDepthBySplit(text));
      }),
      { numRuns: 3000, seed: 20261202 },
    );
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

/** The reading `nestingDepth` replaced, kept as the oracle: every line of `text.split("\n")` in turn. */
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const MAY_NEST = /[>`~*+\-0-9]|\s/;
function nestingDepthBySplit(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  let fence: string | null = null;
  const indents: number[] = [];
  let lineNumber = 0;
  for (const line of text.split("\n")) {
    lineNumber++;
    // Most lines of a reference page (table rows, headings, prose) start with something else: nothing to match. Such a line
    // leaves the depth where it is, and one that starts at the margin closes the lists (as below).
    let lead = 0;
    while (line[lead] === " " || line[lead] === "\t") lead++;
    const first = line.charAt(lead);
    if (!MAY_NEST.test(first)) {
      if (fence === null && first !== "" && lead === 0) indents.length = 0;
      continue;
    }
    const mark = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (mark && mark[0] === fence[0] && mark.length >= fence.length) fence = null;
      continue;
    }
    if (mark) {
      fence = mark;
      continue;
    }
    const quotes = /^[\s>]*/.exec(line)![0].split(">").length - 1;
    const item = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]/.exec(line.replace(/^[\s>]*>/, ""));
    if (item) {
      const indent = item[1]!.replace(/\t/g, "    ").length;
      while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop();
      indents.push(indent);
    } else if (line.trim() === "") {
      // a blank line keeps the list open
    } else if (!/^\s/.test(line)) indents.length = 0;
    const depth = quotes + indents.length;
    if (depth > deepest.depth) deepest = { depth, line: lineNumber };
  }
  return deepest;
}
