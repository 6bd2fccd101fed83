import type { Root, RootContent, Table, TableRow } from "mdast";
import type { Node } from "unist";
import { parseMarkdown, type MarkdownParser } from "./markdown.js";
import { findTopLevelTables, type TableLines } from "./top-level-tables.js";

/**
 * A markdown parser for one pass over many pages that parses each distinct
 * table row once. Reference pages repeat rows: the response envelope's rows on
 * every page, a DTO's table on every page that returns it (more than half of
 * the table text of the real Chinese GenAuth pages, even among 27 of them), and
 * micromark reads a table row three times slower than prose. So the top-level
 * tables that can be read apart from their page (`findTopLevelTables`) are
 * parsed on their own, only their rows not seen before in this pass, and the
 * rest of the page is parsed with each table standing in as a thematic break.
 * Rows and tables are copies placed at their own lines: the trees are the
 * same as `parseMarkdown`'s, positions included (tested against it on every
 * corpus and on generated pages). A page with anything that could tie a table
 * to the rest of it (link definitions, carriage returns, front matter that
 * does not close), or whose tables do not parse as tables on their own, is
 * parsed whole.
 *
 * Keep one for a pass and drop it after: it holds every distinct row it parsed.
 *
 * @param parse The markdown parser it calls (`parseMarkdown`; tests watch what it is given).
 * @returns The parser.
 */
export function markdownPassParser(parse: MarkdownParser = parseMarkdown): MarkdownParser {
  const parsed = new Map<string, ParsedTableRows>();
  return (markdown) => parseWithSharedRows(markdown, parsed, parse) ?? parse(markdown);
}

/** The rows parsed so far under one header and separator, each placed at line 1, offset 0. */
interface ParsedTableRows {
  align: Table["align"];
  header: TableRow;
  rows: Map<string, TableRow>;
}

/** Rows of one header and separator that a page needs parsed. */
interface RowBatch {
  key: string;
  header: string;
  separator: string;
  rows: string[];
}

/** Link definitions apply to the whole page, tables included. */
const DEFINITION = /^ {0,3}\[[^\]]*\]:/m;
/** What stands in for a table while the rest of its page is parsed: a block that, like a table, ends every paragraph, list and quote. */
const STAND_IN = "***";

function parseWithSharedRows(markdown: string, parsed: Map<string, ParsedTableRows>, parse: MarkdownParser): Root | null {
  if (markdown.includes("\r") || DEFINITION.test(markdown)) return null;
  const lines = markdown.split("\n");
  const tables = findTopLevelTables(lines);
  if (tables === null || tables.length === 0) return null;
  if (!parseNewRows(rowBatches(lines, tables, parsed), parsed, parse)) return null;
  const lineStarts = startsOf(lines);
  const tableNodes = tables.map((table) => tableNode(lines, lineStarts, table, parsed));
  return parseAround(lines, lineStarts, tables, tableNodes, parse);
}

/** The rows of the page's tables that this pass has not parsed yet, by header and separator. */
function rowBatches(lines: readonly string[], tables: readonly TableLines[], parsed: Map<string, ParsedTableRows>): RowBatch[] {
  const batches: RowBatch[] = [];
  for (const { first, last } of tables) {
    const [header, separator] = [lines[first]!, lines[first + 1]!];
    const key = tableKey(header, separator);
    const known = parsed.get(key);
    let batch = batches.find((candidate) => candidate.key === key);
    if (!known && !batch) batches.push((batch = { key, header, separator, rows: [] }));
    for (let index = first + 2; index <= last; index++) {
      const row = lines[index]!;
      if (known?.rows.has(row) || batch?.rows.includes(row)) continue;
      if (!batch) batches.push((batch = { key, header, separator, rows: [] }));
      batch.rows.push(row);
    }
  }
  return batches;
}

/**
 * Parse the batches as one document of tables, a blank line apart, and keep each row placed at line 1.
 *
 * @returns Whether every batch parsed as one table with all its rows.
 */
