import type { Table } from "mdast";
import type { Piece } from "./pass-pieces.js";
import { rowCells, rowShape, type CellSpan } from "./row-cells.js";
import { nodeTemplate, rowOn, rowTemplate, shifted, type RowTemplate } from "./row-template.js";
import { simpleInlineNodes } from "./simple-inline.js";
import type { TableLines } from "./separable-blocks.js";
import { detached } from "./detached.js";

/**
 * The table rows a pass has parsed. A body row parses the same under any
 * header (mdast keeps its cells as they are, however many the header has), and
 * a cell's text the same in any row (`row-cells.ts`), so rows are kept by
 * their text, cells by theirs, and headers by their header and separator.
 */
export interface ParsedTables {
  /**
   * Each header's shape and separator's alignment (`headKey`); and the header
   * row, when it cannot be split into cells (it is kept by its cells otherwise).
   */
  headers: Map<string, { align: Table["align"]; header: RowTemplate | null }>;
  /** Each body row's template, by its text. */
  rows: Map<string, RowTemplate>;
  /** Each cell text's nodes, their columns counted from the text's first (0). */
  cells: Map<string, RowTemplate[]>;
  /** Each header and separator's `headKey`, by the two lines. */
  keys: Map<string, string>;
}

/** Where a cell's text starts in the one-cell rows cells are parsed in (`| text |`). */
const CELL_TEXT_COLUMN = 3;

/** The header new rows are parsed under, the shortest there is. */
const ANY_HEADER = "| x |\n| - |";

/**
 * What a page's tables need parsed: each header and separator this pass has
 * not seen, and the text of every cell of a new row that it has not seen (each
 * once, all in rows of one cell under one header) unless it is simple, whose
 * nodes are read and kept at once; a new row that cannot be split here (it has a tab) is parsed whole.
 */
export function tablePieces(lines: readonly string[], tables: readonly TableLines[], parsed: ParsedTables): { pieces: Piece[]; split: SplitRows } {
  const headers = new Set<string>();
  const rows = new Set<string>();
  const cells = new Set<string>();
  const split = new Map<string, readonly CellSpan[]>();
  for (const { first, last } of tables) {
    const key = keptHeadKey(lines[first]!, lines[first + 1]!, parsed);
    if (!parsed.headers.has(key)) headers.add(key);
    for (let index = first; index <= last; index++) {
      const row = lines[index]!;
      if (index === first + 1 || parsed.rows.has(row)) continue;
      const spans = rowCells(row);
      if (spans === null) {
        if (index > first) rows.add(row);
        continue;
      }
      split.set(row, spans);
      for (const { text } of spans) if (text !== "" && !parsed.cells.has(text)) keepSimpleOrAdd(text, parsed, cells);
    }
  }
  const pieces = [...headers].map((key) => headerPiece(key, parsed));
  if (rows.size > 0) pieces.push(rowsPiece(rows, parsed));
  if (cells.size > 0) pieces.push(cellsPiece(cells, parsed));
  return { pieces, split };
}

/** A page's new rows that split into cells, by their text, with their cells (`tablePieces` splits them once, `tableNode` builds them). */
export type SplitRows = ReadonlyMap<string, readonly CellSpan[]>;

/** Keep a new cell's nodes when its text is simple (`simple-inline.ts`: read without a parse); else add it to those to parse. */
function keepSimpleOrAdd(text: string, parsed: ParsedTables, toParse: Set<string>): void {
  const nodes = simpleInlineNodes(text);
  if (nodes === null) toParse.add(text);
  else parsed.cells.set(detached(text), nodes);
}

/**
 * A header's shape (or, when it cannot be split, the header) and separator:
 * one table of one row, kept with its alignment (and the header row, when it is the header).
 */
function headerPiece(key: string, parsed: ParsedTables): Piece {
  return {
    text: key,
    keep: ([table, ...rest], line, offset) => {
      const header = rest.length === 0 && table!.type === "table" && table.children.length === 1 ? rowTemplate(table.children[0]!, line, offset) : null;
      if (header === null || table!.type !== "table") return false;
      parsed.headers.set(detached(key), { align: table.align, header: rowCells(key.slice(0, key.indexOf("\n"))) === null ? header : null });
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

/** Cell texts in rows of one cell under the shortest header: one table, each cell's nodes kept. */
function cellsPiece(cells: ReadonlySet<string>, parsed: ParsedTables): Piece {
  return {
    text: `${ANY_HEADER}\n${[...cells].map((text) => `| ${text} |`).join("\n")}`,
    keep: ([table, ...rest], line, offset) => {
      if (rest.length > 0 || table!.type !== "table" || table.children.length !== cells.size + 1) return false;
      const kept: RowTemplate[][] = [];
      let at = offset + ANY_HEADER.length + 1;
      for (const text of cells) {
        const row = table.children[kept.length + 1]!;
        const template = row.children.length === 1 ? rowTemplate(row, line + kept.length + 2, at) : null;
        if (template === null) return false;
        kept.push(template.children![0]!.children!.map((node) => shifted(node, 1 - CELL_TEXT_COLUMN)));
        at += text.length + 5;
      }
      let index = 0;
      for (const text of cells) parsed.cells.set(detached(text), kept[index++]!);
      return true;
    },
  };
}

/** A row's template: kept, or made of its cells' and kept. */
function rowTemplateOf(row: string, parsed: ParsedTables, split: SplitRows): RowTemplate {
  const known = parsed.rows.get(row);
  if (known) return known;
  const spans = split.get(row)!;
  const cells = spans.map(({ from, to, textFrom, text }) =>
    nodeTemplate({ type: "tableCell" }, from, to, text === "" ? [] : parsed.cells.get(text)!.map((node) => shifted(node, textFrom - 1))),
  );
  // The row starts at its first pipe (after its indent, if any) and ends with its line.
  const template = nodeTemplate({ type: "tableRow" }, spans[0]!.from, row.length + 1, cells);
  parsed.rows.set(row, template);
  return template;
}

/** A table of the page, made of its parsed rows put on their lines. */
export function tableNode(lines: readonly string[], lineStarts: readonly number[], { first, last }: TableLines, parsed: ParsedTables, split: SplitRows): Table {
  const known = parsed.headers.get(keptHeadKey(lines[first]!, lines[first + 1]!, parsed))!;
  const children = [rowOn(known.header ?? rowTemplateOf(lines[first]!, parsed, split), first + 1, lineStarts[first]!)];
  for (let index = first + 2; index <= last; index++) children.push(rowOn(rowTemplateOf(lines[index]!, parsed, split), index + 1, lineStarts[index]!));
  const end = lineStarts[last]! + lines[last]!.length;
  return {
    type: "table",
    align: known.align ? [...known.align] : known.align,
    children,
    position: { start: { line: first + 1, column: 1, offset: lineStarts[first] }, end: { line: last + 1, column: lines[last]!.length + 1, offset: end } },
  };
}

function keptHeadKey(header: string, separator: string, parsed: ParsedTables): string {
  const lines = `${header}\n${separator}`;
  let key = parsed.keys.get(lines);
  if (key === undefined) parsed.keys.set(lines, (key = headKey(header, separator)));
  return key;
}

/**
 * What a header is parsed and kept as: its shape (its cells' texts do not
 * change the table) and its separator's, each run of dashes one and each run
 * of spaces one (a delimiter cell is an optional colon, dashes, an optional
 * colon, with spaces around: how many of each changes nothing).
 */
export function headKey(header: string, separator: string): string {
  return `${rowShape(header) ?? header}\n${separator.replace(/-+/g, "-").replace(/[ \t]+/g, " ")}`;
}
