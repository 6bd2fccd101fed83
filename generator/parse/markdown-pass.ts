import type { Code, Root, RootContent } from "mdast";
import type { Node } from "unist";
import { parseMarkdown, type MarkdownParser } from "./markdown.js";
import { blockAt, type BlockTemplate } from "./block-template.js";
import { blockPieces, fencePiece, newTexts, parsePieces } from "./pass-pieces.js";
import { tableNode, tablePieces, type ParsedTables } from "./shared-table-rows.js";
import { findSeparableBlocks, type CodeLines } from "./separable-blocks.js";
import { detached } from "./detached.js";

/**
 * A markdown parser for one pass over many pages that parses each distinct
 * plain block, code block's fences, table header shape and cell text once.
 * Reference pages repeat rows (the response envelope's rows on every page, a
 * DTO's table on every page that returns it: more than half of the table text
 * of the real Chinese GenAuth pages, even among 27 of them), cells (padded to
 * other widths in other tables) and blocks (the generator's warning comment,
 * the notice under the title, every section's heading), and micromark reads a
 * table row three times slower than prose. So the blocks that can be read
 * apart from their page (`findSeparableBlocks`) are parsed on their own, only
 * what this pass has not seen (`tablePieces`, `blockPieces`, `fencePiece`), all
 * of a page's in one document, except cell texts and one-line headings and
 * paragraphs simple enough to be read without micromark (`simple-inline.ts`,
 * `simple-block.ts`: most of them on reference pages); runs of them stand in
 * as one thematic break while the rest of the page is parsed, and a page made
 * only of them needs no other parse. Every node is a copy placed at its own lines: the trees are
 * the same as `parseMarkdown`'s, positions included (tested against it on every
 * corpus and on generated pages). A page with anything that could tie a block
 * to the rest of it (link definitions, carriage returns, NUL, a byte-order
 * mark, front matter that does not close), or whose blocks do not parse on
 * their own as the lines said, is parsed whole.
 *
 * Keep one for a pass and drop it after: it holds the rows and blocks it
 * parsed (up to 4,000 of each before it forgets them).
 *
 * @param parse The markdown parser it calls (`parseMarkdown`; tests watch what it is given).
 * @returns The parser.
 */
export function markdownPassParser(parse: MarkdownParser = parseMarkdown): MarkdownParser {
  const parsed: ParsedBlocks = { tables: { headers: new Map(), rows: new Map(), cells: new Map(), keys: new Map() }, plain: new Map(), fences: new Map() };
  return (markdown) => {
    if (parsed.tables.rows.size > MOST_KEPT_ROWS) Object.values(parsed.tables).forEach((kept) => kept.clear());
    if (parsed.plain.size > MOST_KEPT_BLOCKS) parsed.plain.clear();
    if (parsed.fences.size > MOST_KEPT_BLOCKS) parsed.fences.clear();
    return parseWithSharedBlocks(markdown, parsed, parse) ?? parse(markdown);
  };
}

/**
 * How many rows a pass keeps before it forgets them all and starts again
 * (about 10 MB): a reference the size of GenAuth's has fewer distinct rows,
 * and a larger one mostly repeats the rows of its neighbouring pages, which are
 * parsed again at the next page that has them.
 */
const MOST_KEPT_ROWS = 4000;
/** How many plain blocks a pass keeps before it forgets them all and starts again (for the same reasons). */
const MOST_KEPT_BLOCKS = 4000;

/** What a pass has parsed: table headers and rows, plain blocks by their text, code blocks' fences by theirs. */
interface ParsedBlocks {
  tables: ParsedTables;
  plain: Map<string, BlockTemplate[]>;
  fences: Map<string, BlockTemplate[]>;
}

/** Link definitions apply to the whole page, tables included (a page with none has no `]:`, which is found faster than this). */
const DEFINITION = /^ {0,3}\[[^\]]*\]:/m;
const BLANK = /^[ \t]*$/;
/** What stands in for a run of separable blocks while the rest of its page is parsed: a block that, like them, ends every paragraph, list and quote. */
const STAND_IN = "***";

/** A separable block of the page: its lines and its nodes, placed there. */
interface Placed {
  first: number;
  last: number;
  nodes: RootContent[];
}

function parseWithSharedBlocks(markdown: string, parsed: ParsedBlocks, parse: MarkdownParser): Root | null {
  // micromark reads a carriage return as a line ending, a NUL as U+FFFD and drops a leading BOM: the lines here would not be its lines.
  if (markdown.includes("\r") || markdown.includes("\0") || markdown.charCodeAt(0) === 0xfeff || (markdown.includes("]:") && DEFINITION.test(markdown))) return null;
  const lines = markdown.split("\n");
  const blocks = findSeparableBlocks(lines);
  if (blocks === null || (blocks.tables.length === 0 && blocks.codes.length === 0 && blocks.plain.length === 0)) return null;
  const lineStarts = startsOf(lines);
  const plainTexts = blocks.plain.map(({ first, last }) => markdown.slice(lineStarts[first], lineStarts[last]! + lines[last]!.length));
  const fenceTexts = blocks.codes.map(({ first, last }) => `${lines[first]}\n${lines[last]}`);
  const tables = tablePieces(lines, blocks.tables, parsed.tables);
  const pieces = [
    ...tables.pieces,
    ...blockPieces(newTexts(plainTexts, parsed.plain), parsed.plain),
    ...newTexts(fenceTexts, parsed.fences).map((text) => fencePiece(text, parsed.fences)),
  ];
  if (!parsePieces(pieces, parse)) return null;
  const placed: Placed[] = [
    ...blocks.tables.map((table) => ({ ...table, nodes: [tableNode(lines, lineStarts, table, parsed.tables, tables.split)] })),
    ...blocks.plain.map((block, index) => ({ ...block, nodes: blockAt(parsed.plain.get(plainTexts[index]!)!, block.first + 1, lineStarts[block.first]!) })),
    ...blocks.codes.map((code, index) => ({ ...code, nodes: [codeNode(markdown, lines, lineStarts, code, parsed.fences.get(fenceTexts[index]!)!)] })),
  ].sort((a, b) => a.first - b.first);
  const runs = runsOf(lines, placed);
  return coversPage(lines, runs) ? pageOf(markdown, lines, runs.flatMap((run) => run.nodes)) : parseAround(lines, lineStarts, runs, parse);
}

