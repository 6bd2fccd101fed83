import type { TextRewrite } from "./renderings/rewrite.js";

/**
 * Mend GFM tables that a careless edit broke, before the markdown parser sees
 * them, the way a careful reader still reads them as tables:
 *
 * - a separator row that is damaged (`| --- | ----- ...| tail |`), or has more
 *   or fewer cells than the header;
 * - blank lines between the header, the separator and the rows;
 * - a row whose last cell runs on over several lines (a multi-line example):
 *   the lines up to the one that closes the row are joined into it.
 *
 * Every repair is reported with the line it was made at. The mended text may
 * have fewer lines; `lineOf` maps each of its lines back to the page's.
 */
export type TableRepair = TextRewrite;

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/** A separator-like row: starts with a cell of dashes (with optional colons). */
const SEPARATOR_START = /^\s*\|?\s*:?(?:-+:?\s*\||-{3,})/;
const VALID_SEPARATOR_CELL = /^\s*:?-+:?\s*$/;
/** How far a row's cell may run on before the run is not taken for a continuation. */
const MAX_CONTINUATION_LINES = 40;
/** How many blank lines may stand between two parts of one table. */
const MAX_BLANK_GAP = 2;

/**
 * Mend the broken tables of a page.
 *
 * @param markdown The page text.
 * @returns The text to parse, the line map and the repairs made.
 */
export function repairTables(markdown: string): TableRepair {
  if (!markdown.includes("|")) return { text: markdown, lineOf: null, repairs: [] };
  const lines = markdown.split("\n");
  const out: string[] = [];
  const lineOf: number[] = [];
  const repairs: TableRepair["repairs"] = [];
  const emit = (text: string, index: number): void => {
    out.push(text);
    lineOf.push(index + 1);
  };
  let fence: string | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      emit(line, index);
      continue;
    }
    if (fenceMark) fence = fenceMark;
    const separatorAt = isRow(line) ? separatorAfter(lines, index) : -1;
    if (separatorAt < 0) {
      emit(line, index);
      continue;
    }
    index = mendTable(lines, index, separatorAt, emit, repairs);
  }
  if (repairs.length === 0) return { text: markdown, lineOf: null, repairs };
  return { text: out.join("\n"), lineOf, repairs };
}

/** Emit one table from its header at `header`, mended; returns the index of its last line. */
function mendTable(lines: readonly string[], header: number, separator: number, emit: (text: string, index: number) => void, repairs: TableRepair["repairs"]): number {
  const columns = cellCount(lines[header]!);
  emit(lines[header]!, header);
  if (separator > header + 1) repairs.push({ line: header + 2, message: "Unexpected blank line between a table's header and its separator row, expected none; read as one table" });
  const separatorLine = lines[separator]!;
  if (!isValidSeparator(separatorLine, columns)) {
    repairs.push({ line: separator + 1, message: `Unexpected separator row \`${clip(separatorLine)}\`, expected ${columns} cells of dashes; read as the separator of the ${columns}-column table above (any text on it is lost)` });
    emit(`|${" --- |".repeat(columns)}`, separator);
  } else emit(separatorLine, separator);

  let last = separator;
  for (let index = separator + 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (isRow(line)) {
      const joined = joinContinuation(lines, index);
      if (joined.end > index) repairs.push({ line: index + 1, message: `Unexpected line break inside a table cell, expected one line per row; lines ${index + 1}-${joined.end + 1} read as one row` });
      emit(joined.text, index);
      index = joined.end;
      last = index;
      continue;
    }
    if (line.trim() !== "") break;
    const next = nextNonBlank(lines, index);
    if (next < 0 || next - index > MAX_BLANK_GAP || !isRow(lines[next]!) || separatorAfter(lines, next) >= 0) break;
    repairs.push({ line: index + 1, message: "Unexpected blank line between the rows of a table, expected none; the rows after it are read as part of the table" });
    index = next - 1;
  }
  return last;
}

/** A row whose line does not close with `|` and runs on until a line that does: joined with `<br>`. */
function joinContinuation(lines: readonly string[], start: number): { text: string; end: number } {
  const first = lines[start]!;
  if (first.trimEnd().endsWith("|")) return { text: first, end: start };
  for (let index = start + 1; index < lines.length && index <= start + MAX_CONTINUATION_LINES; index++) {
    const line = lines[index]!;
    if (isRow(line) || /^\s{0,3}#/.test(line)) break;
    if (line.trimEnd().endsWith("|")) {
      const parts = lines.slice(start, index + 1).map((part, offset) => (offset === 0 ? part.trimEnd() : part.trim()));
      return { text: parts.join("<br>"), end: index };
    }
  }
  return { text: first, end: start };
}

/** The index of the separator row that belongs to a header at `header` (blank lines allowed between), or -1. */
function separatorAfter(lines: readonly string[], header: number): number {
  const next = nextNonBlank(lines, header + 1);
  if (next < 0 || next - header - 1 > MAX_BLANK_GAP) return -1;
  return SEPARATOR_START.test(lines[next]!) && cellCount(lines[header]!) >= 2 && !SEPARATOR_START.test(lines[header]!) ? next : -1;
}

function nextNonBlank(lines: readonly string[], from: number): number {
  for (let index = from; index < lines.length; index++) if (lines[index]!.trim() !== "") return index;
  return -1;
}

function isRow(line: string): boolean {
  return /^\s{0,3}\|/.test(line) && line.indexOf("|", line.indexOf("|") + 1) > 0;
}

function isValidSeparator(line: string, columns: number): boolean {
  const cells = cellsOf(line);
  return cells.length === columns && cells.every((cell) => VALID_SEPARATOR_CELL.test(cell));
}

/** The cells of a row (escaped pipes and pipes in code spans are rare in these pages and not split on). */
function cellsOf(line: string): string[] {
  let text = line.trim();
  if (text.startsWith("|")) text = text.slice(1);
  if (text.endsWith("|") && !text.endsWith("\\|")) text = text.slice(0, -1);
  return text.split(/(?<!\\)\|/);
}

function cellCount(line: string): number {
  return cellsOf(line).length;
}

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed;
}
