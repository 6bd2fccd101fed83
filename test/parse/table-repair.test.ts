import { describe, expect, it } from "vitest";
import { parsePageTree } from "../../generator/parse/page-tree.js";
import { repairTables } from "../../generator/parse/table-repair.js";
import { parsePage } from "../support/parse-any.js";

const HEADER = "| Name | Type | Required | Description |";
const page = (table: string[]): string => ["# X", "", "## Method name", "", "`AuthenticationClient.x`", "", "## Request parameters", "", ...table, "", "## Request response", "", "Type: `string`", ""].join("\n");
const rowsOf = (markdown: string) => {
  const { page: model, diagnostics } = parsePage(markdown, "docs/x.md");
  return { rows: (model.request?.table?.rows ?? []).map((row) => [row.cells.name?.text, row.place.start.line]), diagnostics };
};

describe("repairTables", () => {
  it("leaves a well-formed table and code blocks alone", () => {
    const text = page([HEADER, "| - | - | - | - |", "| a | string | yes | d |"]) + "```\n| not | a | table |\n|---| -- ...\n```\n";
    expect(repairTables(text)).toEqual({ text, lineOf: null, repairs: [] });
  });

  it("reads a damaged separator row, and one with too many cells, as the separator of the header above", () => {
    for (const separator of ["| --- | ---- | ----- ...| `wework` |", "| --- | --- | --- | --- | ------ |", "| --- | --- |"]) {
      const { rows, diagnostics } = rowsOf(page([HEADER, separator, "| a | string | yes | d |", "| b | number | no | d |"]));
      expect(rows).toEqual([["a", 11], ["b", 12]]);
      expect(diagnostics).toMatchObject([{ severity: "warning", code: "table-repaired", place: { start: { line: 10 } } }]);
    }
  });

  it("reads rows after blank lines as part of the table, with their own line numbers", () => {
    const { rows, diagnostics } = rowsOf(page([HEADER, "", "| - | - | - | - |", "| a | string | yes | d |", "", "| b | number | no | d |"]));
    expect(rows).toEqual([["a", 12], ["b", 14]]);
    expect(diagnostics.map((item) => [item.code, item.place.start.line])).toEqual([["table-repaired", 10], ["table-repaired", 13]]);
  });

  it("joins a cell that runs on over several lines into its row, and keeps the rows after it", () => {
    const { page: model, diagnostics } = parsePage(page([HEADER, "| - | - | - | - |", "| a | object | yes | like {", '  "k": 1', "} |", "| b | number | no | d |"]), "docs/x.md");
    const rows = model.request!.table!.rows;
    expect(rows.map((row) => [row.cells.name?.text, row.place.start.line])).toEqual([["a", 11], ["b", 14]]);
    expect(rows[0]!.cells.description?.text).toContain('"k": 1');
    expect(diagnostics).toMatchObject([{ code: "table-repaired", place: { start: { line: 11 } } }]);
  });

  it("warns at each line in no table, code block or HTML that starts like a row after up to three spaces or tabs, the last line too", () => {
    const text = ["# T", "", "Text.", "| a | b |", "", "   | c | d |", "\t| e | f |", "    | g | h |", "", "```", "| i | j |", "```", "", "| k |"].join("\n");
    const { diagnostics } = parsePageTree(text, "docs/rows.md");
    expect(diagnostics.filter((item) => item.code === "table-row-unread").map((item) => item.place.start.line)).toEqual([4, 6, 7, 14]);
  });

  it("warns at a line that looks like a table row but is in no table", () => {
    const { diagnostics } = rowsOf(page(["Some text.", "", "| a | string | yes | d |"]));
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: "warning", code: "table-row-unread", place: expect.objectContaining({ start: { line: 11, column: 1 } }) }));
  });
});
