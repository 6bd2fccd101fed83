import { nodeTemplate, type RowTemplate } from "./row-template.js";

/**
 * The characters that can start a construct in CommonMark's inline text
 * (micromark's `text` constructs: `!` image, `&` character reference, `*` and
 * `_` emphasis, `<` autolink and HTML, `[` and `]` links, `\` escape and hard
 * break, `` ` `` code), and the control characters micromark reads as line
 * endings or replaces (NUL).
 */
const INLINE_CONSTRUCT = /[!&*<[\\\]_`\u0000-\u001f]/;

/**
 * Whether a cell's text is plain: none of its characters can start an
 * inline construct, so micromark makes it one text node holding the text as it
 * is (the table extension reads the cell's text as text content; the spaces
 * around it are not part of it). Most description cells are plain.
 *
 * @param text A cell's text, without the spaces around it.
 * @returns True when `plainCellNodes` is what micromark makes of it.
 */
export function isPlainCellText(text: string): boolean {
  return !INLINE_CONSTRUCT.test(text);
}

/**
 * A plain cell text's nodes, as `ParsedTables.cells` keeps them: one text node
 * from the text's first column (1) to after its last (columns count UTF-16
 * code units, as micromark's do).
 *
 * @param text A text `isPlainCellText` accepts.
 * @returns Its nodes' templates.
 */
export function plainCellNodes(text: string): RowTemplate[] {
  return [nodeTemplate({ type: "text", value: text }, 1, 1 + text.length, null)];
}
