/** How much input doc2sdk takes before it refuses, so that no page can exhaust time or memory. */
export interface InputLimits {
  /** Largest page, in bytes. */
  maxPageBytes: number;
  /** All pages together, in bytes. */
  maxTotalBytes: number;
  /** Deepest nesting of lists and block quotes in a page. */
  maxNesting: number;
}

/** The defaults: far above any real reference page (the largest in the GenAuth reference is under 100 KB, nested 4 deep). */
export const DEFAULT_LIMITS: InputLimits = { maxPageBytes: 4 * 1024 * 1024, maxTotalBytes: 512 * 1024 * 1024, maxNesting: 32 };

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/** What a line's first character after spaces and tabs must be for the line to open or close a fence, quote or list item. */
const MAY_NEST = /[>`~*+\-0-9]|\s/;

/**
 * How deeply a page nests lists and block quotes, outside fenced code, and
 * where: each `>` and each list marker indented further than the last counts one.
 *
 * @param text The page.
 * @returns The deepest nesting and its 1-based line.
 */
export function nestingDepth(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  let fence: string | null = null;
  const indents: number[] = [];
  let lineNumber = 0;
  // Line by line without splitting the page: most lines are only looked at, and a whole corpus of them was a tenth of a warm run.
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    lineNumber++;
    // Most lines of a reference page (table rows, headings, prose) start with something else: nothing to match. Such a line
    // leaves the depth where it is, and one that starts at the margin closes the lists (as below).
    let lead = start;
    while (lead < end && (text.charCodeAt(lead) === 32 || text.charCodeAt(lead) === 9)) lead++;
    const first = lead < end ? text.charAt(lead) : "";
    const atMargin = lead === start;
    const line = MAY_NEST.test(first) ? text.slice(start, end) : null;
    start = end + 1;
    if (line === null) {
      if (fence === null && first !== "" && atMargin) indents.length = 0;
      continue;
    }
    const mark = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (mark && mark[0] === fence[0] && mark.length >= fence.length) fence = null;
      continue;
    }
    if (mark) {
      fence = mark;
      continue;
    }
    const quotes = /^[\s>]*/.exec(line)![0].split(">").length - 1;
    const item = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]/.exec(line.replace(/^[\s>]*>/, ""));
    if (item) {
      const indent = item[1]!.replace(/\t/g, "    ").length;
      while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop();
      indents.push(indent);
    } else if (line.trim() === "") {
      // a blank line keeps the list open
    } else if (!/^\s/.test(line)) indents.length = 0;
    const depth = quotes + indents.length;
    if (depth > deepest.depth) deepest = { depth, line: lineNumber };
  }
  return deepest;
}
