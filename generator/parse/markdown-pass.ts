import type { Root, RootContent, Table } from "mdast";
import type { Node } from "unist";
import { parseMarkdown, type MarkdownParser } from "./markdown.js";
import { rowOn, rowTemplate, type RowTemplate } from "./row-template.js";
import { findSeparableBlocks, type SeparableBlocks, type TableLines } from "./separable-blocks.js";

/**
 * A markdown parser for one pass over many pages that parses each distinct
 * table row once. Reference pages repeat rows: the response envelope's rows on
 * every page, a DTO's table on every page that returns it (more than half of
 * the table text of the real Chinese GenAuth pages, even among 27 of them), and
 * micromark reads a table row three times slower than prose. So the top-level
 * tables that can be read apart from their page (`findTopLevelTables`) are
 * parsed on their own, only their rows not seen before in this pass, and the
 * rest of the page is parsed with each table standing in as a thematic break
 * and the lines inside each separable code block emptied (their text is cut
 * from the page afterwards: micromark need not read it).
 * Rows and tables are copies placed at their own lines: the trees are the
 * same as `parseMarkdown`'s, positions included (tested against it on every
 * corpus and on generated pages). A page with anything that could tie a table
 * to the rest of it (link definitions, carriage returns, front matter that
 * does not close), or whose tables do not parse as tables on their own, is
 * parsed whole.
 *
 * Keep one for a pass and drop it after: it holds the rows it parsed (up to
 * 4,000 before it forgets them).
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
  /** Each once, in page order (a set: a table may have tens of thousands of rows). */
  rows: Set<string>;
}

/** Link definitions apply to the whole page, tables included. */
const DEFINITION = /^ {0,3}\[[^\]]*\]:/m;
/** What stands in for a table while the rest of its page is parsed: a block that, like a table, ends every paragraph, list and quote. */
const STAND_IN = "***";

function parseWithSharedRows(markdown: string, parsed: Map<string, ParsedTableRows>, parse: MarkdownParser): Root | null {
  if (markdown.includes("\r") || DEFINITION.test(markdown)) return null;
  const lines = markdown.split("\n");
  const blocks = findSeparableBlocks(lines);
  if (blocks === null || (blocks.tables.length === 0 && blocks.codes.length === 0)) return null;
  if (!parseNewRows(rowBatches(lines, blocks.tables, parsed), parsed, parse)) return null;
  const lineStarts = startsOf(lines);
  const tableNodes = blocks.tables.map((table) => tableNode(lines, lineStarts, table, parsed));
  return parseAround(markdown, lines, lineStarts, blocks, tableNodes, parse);
}

