/**
 * The blocks of a page that can be parsed, or left unparsed, apart from the
 * rest of it, found by reading its lines:
 *
 * - top-level GFM tables whose parse cannot depend on the rest of the page:
 *   each one's header row starts a line with a pipe after a blank line (so it
 *   closes every list and quote and interrupts nothing), its separator row
 *   follows, every body row starts with a pipe, and a blank line, a heading or
 *   the end of the page closes it (no lazy row);
 * - fenced code blocks whose opening fence starts a line (no indent, so no
 *   container holds them and no indent is taken off their lines) and that a
 *   closing fence closes: their lines are text, whatever they hold.
 *
 * Tables in fenced code, in HTML blocks that run over blank lines (comments,
 * `<pre>`, `<script>`, `<style>`, `<textarea>`, `<?`, `<!X`, CDATA) and in
 * front matter are not tables and are skipped. Blocks that do not fit are left
 * out: the caller parses them with the rest of the page, and checks that the
 * parse agrees with what was found here.
 */

/** A table's lines: indexes of its header row and of its last row. */
export interface TableLines {
  /** Index of the header row's line. */
  first: number;
  /** Index of the last body row's line (the separator's when the table has no body). */
  last: number;
}

/** A fenced code block's lines: indexes of its opening and closing fences. */
export interface CodeLines {
  /** Index of the opening fence's line. */
  first: number;
  /** Index of the closing fence's line. */
  last: number;
}

/** What a page has that can be parsed apart. */
export interface SeparableBlocks {
  /** Top-level tables, in page order. */
  tables: TableLines[];
  /** Unindented, closed fenced code blocks, in page order. */
  codes: CodeLines[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks (CommonMark kinds 1 to 5) that blank lines do not end: how each starts and what ends it. */
const HTML_BLOCKS: readonly (readonly [start: RegExp, end: RegExp])[] = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[ \t>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const SEPARATOR = /^\|[ \t:|-]*-[ \t:|-]*$/;
const BLANK = /^[ \t]*$/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;

/**
 * Find the tables and fenced code blocks of a page that can be parsed apart.
 *
 * @param lines The page's lines (split at `\n`; the page has no `\r`).
 * @returns The blocks, or null when the page starts like front matter that
 *   does not close (the caller then parses the page whole).
 */
export function findSeparableBlocks(lines: readonly string[]): SeparableBlocks | null {
  const start = frontMatterEnd(lines);
  if (start === null) return null;
  const blocks: SeparableBlocks = { tables: [], codes: [] };
  let fence: { mark: string; first: number } | null = null;
  let htmlEnd: RegExp | null = null;
  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!;
    if (fence !== null) {
      if (!closesFence(line, fence.mark)) continue;
      if (lines[fence.first]![0] === fence.mark[0]) blocks.codes.push({ first: fence.first, last: index });
      fence = null;
      continue;
    }
    if (htmlEnd !== null) {
      if (htmlEnd.test(line)) htmlEnd = null;
      continue;
    }
    const mark = openingFence(line);
    if (mark) {
      fence = { mark, first: index };
      continue;
    }
    const html = HTML_BLOCKS.find(([opens]) => opens.test(line));
    if (html) {
      const [opens, ends] = html;
      if (!ends.test(line.slice(opens.exec(line)![0].length))) htmlEnd = ends;
      continue;
    }
    const table = tableAt(lines, index, start);
    if (table === null) continue;
    if (table.standsAlone) blocks.tables.push({ first: table.first, last: table.last });
    index = table.last;
  }
  return blocks;
}

/** The fence a line opens, if any: a backtick fence's info string holds no backtick. */
function openingFence(line: string): string | null {
  const match = FENCE.exec(line);
  if (!match) return null;
  const mark = match[1]!;
  return mark[0] === "`" && line.includes("`", match[0].length) ? null : mark;
}

/**
 * Where the body of the page starts: after YAML front matter, if any.
 *
 * @returns The index of the first line after it, or null when it never closes (or its fence is not plain).
 */
function frontMatterEnd(lines: readonly string[]): number | null {
  const first = lines[0] ?? "";
  if (!first.startsWith("---")) return 0;
  if (first !== "---") return null;
  const close = lines.indexOf("---", 1);
  return close < 0 ? null : close + 1;
}

function closesFence(line: string, fence: string): boolean {
  const match = FENCE.exec(line);
  const mark = match?.[1];
  return mark !== undefined && mark[0] === fence[0] && mark.length >= fence.length && BLANK.test(line.slice(match![0].length));
}

/**
 * The table whose header is this line, if it is one that can be parsed alone.
 *
 * @returns The table's lines, and whether it can be parsed alone; null when no table starts here.
 */
function tableAt(lines: readonly string[], index: number, bodyStart: number): (TableLines & { standsAlone: boolean }) | null {
  const line = lines[index]!;
  if (line[0] !== "|" || (index > bodyStart && !BLANK.test(lines[index - 1]!)) || !SEPARATOR.test(lines[index + 1] ?? "")) return null;
  let next = index + 2;
  while (next < lines.length && lines[next]![0] === "|") next++;
  const after = lines[next];
  return { first: index, last: next - 1, standsAlone: after === undefined || BLANK.test(after) || HEADING.test(after) };
}
