import type { TableRow } from "mdast";
import type { Node } from "unist";

/**
 * A parsed table row kept to be placed on other lines: every node of a row is
 * on the row's one line, so each keeps only the columns it starts and ends
 * at (its offsets follow from the line's), and its other fields: two objects
 * a node (template and fields) instead of four (node, position, two points),
 * which matters when a pass keeps thousands of rows.
 */
export interface RowTemplate {
  /** The node's fields but `children` and `position`, in its order. */
  fields: Record<string, unknown>;
  /** Column of the node's first character. */
  from: number;
  /** Column after its last character. */
  to: number;
  /** Templates of its children, or null when it has no `children`. */
  children: RowTemplate[] | null;
  /** Which fields it has: only `type`, `type` and `value`, or others (`shapeOf`). */
  shape: FieldShape;
}

/** The fields of a node: only `type`; `type` and `value`, in that order; any others. */
export type FieldShape = typeof TYPE | typeof VALUE | typeof OTHER;
export const TYPE = 0;
export const VALUE = 1;
const OTHER = 2;

/**
 * A template of a node.
 *
 * @param fields Its fields but `children` and `position`, in its order.
 * @param from Column of its first character.
 * @param to Column after its last.
 * @param children Its children's templates, or null when it has no `children`.
 */
export function nodeTemplate(fields: Record<string, unknown>, from: number, to: number, children: RowTemplate[] | null): RowTemplate {
  return { fields, from, to, children, shape: shapeOf(fields) };
}

/** Which fields a node has (its fields but `children` and `position`, in its order). */
export function shapeOf(fields: Record<string, unknown>): FieldShape {
  const keys = Object.keys(fields);
  if (keys.length === 1 && keys[0] === "type") return TYPE;
  return keys.length === 2 && keys[0] === "type" && keys[1] === "value" ? VALUE : OTHER;
}

/**
 * A template with its columns, and its children's, moved.
 *
 * @param template A node's template.
 * @param by How many columns to move it (negative: to the left).
 * @returns A new template.
 */
export function shifted(template: RowTemplate, by: number): RowTemplate {
  return { ...template, from: template.from + by, to: template.to + by, children: template.children && template.children.map((child) => shifted(child, by)) };
}

/**
 * Keep a row parsed on some line.
 *
 * @param row The row's node.
 * @param line The line it is on.
 * @param lineStart The offset of that line's first character.
 * @returns Its template, or null when a node of it is not on that line or its offsets do not follow its columns.
 */
export function rowTemplate(row: TableRow, line: number, lineStart: number): RowTemplate | null {
  return templateOf(row, line, lineStart);
}

/**
 * A row made from its template, on a line.
 *
 * @param template The row's template.
 * @param line The line to put it on.
 * @param lineStart The offset of that line's first character.
 * @returns A new row, its own objects throughout.
 */
export function rowOn(template: RowTemplate, line: number, lineStart: number): TableRow {
  return nodeOn(template, line, lineStart) as unknown as TableRow;
}

function templateOf(node: Node, line: number, lineStart: number): RowTemplate | null {
  const position = node.position;
  if (!position || !onLine(position.start, line, lineStart) || !onLine(position.end, line, lineStart)) return null;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) if (key !== "children" && key !== "position") fields[key] = value;
  let children: RowTemplate[] | null = null;
  if ("children" in node && Array.isArray(node.children)) {
    children = [];
    for (const child of node.children as Node[]) {
      const template = templateOf(child, line, lineStart);
      if (template === null) return null;
      children.push(template);
    }
  }
  return nodeTemplate(fields, position.start.column, position.end.column, children);
}

function onLine(point: { line: number; column: number; offset?: number }, line: number, lineStart: number): boolean {
  return point.line === line && point.offset === lineStart + point.column - 1;
}

function nodeOn(template: RowTemplate, line: number, lineStart: number): Node {
  // `| 0` keeps the sums small integers in optimised code: one boxed as a heap number makes V8 box that field in every point made here after, and in every page model place copied from one.
  const position = {
    start: { line, column: template.from, offset: (lineStart + template.from - 1) | 0 },
    end: { line, column: template.to, offset: (lineStart + template.to - 1) | 0 },
  };
  const { fields, children } = template;
  // The common shapes as literals, in mdast's order (type, value or children, position): V8 makes them faster than a copy of the fields with two fields added.
  if (children === null && template.shape === VALUE) return { type: fields.type, value: fields.value, position } as Node;
  if (children === null) return Object.assign({ ...fields }, { position }) as unknown as Node;
  const nodes: Node[] = new Array(children.length);
  for (let index = 0; index < children.length; index++) nodes[index] = nodeOn(children[index]!, line, lineStart);
  if (template.shape === TYPE) return { type: fields.type, children: nodes, position } as Node;
  return Object.assign({ ...fields }, { children: nodes, position }) as unknown as Node;
}