function parseNewRows(batches: readonly RowBatch[], parsed: Map<string, ParsedTableRows>, parse: MarkdownParser): boolean {
  if (batches.length === 0) return true;
  const tree = parse(batches.map((batch) => [batch.header, batch.separator, ...batch.rows].join("\n")).join("\n\n"));
  if (tree.children.length !== batches.length) return false;
  let line = 0;
  let offset = 0;
  for (const [index, batch] of batches.entries()) {
    const table = tree.children[index]!;
    if (table.type !== "table" || table.children.length !== batch.rows.length + 1) return false;
    let known = parsed.get(batch.key);
    if (!known) parsed.set(batch.key, (known = { align: table.align, header: placed(table.children[0]!, -line, -offset), rows: new Map() }));
    line += 2;
    offset += batch.header.length + batch.separator.length + 2;
    for (const [row, text] of batch.rows.entries()) {
      known.rows.set(text, placed(table.children[row + 1]!, -line, -offset));
      line += 1;
      offset += text.length + 1;
    }
    line += 1;
    offset += 1;
  }
  return true;
}

/** A table of the page, made of its parsed rows placed at their lines. */
function tableNode(lines: readonly string[], lineStarts: readonly number[], { first, last }: TableLines, parsed: Map<string, ParsedTableRows>): Table {
  const known = parsed.get(tableKey(lines[first]!, lines[first + 1]!))!;
  const children = [placed(known.header, first, lineStarts[first]!)];
  for (let index = first + 2; index <= last; index++) children.push(placed(known.rows.get(lines[index]!)!, index, lineStarts[index]!));
  const end = lineStarts[last]! + lines[last]!.length;
  return {
    type: "table",
    align: known.align ? [...known.align] : known.align,
    children,
    position: { start: { line: first + 1, column: 1, offset: lineStarts[first] }, end: { line: last + 1, column: lines[last]!.length + 1, offset: end } },
  };
}

/**
 * Parse the page with each table replaced by one stand-in line, then put the
 * tables in the stand-ins' places and move what follows each back to its lines.
 *
 * @returns The page's tree, or null when a stand-in was not read as one.
 */
function parseAround(lines: readonly string[], lineStarts: readonly number[], tables: readonly TableLines[], tableNodes: readonly Table[], parse: MarkdownParser): Root | null {
  const rest: string[] = [];
  let next = 0;
  for (const { first, last } of tables) {
    for (let index = next; index < first; index++) rest.push(lines[index]!);
    rest.push(STAND_IN);
    next = last + 1;
  }
  for (let index = next; index < lines.length; index++) rest.push(lines[index]!);
  const tree = parse(rest.join("\n"));
  const children: RootContent[] = [];
  let placedTables = 0;
  let lineShift = 0;
  let offsetShift = 0;
  for (const node of tree.children) {
    const table = tables[placedTables];
    if (table && node.type === "thematicBreak" && node.position!.start.line - 1 + lineShift === table.first) {
      children.push(tableNodes[placedTables]!);
      lineShift += table.last - table.first;
      offsetShift += lineStarts[table.last]! + lines[table.last]!.length - lineStarts[table.first]! - STAND_IN.length;
      placedTables++;
      continue;
    }
    if (lineShift !== 0 || offsetShift !== 0) moveInPlace(node, lineShift, offsetShift);
    children.push(node);
  }
  if (placedTables !== tables.length) return null;
  // The page may end on a table: then the tree ends where its last line does, not where the stand-in did.
  const end = tree.position!.end;
  const last = tables[tables.length - 1]!;
  const endsOnTable = end.line + lineShift === last.last + 1;
  tree.position!.end = { line: end.line + lineShift, column: endsOnTable ? lines[last.last]!.length + 1 : end.column, offset: end.offset! + offsetShift };
  tree.children = children;
  return tree;
}

function tableKey(header: string, separator: string): string {
  return `${header}\n${separator}`;
}

function startsOf(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return starts;
}

/** A deep copy of a node with its positions moved by so many lines and characters. */
function placed<T extends Node>(node: T, lines: number, offset: number): T {
  const copy = { ...node } as T & { children?: Node[] };
  if (node.position) copy.position = movedPosition(node.position, lines, offset);
  if ("children" in node && Array.isArray(node.children)) copy.children = (node.children as Node[]).map((child) => placed(child, lines, offset));
  return copy;
}

function moveInPlace(node: Node, lines: number, offset: number): void {
  if (node.position) node.position = movedPosition(node.position, lines, offset);
  if ("children" in node && Array.isArray(node.children)) for (const child of node.children as Node[]) moveInPlace(child, lines, offset);
}

function movedPosition(position: NonNullable<Node["position"]>, lines: number, offset: number): NonNullable<Node["position"]> {
  const { start, end } = position;
  return {
    start: { line: start.line + lines, column: start.column, offset: start.offset! + offset },
    end: { line: end.line + lines, column: end.column, offset: end.offset! + offset },
  };
}