/** The rows of the page's tables that this pass has not parsed yet, by header and separator. */
function rowBatches(lines: readonly string[], tables: readonly TableLines[], parsed: Map<string, ParsedTableRows>): RowBatch[] {
  const batches: RowBatch[] = [];
  for (const { first, last } of tables) {
    const [header, separator] = [lines[first]!, lines[first + 1]!];
    const key = tableKey(header, separator);
    const known = parsed.get(key);
    let batch = batches.find((candidate) => candidate.key === key);
    if (!known && !batch) batches.push((batch = { key, header, separator, rows: new Set() }));
    for (let index = first + 2; index <= last; index++) {
      const row = lines[index]!;
      if (known?.rows.has(row) || batch?.rows.has(row)) continue;
      if (!batch) batches.push((batch = { key, header, separator, rows: new Set() }));
      batch.rows.add(row);
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
    if (table.type !== "table" || table.children.length !== batch.rows.size + 1) return false;
    const header = rowTemplate(table.children[0]!, line, offset);
    if (header === null) return false;
    const known = parsed.get(batch.key) ?? { align: table.align, header, rows: new Map<string, RowTemplate>() };
    parsed.set(batch.key, known);
    line += 2;
    offset += batch.header.length + batch.separator.length + 2;
    let row = 0;
    for (const text of batch.rows) {
      const template = rowTemplate(table.children[++row]!, line, offset);
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
 * Parse the page with each table replaced by one stand-in line and the lines
 * inside each separable code block emptied, then put the tables in the
 * stand-ins' places, the code back in its blocks, and every other node back
 * at its lines.
 *
 * @returns The page's tree, or null when the parse does not have a stand-in or a code block where the page's lines said.
 */
function parseAround(markdown: string, lines: readonly string[], lineStarts: readonly number[], blocks: SeparableBlocks, tableNodes: readonly Table[], parse: MarkdownParser): Root | null {
  const skeleton = skeletonOf(lines, blocks);
  const tree = parse(skeleton.text);
  const children: RootContent[] = [];
  let tables = 0;
  let codes = 0;
  for (const node of tree.children) {
    const line = node.position!.start.line;
    if (line === skeleton.standIns[tables]) {
      if (node.type !== "thematicBreak") return null;
      children.push(tableNodes[tables++]!);
      continue;
    }
    const code = line === skeleton.codes[codes] ? blocks.codes[codes++]! : null;
    if (code && (node.type !== "code" || skeleton.pageLine[node.position!.end.line - 1] !== code.last)) return null;
    placeInPage(node, skeleton.pageLine, lineStarts);
    // The code's own lines, cut from the page (after placing: that would detach them).
    if (code && node.type === "code") node.value = markdown.slice(lineStarts[code.first + 1], Math.max(lineStarts[code.first + 1]!, lineStarts[code.last]! - 1));
    children.push(node);
  }
  if (tables !== tableNodes.length || codes !== blocks.codes.length) return null;
  const end = tree.position!.end;
  const endLine = skeleton.pageLine[end.line - 1]!;
  // The page may end on a table: then the tree ends where its last line does, not where the stand-in did.
  const column = skeleton.standIns.includes(end.line) ? lines[endLine]!.length + 1 : end.column;
  tree.position!.end = { line: endLine + 1, column, offset: (lineStarts[endLine]! + column - 1) | 0 };
  tree.children = children;
  return tree;
}

/** The text a page is parsed as, around its separable blocks. */
interface Skeleton {
  text: string;
  /** For each of its lines, the index of the page's line it stands for (a stand-in: its table's last line). */
  pageLine: number[];
  /** The line numbers of the tables' stand-ins, in page order. */
  standIns: number[];
  /** The line numbers of the code blocks' opening fences, in page order. */
  codes: number[];
}

/** A table stands in as a thematic break, which like a table ends every paragraph, list and quote; a code block keeps its fences and empty lines between them. */
function skeletonOf(lines: readonly string[], { tables, codes }: SeparableBlocks): Skeleton {
  const text: string[] = [];
  const skeleton: Skeleton = { text: "", pageLine: [], standIns: [], codes: [] };
  let table = 0;
  let code = 0;
  for (let index = 0; index < lines.length; index++) {
    if (index === tables[table]?.first) {
      text.push(STAND_IN);
      skeleton.pageLine.push(tables[table]!.last);
      skeleton.standIns.push(text.length);
      index = tables[table++]!.last;
      continue;
    }
    const inCode = codes[code];
    if (index === inCode?.first) skeleton.codes.push(text.length + 1);
    if (index === inCode?.last) code++;
    text.push(inCode && index > inCode.first && index < inCode.last ? "" : lines[index]!);
    skeleton.pageLine.push(index);
  }
  skeleton.text = text.join("\n");
  return skeleton;
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
 * Put a node of the skeleton, and everything in it, back at the page's lines
 * (its offsets follow from its lines and columns: they count the same
 * characters), and detach its text from the skeleton's: V8 keeps a string that a substring
 * was cut from for as long as the substring lives, and the page models keep
 * such substrings, so the skeleton (a copy of half the page) would otherwise
 * live as long as they do (24 MB at 5,000 pages). The page's own text lives
 * that long anyway.
 */
function placeInPage(node: Node, pageLine: readonly number[], lineStarts: readonly number[]): void {
  if (node.position) node.position = { start: pointInPage(node.position.start, pageLine, lineStarts), end: pointInPage(node.position.end, pageLine, lineStarts) };
  const fields = node as unknown as Record<string, unknown>;
  for (const key in fields) if (key !== "type" && typeof fields[key] === "string") fields[key] = detached(fields[key]);
  if ("children" in node && Array.isArray(node.children)) for (const child of node.children as Node[]) placeInPage(child, pageLine, lineStarts);
}

/**
 * A skeleton's point on the page. The sums are truncated to integers (`| 0`,
 * a no-op on them) so that optimised code keeps them small integers: a sum it
 * boxes as a heap number once makes V8 box that field in every point made
 * here after, and in every page model place copied from one (3 KB a page).
 */
function pointInPage(point: { line: number; column: number }, pageLine: readonly number[], lineStarts: readonly number[]): { line: number; column: number; offset: number } {
  const line = pageLine[point.line - 1]!;
  return { line: (line + 1) | 0, column: point.column, offset: (lineStarts[line]! + point.column - 1) | 0 };
}

/** The same text in a string of its own (a substring of a joined copy: V8 flattens the join into a new string). */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}
