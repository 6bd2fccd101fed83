import type { RootContent } from "mdast";
import { blockTemplate, type BlockTemplate } from "./block-template.js";
import type { MarkdownParser } from "./markdown.js";
import { detached } from "./detached.js";
import { simpleBlockNodes } from "./simple-block.js";

/**
 * Text a pass parser has not parsed yet, and what keeps its nodes. Pieces are
 * blocks that parse the same alone as on their page (`findSeparableBlocks`),
 * so all of a page's new ones are parsed in one document, a blank line apart.
 */
export interface Piece {
  text: string;
  /**
   * Keep the piece's nodes.
   *
   * @param nodes Its top-level nodes, each within its lines, the last ending on its last.
   * @param line The line its first line was on.
   * @param offset The offset of that line's first character.
   * @returns False when they are not what its lines said.
   */
  keep: (nodes: RootContent[], line: number, offset: number) => boolean;
}

const BLANK_LINE = /\n[ \t]*\n/;

/**
 * Parse the pieces as one document, a blank line apart, and give each one its nodes.
 *
 * @returns Whether every piece's nodes lie within its own lines, end on its last, and were kept.
 */
export function parsePieces(pieces: readonly Piece[], parse: MarkdownParser): boolean {
  if (pieces.length === 0) return true;
  // Each piece is followed by a line ending, as on its page (a plain block is never a page's last line).
  const tree = parse(`${pieces.map((piece) => piece.text).join("\n\n")}\n`);
  let line = 1;
  let offset = 0;
  let child = 0;
  for (const { text, keep } of pieces) {
    const last = line + lineCount(text) - 1;
    const nodes: RootContent[] = [];
    for (; child < tree.children.length && tree.children[child]!.position!.start.line <= last; child++) nodes.push(tree.children[child]!);
    if (nodes.length === 0 || nodes[0]!.position!.start.line < line || nodes.at(-1)!.position!.end.line !== last || !keep(nodes, line, offset)) return false;
    line = last + 2;
    offset += text.length + 2;
  }
  return child === tree.children.length;
}

/** Each text once, in page order, that a pass has not parsed yet. */
export function newTexts(texts: readonly string[], parsed: ReadonlyMap<string, unknown>): string[] {
  return [...new Set(texts.filter((text) => !parsed.has(text)))];
}

/** The pieces of new plain blocks: none for a block whose text is simple (`simple-block.ts`), whose nodes are read and kept at once. */
export function blockPieces(texts: readonly string[], parsed: Map<string, BlockTemplate[]>): Piece[] {
  const pieces: Piece[] = [];
  for (const text of texts) {
    const nodes = simpleBlockNodes(text);
    if (nodes === null) pieces.push(blockPiece(text, parsed));
    else parsed.set(detached(text), nodes);
  }
  return pieces;
}

/** A plain block: its nodes' templates, kept by its text. Only an HTML block that blank lines do not end (a comment…) has blank lines: it must be one node, as the lines said. */
function blockPiece(text: string, parsed: Map<string, BlockTemplate[]>): Piece {
  return {
    text,
    keep: (nodes, line, offset) => {
      if (nodes.length > 1 && BLANK_LINE.test(text)) return false;
      return keepTemplates(text, blockTemplate(nodes, line, offset), parsed);
    },
  };
}

/** A code block's opening and closing fences, without the lines between: one code node, kept by its fences. */
export function fencePiece(text: string, parsed: Map<string, BlockTemplate[]>): Piece {
  return {
    text,
    keep: (nodes, line, offset) => keepTemplates(text, nodes.length === 1 && nodes[0]!.type === "code" ? blockTemplate(nodes, line, offset) : null, parsed),
  };
}

function keepTemplates(text: string, templates: BlockTemplate[] | null, parsed: Map<string, BlockTemplate[]>): boolean {
  // A key of its own: a substring would keep the page it was cut from alive.
  if (templates !== null) parsed.set(detached(text), templates);
  return templates !== null;
}

function lineCount(text: string): number {
  let count = 1;
  for (let index = text.indexOf("\n"); index >= 0; index = text.indexOf("\n", index + 1)) count++;
  return count;
}
