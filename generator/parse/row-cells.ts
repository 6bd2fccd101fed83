/**
 * The cells of a GFM table row, split as micromark's table extension splits
 * them, without parsing their text: a row's inline content is parsed cell by
 * cell (each cell's text is a chunk of its own), so a cell parses the same in
 * any row, and a pass parser parses each distinct cell's text once.
 *
 * A row starts with a pipe (a body row may have up to three spaces before it). Each pipe not escaped (a backslash escapes a pipe
 * or a backslash) starts a cell that runs to the next pipe; the last cell runs
 * to the end of the row, and a last pipe with only spaces after it starts no
 * cell. A cell's text is what lies between its pipes without the spaces
 * around it.
 */

/** A cell of a row: 1-based columns, end columns exclusive. */
export interface CellSpan {
  /** Column of the pipe that starts it. */
  from: number;
  /** Column where the next cell starts (its pipe), or after the row's last character. */
  to: number;
  /** Column of its text's first character (where its text would be when it has none). */
  textFrom: number;
  /** Its text, without the spaces around it. */
  text: string;
}

const PIPE = 124;
const BACKSLASH = 92;
const SPACE = 32;

/**
 * Split a row into cells.
 *
 * @param row A table row that starts with a pipe (after up to three spaces) and has no tab (micromark counts a tab to the next tab stop, so columns there are not characters).
 * @returns Its cells, in order; null when the row does not start so or has a tab.
 */
export function rowCells(row: string): CellSpan[] | null {
  const indent = indentOf(row);
  if (row.charCodeAt(indent) !== PIPE || row.includes("\t")) return null;
  const pipes = pipesOf(row, indent);
  const cells: CellSpan[] = [];
  for (const [at, pipe] of pipes.entries()) {
    const end = pipes[at + 1] ?? row.length;
    const span = cellSpan(row, pipe, end);
    if (at > 0 && end === row.length && span.text === "") {
      // Only spaces after the last pipe: the cell before runs to the end of the row.
      cells.at(-1)!.to = row.length + 1;
      break;
    }
    cells.push(span);
  }
  return cells;
}

/**
 * A row's shape: the same pipes and cells, each cell's text an `x` and the
 * spaces around it one. As a table's header it makes the same table as the
 * row (micromark's header tokenizer counts cells and pipes, and reads no text).
 *
 * @returns The shape, or null when the row cannot be split here.
 */
export function rowShape(row: string): string | null {
  const cells = rowCells(row);
  if (cells === null) return null;
  const shape = cells.map(({ text }) => (text === "" ? "| " : "| x ")).join("");
  // A pipe that starts no cell: the row's last, with only spaces after it.
  return pipesOf(row, indentOf(row)).length > cells.length ? `${shape}|` : shape;
}

/** How many spaces a row starts with, up to three (a body row may be indented so). */
function indentOf(row: string): number {
  let indent = 0;
  while (indent < 3 && row.charCodeAt(indent) === SPACE) indent++;
  return indent;
}

/** The indexes of a row's pipes that a backslash does not escape. */
function pipesOf(row: string, from: number): number[] {
  const pipes: number[] = [];
  for (let index = from; index < row.length; index++) {
    const code = row.charCodeAt(index);
    if (code === BACKSLASH) {
      const next = row.charCodeAt(index + 1);
      if (next === BACKSLASH || next === PIPE) index++;
    } else if (code === PIPE) pipes.push(index);
  }
  return pipes;
}

function cellSpan(row: string, pipe: number, end: number): CellSpan {
  let first = pipe + 1;
  while (first < end && row.charCodeAt(first) === SPACE) first++;
  let last = end;
  while (last > first && row.charCodeAt(last - 1) === SPACE) last--;
  return { from: pipe + 1, to: end + 1, textFrom: first + 1, text: row.slice(first, last) };
}
