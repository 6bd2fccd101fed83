import type { Table } from "mdast";
import type { Piece } from "./pass-pieces.js";
import { rowOn, rowTemplate, type RowTemplate } from "./row-template.js";
import type { TableLines } from "./separable-blocks.js";

/**
 * The table rows a pass has parsed. A body row parses the same under any
 * header (mdast keeps its cells as they are, however many the header has), so
 * rows are kept by their text alone and headers by their header and separator.
 */
export interface ParsedTables {
  /** Each header and separator's header row and alignment. */
  headers: Map<string, { align: Table["align"]; header: RowTemplate }>;
  /** Each body row's template, by its text. */
  rows: Map<string, RowTemplate>;
}

/** The header new rows are parsed under, the shortest there is. */
const ANY_HEADER = "| x |\n| - |";

/**
 * What a page's tables need parsed: each header and separator this pass has
 * not seen, and every row it has not seen (each once, all under one header).
 */
export function tablePieces(lines: readonly string[], tables: readonly TableLines[], parsed: ParsedTables): Piece[] {
  const headers = new Map<string, string>();
  const rows = new Set<string>();
  for (const { first, last } of tables) {
    const key = tableKey(lines[first]!, lines[first + 1]!);
    if (!parsed.headers.has(key)) headers.set(key, key);
    for (let index = first + 2; index <= last; index++) if (!parsed.rows.has(lines[index]!)) rows.add(lines[index]!);
  }
  const pieces = [...headers.keys()].map((key) => headerPiece(key, parsed));
  if (rows.size > 0) pieces.push(rowsPiece(rows, parsed));
  return pieces;
}

/** A header and separator: one table of one row, kept with its alignment. */
function headerPiece(key: string, parsed: ParsedTables): Piece {
  return {
    text: key,
    keep: ([table, ...rest], line, offset) => {
      const header = rest.length === 0 && table!.type === "table" && table.children.length === 1 ? rowTemplate(table.children[0]!, line, offset) : null;
      if (header === null || table!.type !== "table") return false;
      parsed.headers.set(` ${key}`.slice(1), { align: table.align, header });
      return true;
    },
  };
}

/** Rows under the shortest header: one table with every row, each row's template kept. */
function rowsPiece(rows: ReadonlySet<string>, parsed: ParsedTables): Piece {
  return {
    text: `${ANY_HEADER}\n${[...rows].join("\n")}`,
    keep: ([table, ...rest], line, offset) => {
      if (rest.length > 0 || table!.type !== "table" || table.children.length !== rows.size + 1) return false;
      const templates: RowTemplate[] = [];
      let at = offset + ANY_HEADER.length + 1;
      for (const text of rows) {
        const template = rowTemplate(table.children[templates.length + 1]!, line + templates.length + 2, at);
        if (template === null) return false;
        templates.push(template);
        at += text.length + 1;
      }
      let index = 0;
      for (const text of rows) parsed.rows.set(text, templates[index++]!);
      return true;
    },
  };
}

/** A table of the page, made of its parsed rows put on their lines. */
export function tableNode(lines: readonly string[], lineStarts: readonly number[], { first, last }: TableLines, parsed: ParsedTables): Table {
  const known = parsed.headers.get(tableKey(lines[first]!, lines[first + 1]!))!;
  const children = [rowOn(known.header, first + 1, lineStarts[first]!)];
  for (let index = first + 2; index <= last; index++) children.push(rowOn(parsed.rows.get(lines[index]!)!, index + 1, lineStarts[index]!));
  const end = lineStarts[last]! + lines[last]!.length;
  return {
    type: "table",
    align: known.align ? [...known.align] : known.align,
    children,
    position: { start: { line: first + 1, column: 1, offset: lineStarts[first] }, end: { line: last + 1, column: lines[last]!.length + 1, offset: end } },
  };
}

function tableKey(header: string, separator: string): string {
  return `${header}\n${separator}`;
}
