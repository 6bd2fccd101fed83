import fc from "fast-check";
import type { Table } from "mdast";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../generator/parse/markdown.js";
import { rowCells, rowShape } from "../../generator/parse/row-cells.js";

/** The cells micromark makes of a body row: their columns, and where their first node starts. */
function micromarkCells(row: string): { from: number; to: number; textFrom: number | null }[] {
  const table = parseMarkdown(`| h |\n| - |\n${row}\n`).children[0] as Table;
  return table.children[1]!.children.map((cell) => ({
    from: cell.position!.start.column,
    to: cell.position!.end.column,
    textFrom: cell.children[0]?.position!.start.column ?? null,
  }));
}

const PIECES = ["|", "|", " ", "  ", "a", "b c", "\\", "\\|", "\\\\", "`", "*", "<br>", "用户", "-", ":", "x\\y", "<!--"];

describe("rowCells", () => {
  it("splits a row into the cells micromark makes of it, and finds where each one's text starts", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.integer({ min: 0, max: 3 }), (parts, indent) => {
        const row = `${" ".repeat(indent)}|${parts.join("")}`;
        const cells = rowCells(row)!;
        const expected = micromarkCells(row);
        expect(cells.map(({ from, to }) => ({ from, to }))).toEqual(expected.map(({ from, to }) => ({ from, to })));
        for (const [index, cell] of cells.entries()) {
          const first = expected[index]!.textFrom;
          expect(first === null ? cell.text : cell.textFrom).toBe(first === null ? "" : first);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["| a | b |", [["a", 1, 5], ["b", 5, 10]]],
    ["| a \\| b | `c|d` |", [["a \\| b", 1, 10], ["`c", 10, 14], ["d`", 14, 19]]],
    ["| a \\\\| b |   ", [["a \\\\", 1, 7], ["b", 7, 15]]],
    ["|", [["", 1, 2]]],
    ["| a || b", [["a", 1, 5], ["", 5, 6], ["b", 6, 9]]],
    ["   | a |", [["a", 4, 9]]],
  ])("%s", (row, expected) => {
    expect(rowCells(row)!.map(({ text, from, to }) => [text, from, to])).toEqual(expected);
  });

  it("gives a row's shape: its pipes and cells, each text an x", () => {
    expect(rowShape("| Name     | Type | <div>Required</div> |   ")).toBe("| x | x | x |");
    expect(rowShape("| a || b")).toBe("| x | | x ");
  });

  it("does not split a row with a tab, or one that does not start with a pipe", () => {
    expect(rowCells("| a |\tb |")).toBeNull();
    expect(rowCells("a | b")).toBeNull();
    expect(rowCells("    | a |")).toBeNull();
    expect(rowShape("| a |\tb |")).toBeNull();
  });
});
