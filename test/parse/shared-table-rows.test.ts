import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../generator/parse/markdown.js";
import { headKey } from "../../generator/parse/shared-table-rows.js";

/** The table a header and separator make: its alignment and header cells, or what else they parse to. */
function tableOf(text: string): unknown {
  const node = parseMarkdown(`${text}\n`).children[0];
  return node?.type === "table" ? { align: node.align, cells: node.children[0]!.children.length } : node?.type;
}

const HEADER_PIECES = ["|", "|", " ", "  ", "a", "b c", "\\|", "\\\\", "`", "<div>x</div>", "\t"];
const SEPARATOR_PIECES = ["|", "-", "---", ":", " ", "   ", "\t", "x", "-- -"];

describe("headKey", () => {
  it("makes the same table as the header and separator it stands for", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...HEADER_PIECES), { maxLength: 10 }),
        fc.array(fc.constantFrom(...SEPARATOR_PIECES), { minLength: 1, maxLength: 10 }),
        (header, separator) => {
          const [headerRow, separatorRow] = [`|${header.join("")}`, `|${separator.join("")}`];
          expect(tableOf(headKey(headerRow, separatorRow))).toEqual(tableOf(`${headerRow}\n${separatorRow}`));
        },
      ),
      { numRuns: Number(process.env.DOC2SDK_PASS_RUNS ?? 3000) },
    );
  });

  it("is the same for headers and separators that differ only in their texts and padding", () => {
    expect(headKey("| Name     | Type   |", "| -------- | :----- |")).toBe(headKey("| Field | Kind |", "| - | :-- |"));
    expect(headKey("| a | b |", "| - | - |")).not.toBe(headKey("| a | b", "| - | - |"));
  });
});
