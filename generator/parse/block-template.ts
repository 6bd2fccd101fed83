import type { RootContent } from "mdast";
import type { Node } from "unist";
import { shapeOf, TYPE, VALUE, type FieldShape } from "./row-template.js";
import { detached } from "./detached.js";

/**
 * A parsed block kept to be placed at other lines. A plain block starts at
 * the first column of its first line, so its nodes keep their columns
 * wherever it is put, and their lines and offsets relative to the block's.
 */
export interface BlockTemplate {
  /** The node's fields but `children` and `position` (strings, numbers, booleans, null, arrays of them), in its order. */
  fields: Record<string, unknown>;
  start: RelativePoint;
  end: RelativePoint;
  /** Templates of its children, or null when it has no `children`. */
  children: BlockTemplate[] | null;
  /** Which fields it has (`shapeOf`). */
  shape: FieldShape;
}

/** A point relative to its block's first line. */
interface RelativePoint {
  /** Lines after the block's first line. */
  line: number;
  column: number;
  /** Characters after the block's first character. */
  offset: number;
}

/**
 * Keep a block's nodes, parsed at some line.
 *
 * @param nodes The block's top-level nodes.
 * @param line The line its first line was on.
 * @param offset The offset of that line's first character.
 * @returns Their templates, or null when a node lacks a position or offset, or has a field that is an object.
 */
export function blockTemplate(nodes: readonly Node[], line: number, offset: number): BlockTemplate[] | null {
  const templates: BlockTemplate[] = [];
  for (const node of nodes) {
    const template = templateOf(node, line, offset);
    if (template === null) return null;
    templates.push(template);
  }
  return templates;
}

/**
 * A block's nodes made from its templates, at a line.
 *
 * @param templates The block's templates.
 * @param line The line to put its first line on.
 * @param offset The offset of that line's first character.
 * @returns New nodes, their own objects throughout.
 */
export function blockAt(templates: readonly BlockTemplate[], line: number, offset: number): RootContent[] {
  return templates.map((template) => nodeAt(template, line, offset) as RootContent);
}

function templateOf(node: Node, line: number, offset: number): BlockTemplate | null {
  const position = node.position;
  if (!position || position.start.offset === undefined || position.end.offset === undefined) return null;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "children" || key === "position") continue;
    if (!isPlainValue(value)) return null;
    fields[key] = typeof value === "string" ? detached(value) : value;
  }
  let children: BlockTemplate[] | null = null;
  if ("children" in node && Array.isArray(node.children)) {
    children = blockTemplate(node.children as Node[], line, offset);
    if (children === null) return null;
  }
  const relative = (point: { line: number; column: number; offset?: number }): RelativePoint => ({ line: point.line - line, column: point.column, offset: point.offset! - offset });
  return { fields, start: relative(position.start), end: relative(position.end), children, shape: shapeOf(fields) };
}

function isPlainValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((item) => item === null || typeof item !== "object");
  return value === null || value === undefined || typeof value !== "object";
}

function nodeAt(template: BlockTemplate, line: number, offset: number): Node {
  // `| 0` keeps the sums small integers in optimised code (see row-template.ts).
  const { start, end, fields, children } = template;
  const position = {
    start: { line: (line + start.line) | 0, column: start.column, offset: (offset + start.offset) | 0 },
    end: { line: (line + end.line) | 0, column: end.column, offset: (offset + end.offset) | 0 },
  };
  // The common shapes as literals, in mdast's order (see row-template.ts).
  if (children === null && template.shape === VALUE) return { type: fields.type, value: fields.value, position } as Node;
  const nodes = children && children.map((child) => nodeAt(child, line, offset));
  if (nodes !== null && template.shape === TYPE) return { type: fields.type, children: nodes, position } as Node;
  const node: Record<string, unknown> = {};
  for (const key in fields) {
    const value = fields[key];
    node[key] = Array.isArray(value) ? [...value] : value;
  }
  if (nodes !== null) node.children = nodes;
  node.position = position;
  return node as unknown as Node;
}
