import type { Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { parseMarkdown, type MarkdownParser } from "./markdown.js";
import { htmlToMdast, isHtmlPage } from "./renderings/html.js";
import { toMarkdown } from "./renderings/index.js";
import { composeRewrites } from "./renderings/rewrite.js";
import { repairTables } from "./table-repair.js";

/**
 * Parse a page into mdast with its broken tables mended first
 * (`repairTables`), positions pointing into the page as written, and a
 * warning for each repair and for every line that looks like a table row but
 * is read as no table: nothing is dropped without a word.
 *
 * @param markdown The page text.
 * @param file Path of the page, for positions.
 * @param parse The markdown parser (`markdownPassParser` in a pass over many pages).
 * @returns The tree and the diagnostics.
 */
export function parsePageTree(markdown: string, file: string, parse: MarkdownParser = parseMarkdown): { tree: Root; diagnostics: Diagnostic[] } {
  if (isHtmlPage(markdown, file)) return { tree: htmlToMdast(markdown), diagnostics: [] };
  const rendered = toMarkdown(markdown);
  const repaired = composeRewrites(rendered, repairTables(rendered.text));
  const tree = parse(repaired.text);
  if (repaired.lineOf) remapLines(tree, repaired.lineOf);
  const diagnostics = repaired.repairs.map(({ line, message }) => diagnostic("warning", "table-repaired", message, at(file, line)));
  if (rendered.rendering === "markdown") diagnostics.push(...unreadRows(markdown, tree, file));
  return { tree, diagnostics };
}

/** Point every node's position at the page's own lines. */
function remapLines(tree: Root, lineOf: readonly number[]): void {
  visit(tree, (node) => {
    const position = node.position;
    if (!position) return;
    position.start = { line: lineOf[position.start.line - 1] ?? position.start.line, column: position.start.column };
    position.end = { line: lineOf[position.end.line - 1] ?? position.end.line, column: position.end.column };
  });
}

/**
 * A line that starts like a table row: at a line's start (after a line feed, the only line ending the page is split
 * at), up to three spaces or tabs, a pipe, and another pipe later on the line.
 */
const ROW_LIKE_LINE = /(?<=^|\n)[ \t]{0,3}\|.*\|/g;

/** Lines that start like a table row (`| a | b`) outside every table, code block and HTML block. */
function unreadRows(markdown: string, tree: Root, file: string): Diagnostic[] {
  const rows = [...markdown.matchAll(ROW_LIKE_LINE)];
  if (rows.length === 0) return [];
  // Block nodes that can hold a row-like line: at the top level, or in a list or quote (walked only then).
  const covered: [number, number][] = [];
  const cover = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if ((node.type === "table" || node.type === "code" || node.type === "html" || node.type === "yaml") && node.position) covered.push([node.position.start.line, node.position.end.line]);
      else if ((node.type === "list" || node.type === "listItem" || node.type === "blockquote") && "children" in node) cover(node.children as RootContent[]);
    }
  };
  cover(tree.children);
  const diagnostics: Diagnostic[] = [];
  // Each row's line number, counting the line feeds since the row before.
  let number = 1;
  let counted = 0;
  for (const { index } of rows) {
    for (let newline = markdown.indexOf("\n", counted); newline >= 0 && newline < index; newline = markdown.indexOf("\n", newline + 1)) number++;
    counted = index;
    if (covered.some(([first, last]) => number >= first && number <= last)) continue;
    diagnostics.push(diagnostic("warning", "table-row-unread", "Unexpected table row outside any table (no header and separator row above it), expected it in a table; it is not read", at(file, number)));
  }
  return diagnostics;
}

function at(file: string, line: number): Diagnostic["place"] {
  return { file, start: { line, column: 1 }, end: { line, column: 1 } };
}
