import type { Root, RootContent, Table } from "mdast";
import type { Node } from "unist";
import { parseMarkdown, type MarkdownParser } from "./markdown.js";
import { rowOn, rowTemplate, type RowTemplate } from "./row-template.js";
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
  return (markdown) => {
    if (rowsIn(parsed) > MOST_KEPT_ROWS) parsed.clear();
    return parseWithSharedRows(markdown, parsed, parse) ?? parse(markdown);
  };
}

/**
 * How many rows a pass keeps before it forgets them all and starts again
 * (about 10 MB): a reference the size of GenAuth's has fewer distinct rows,
 * and a larger one mostly repeats the rows of its neighbouring pages, which are
 * parsed again at the next page that has them.
 */
const MOST_KEPT_ROWS = 4000;

function rowsIn(parsed: Map<string, ParsedTableRows>): number {
  let count = 0;
  for (const known of parsed.values()) count += known.rows.size;
  return count;
}

/** The rows parsed so far under one header and separator. */
interface ParsedTableRows {
  align: Table["align"];
  header: RowTemplate;
  rows: Map<string, RowTemplate>;
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
 * Parse the batches as one document of tables, a blank line apart, and keep each row's template.
 *
 * @returns Whether every batch parsed as one table with all its rows, each on its line.
 */
function parseNewRows(batches: readonly RowBatch[], parsed: Map<string, ParsedTableRows>, parse: MarkdownParser): boolean {
  if (batches.length === 0) return true;
  const tree = parse(batches.map((batch) => [batch.header, batch.separator, ...batch.rows].join("\n")).join("\n\n"));
  if (tree.children.length !== batches.length) return false;
  let line = 1;
  let offset = 0;
  for (const [index, batch] of batches.entries()) {
    const table = tree.children[index]!;
    if (table.type !== "table" || table.children.length !== batch.rows.length + 1) return false;
    const header = rowTemplate(table.children[0]!, line, offset);
    if (header === null) return false;
    const known = parsed.get(batch.key) ?? { align: table.align, header, rows: new Map<string, RowTemplate>() };
    parsed.set(batch.key, known);
    line += 2;
    offset += batch.header.length + batch.separator.length + 2;
    for (const [row, text] of batch.rows.entries()) {
      const template = rowTemplate(table.children[row + 1]!, line, offset);
      if (template === null) return false;
      known.rows.set(text, template);
      line += 1;
      offset += text.length + 1;
    }
    line += 1;
    offset += 1;
  }
  return true;
}

/** A table of the page, made of its parsed rows put on their lines. */
function tableNode(lines: readonly string[], lineStarts: readonly number[], { first, last }: TableLines, parsed: Map<string, ParsedTableRows>): Table {
  const known = parsed.get(tableKey(lines[first]!, lines[first + 1]!))!;
  const children = [rowOn(known.header, first + 1, lineStarts[first]!)];
  for (let index = first + 2; index <= last; index++) children.push(rowOn(known.rows.get(lines[index]!)!, index + 1, lineStarts[index]!));
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
    moveInPlace(node, lineShift, offsetShift);
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

/**
 * Move a node of the page's text around its tables back to its lines, and
 * detach its text from that text: V8 keeps a string that a substring was cut
 * from for as long as the substring lives, and the page models keep such
 * substrings, so the text around the tables (a copy of half the page) would
 * otherwise live as long as they do (24 MB at 5,000 pages). The page's own
 * text lives that long anyway.
 */
function moveInPlace(node: Node, lines: number, offset: number): void {
  if (node.position && (lines !== 0 || offset !== 0)) node.position = movedPosition(node.position, lines, offset);
  const fields = node as unknown as Record<string, unknown>;
  for (const key in fields) if (key !== "type" && typeof fields[key] === "string") fields[key] = detached(fields[key]);
  if ("children" in node && Array.isArray(node.children)) for (const child of node.children as Node[]) moveInPlace(child, lines, offset);
}

/** The same text in a string of its own (a substring of a joined copy: V8 flattens the join into a new string). */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * A position moved by so many lines and characters. The sums are truncated to
 * integers (`| 0`, a no-op on them) so that optimised code keeps them small
 * integers: a sum it boxes as a heap number once makes V8 box that field in
 * every point made there after, and in every page model place copied from
 * one (3 KB a page).
 */
function movedPosition(position: NonNullable<Node["position"]>, lines: number, offset: number): NonNullable<Node["position"]> {
  const { start, end } = position;
  return {
    start: { line: (start.line + lines) | 0, column: start.column, offset: (start.offset! + offset) | 0 },
    end: { line: (end.line + lines) | 0, column: end.column, offset: (end.offset! + offset) | 0 },
  };
}