/** A code block of the page: its fences' node, with the lines between them as its value and its end at its closing fence. */
function codeNode(markdown: string, lines: readonly string[], lineStarts: readonly number[], { first, last }: CodeLines, fences: readonly BlockTemplate[]): Code {
  const [code] = blockAt(fences, first + 1, lineStarts[first]!) as [Code];
  const column = code.position!.end.column;
  code.value = markdown.slice(lineStarts[first + 1], Math.max(lineStarts[first + 1]!, lineStarts[last]! - 1));
  code.position!.end = { line: last + 1, column, offset: (lineStarts[last]! + column - 1) | 0 };
  return code;
}

/** The separable blocks, runs of them that only blank lines part made one: each run stands in as one line. */
function runsOf(lines: readonly string[], placed: readonly Placed[]): Placed[] {
  const runs: Placed[] = [];
  let run: Placed | null = null;
  for (const block of placed) {
    if (run !== null && onlyBlankBetween(lines, run.last, block.first)) {
      run.last = block.last;
      // One at a time: a block may hold more nodes than a call takes arguments.
      for (const node of block.nodes) run.nodes.push(node);
      continue;
    }
    runs.push((run = { first: block.first, last: block.last, nodes: block.nodes.slice() }));
  }
  return runs;
}

/** Whether every line of the page is in a run or blank. */
function coversPage(lines: readonly string[], runs: readonly Placed[]): boolean {
  let next = 0;
  for (const run of runs) {
    if (!onlyBlankBetween(lines, next - 1, run.first)) return false;
    next = run.last + 1;
  }
  return onlyBlankBetween(lines, next - 1, lines.length);
}

function onlyBlankBetween(lines: readonly string[], after: number, before: number): boolean {
  for (let index = after + 1; index < before; index++) if (!BLANK.test(lines[index]!)) return false;
  return true;
}

/** A page whose every line is in a separable block or blank: its tree is its blocks', spanning the whole text (as micromark's root does). */
function pageOf(markdown: string, lines: readonly string[], nodes: RootContent[]): Root {
  const end = { line: lines.length, column: lines.at(-1)!.length + 1, offset: markdown.length };
  return { type: "root", children: nodes, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/**
 * Parse the page with each run of separable blocks replaced by one stand-in
 * line, then put the runs' nodes in the stand-ins' places and every other node
 * back at its lines.
 *
 * @returns The page's tree, or null when the parse does not have a stand-in where the page's lines said.
 */
function parseAround(lines: readonly string[], lineStarts: readonly number[], runs: readonly Placed[], parse: MarkdownParser): Root | null {
  const skeleton = skeletonOf(lines, runs);
  const tree = parse(skeleton.text);
  const children: RootContent[] = [];
  let placed = 0;
  for (const node of tree.children) {
    if (node.position!.start.line === skeleton.standIns[placed]) {
      if (node.type !== "thematicBreak") return null;
      for (const kept of runs[placed++]!.nodes) children.push(kept);
      continue;
    }
    placeInPage(node, skeleton.pageLine, lineStarts);
    children.push(node);
  }
  if (placed !== runs.length) return null;
  const end = tree.position!.end;
  const endLine = skeleton.pageLine[end.line - 1]!;
  // The page may end on a run: then the tree ends where its last line does, not where the stand-in did.
  const column = skeleton.standIns.includes(end.line) ? lines[endLine]!.length + 1 : end.column;
  tree.position!.end = { line: endLine + 1, column, offset: (lineStarts[endLine]! + column - 1) | 0 };
  tree.children = children;
  return tree;
}

/** The text a page is parsed as, around its runs of separable blocks. */
interface Skeleton {
  text: string;
  /** For each of its lines, the index of the page's line it stands for (a stand-in: its run's last line). */
  pageLine: number[];
  /** The line numbers of the stand-ins, in page order. */
  standIns: number[];
}

function skeletonOf(lines: readonly string[], runs: readonly Placed[]): Skeleton {
  const text: string[] = [];
  const skeleton: Skeleton = { text: "", pageLine: [], standIns: [] };
  let run = 0;
  for (let index = 0; index < lines.length; index++) {
    if (index === runs[run]?.first) {
      text.push(STAND_IN);
      skeleton.pageLine.push(runs[run]!.last);
      skeleton.standIns.push(text.length);
      index = runs[run++]!.last;
      continue;
    }
    text.push(lines[index]!);
    skeleton.pageLine.push(index);
  }
  skeleton.text = text.join("\n");
  return skeleton;
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
