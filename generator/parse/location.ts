import type { Node } from "unist";
import type { SourceLocation } from "../ir.js";

/**
 * The source location of an mdast node.
 *
 * @param node A node produced by remark (it always carries a position).
 * @param file Path of the page.
 * @returns File, start and end, 1-based.
 */
export function locationOf(node: Node, file: string): SourceLocation {
  const position = node.position;
  if (!position) return { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return {
    file,
    start: { line: position.start.line, column: position.start.column },
    end: { line: position.end.line, column: position.end.column },
  };
}
