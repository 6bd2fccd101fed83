import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../generator/parse/markdown.js";
import { isPlainCellText, plainCellNodes } from "../../generator/parse/plain-cell.js";
import { nodeTemplate, rowOn } from "../../generator/parse/row-template.js";

/** What micromark makes of a cell's text: the children of the one cell of a row under a one-cell header. */
function cellChildren(text: string): unknown {
  const table = parseMarkdown(`| x |\n| - |\n| ${text} |\n`).children[0];
  if (table?.type !== "table" || table.children.length !== 2 || table.children[1]!.children.length !== 1) return null;
  return table.children[1]!.children[0]!.children;
}

/** The nodes `plainCellNodes` keeps, put where that cell's text is (line 3, column 3). */
function keptChildren(text: string): unknown {
  const row = rowOn(nodeTemplate({ type: "tableRow" }, 1, text.length + 5, [nodeTemplate({ type: "tableCell" }, 1, text.length + 5, plainCellNodes(text).map((node) => ({ ...node, from: node.from + 2, to: node.to + 2 })))]), 3, 12);
  return row.children[0]!.children;
}

/** Characters of every kind a description has, and every character that starts an inline construct. */
const CHARACTERS = ["a", "Z", "0", " ", "  ", "\u3000", "\u00a0", "用户", "，", "。", "😀", ".", ",", ":", ";", "'", '"', "(", ")", "-", "+", "=", "#", "$", "%", "^", "{", "}", "~", "/", "?", "@", ">", "http://x.y", "&", "&amp;", "*", "_", "<", "<b>", "[", "]", "](u)", "!", "\\", "`", "\u0000", "\u0001"];

describe("plain cell texts", () => {
  it("are one text node holding the text, as micromark makes them, whenever isPlainCellText says so", () => {
    let plain = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { minLength: 1, maxLength: 12 }), (pieces) => {
        const text = pieces.join("").trim().replace(/^ +| +$/g, "");
        fc.pre(text !== "" && !/^[ \t]|[ \t]$/.test(text));
        if (!isPlainCellText(text)) return;
        plain++;
        expect(keptChildren(text)).toEqual(cellChildren(text));
      }),
      { numRuns: Number(process.env.DOC2SDK_PASS_RUNS ?? 3000) },
    );
    // The property held for texts that are plain, not only vacuously.
    expect(plain).toBeGreaterThan(100);
  });

  it("are texts none of whose characters can start an inline construct", () => {
    expect(isPlainCellText("用户的唯一标识, e.g. 42 (or -1); see http://example.com")).toBe(true);
    for (const text of ["a *b*", "a_b", "`code`", "<a href='#X'>X</a>", "[x](y)", "![i](y)", "a\\|b", "&amp;", "x]", "a\u0000", "see [x", "wow!"]) expect(isPlainCellText(text), text).toBe(false);
  });
});
