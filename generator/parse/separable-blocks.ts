/**
 * The blocks of a page that can be parsed, or left unparsed, apart from the
 * rest of it, found by reading its lines:
 *
 * - top-level GFM tables whose parse cannot depend on the rest of the page:
 *   each one's header row starts a line with a pipe after a blank line (so it
 *   closes every list and quote and interrupts nothing), its separator row
 *   follows, every body row starts with a pipe (after up to three spaces), and a blank line, a heading or
 *   the end of the page closes it (no lazy row);
 * - fenced code blocks whose opening fence starts a line (no indent, so no
 *   container holds them and no indent is taken off their lines) and that a
 *   closing fence closes: their lines are text, whatever they hold;
 * - plain blocks: runs of lines between blank lines (or the page's start and
 *   a blank line) that start at the first column, none of them indented, a list item, a
 *   fence or an HTML block that blank lines do not end; or such an HTML block
 *   (a comment…) that starts at the first column after a blank line and is
 *   followed by one. Nothing before such a block is open when it starts (a
 *   blank line ends every paragraph, and an unindented line that is not a list
 *   item ends every list and quote), and nothing in it is open after it, so it
 *   parses the same alone as on its page: headings, paragraphs, quotes, HTML.
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
  /** Plain blocks, in page order. */
  plain: PlainLines[];
}

/** A plain block's lines: indexes of its first and last line. */
export interface PlainLines {
  /** Index of its first line. */
  first: number;
  /** Index of its last line. */
  last: number;
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
/** A body row: a pipe after up to three spaces. */
const BODY_ROW = /^ {0,3}\|/;
const LIST_ITEM = /^(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Find the tables, fenced code blocks and plain blocks of a page that can be parsed apart.
 *
 * @param lines The page's lines (split at `\n`; the page has no `\r`).
 * @returns The blocks, or null when the page starts like front matter that
 *   does not close (the caller then parses the page whole).
 */
export function findSeparableBlocks(lines: readonly string[]): SeparableBlocks | null {
  const start = frontMatterEnd(lines);
  if (start === null) return null;
  const blocks: SeparableBlocks = { tables: [], codes: [], plain: [] };
  let fence: { mark: string; first: number } | null = null;
  let html: { end: RegExp; first: number } | null = null;
  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!;
    if (fence !== null) {
      if (!closesFence(line, fence.mark)) continue;
      if (lines[fence.first]![0] === fence.mark[0]) blocks.codes.push({ first: fence.first, last: index });
      fence = null;
      continue;
    }
    if (html !== null) {
      if (!html.end.test(line)) continue;
      if (standsApart(lines, html.first, index)) blocks.plain.push({ first: html.first, last: index });
      html = null;
      continue;
    }
    const mark = openingFence(line);
    if (mark) {
      fence = { mark, first: index };
      continue;
    }
    const opened = htmlBlockOpenedBy(line);
    if (opened) {
      if (!opened.closes) html = { end: opened.end, first: index };
      else if (standsApart(lines, index, index)) blocks.plain.push({ first: index, last: index });
      continue;
    }
    const table = tableAt(lines, index, start);
    if (table !== null) {
      if (table.standsAlone) blocks.tables.push({ first: table.first, last: table.last });
      index = table.last;
      continue;
    }
    const plain = plainBlockAt(lines, index);
    if (plain !== null) {
      blocks.plain.push(plain);
      index = plain.last;
    }
  }
  return blocks;
}

/** The HTML block that blank lines do not end that a line opens, if any: what ends it, and whether the line itself does. */
function htmlBlockOpenedBy(line: string): { end: RegExp; closes: boolean } | null {
  const html = HTML_BLOCKS.find(([opens]) => opens.test(line));
  if (!html) return null;
  const [opens, end] = html;
  return { end, closes: end.test(line.slice(opens.exec(line)![0].length)) };
}

/** Whether lines from `first` to `last` start at the first column after a blank line (or the page's start) and are followed by a blank line. */
function standsApart(lines: readonly string[], first: number, last: number): boolean {
  const before = lines[first - 1];
  const after = lines[last + 1];
  return lines[first]![0] !== " " && (before === undefined || BLANK.test(before)) && after !== undefined && BLANK.test(after);
}

/** The plain block that starts at this line, if one does: every line up to the next blank one starts at the first column and opens no list item, fence or HTML block that blank lines do not end. */
function plainBlockAt(lines: readonly string[], index: number): PlainLines | null {
  if (index > 0 && !BLANK.test(lines[index - 1]!)) return null;
  let last = index;
  for (; last < lines.length && !BLANK.test(lines[last]!); last++) if (!isPlainLine(lines[last]!)) return null;
  // Followed by a blank line: micromark ends some blocks differently at the end of the text than before a line ending.
  return last === index || last === lines.length ? null : { first: index, last: last - 1 };
}

function isPlainLine(line: string): boolean {
  const first = line[0];
  return first !== " " && first !== "\t" && !LIST_ITEM.test(line) && !FENCE.test(line) && !HTML_BLOCKS.some(([opens]) => opens.test(line));
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
  while (next < lines.length && BODY_ROW.test(lines[next]!)) next++;
  const after = lines[next];
  return { first: index, last: next - 1, standsAlone: after === undefined || BLANK.test(after) || HEADING.test(after) };
}
