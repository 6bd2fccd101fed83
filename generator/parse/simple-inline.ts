import { nodeTemplate, type RowTemplate } from "./row-template.js";
import { detached } from "./detached.js";

/**
 * The inline nodes of one line of text content (a table cell's, a one-line
 * heading's or paragraph's), read without micromark when the text uses only
 * what reference pages mostly hold there: plain text, code spans
 * (`` `none` ``) and HTML tags (`<br>`, `<a href="#UserDto">`, `</a>`).
 * Anything else (emphasis, links, images, autolinks, character references,
 * escapes, HTML comments, a backtick run nothing closes) gives null, and the
 * text is parsed.
 *
 * What micromark makes of such a text (the spaces around it not part of it) is this:
 * - a run of characters none of which can start an inline construct is one
 *   text node holding them as they are; `_` between two ASCII letters or
 *   digits (`user_id`) is such a character, as it can neither open nor close
 *   emphasis there;
 * - a backtick run up to the next run of the same length is a code span, its
 *   value what lies between, less one space at each end when both ends are
 *   spaces and it is not all spaces;
 * - an open or closing tag as CommonMark defines them is one html node.
 * Tested against micromark with fast-check (`test/parse/simple-inline.test.ts`).
 *
 * @param text The text, one line without the spaces around it.
 * @returns Its nodes' templates, columns counted from the text's first (1), or null when it must be parsed.
 */
export function simpleInlineNodes(text: string): RowTemplate[] | null {
  if (UNREADABLE.test(text)) return null;
  const nodes: RowTemplate[] = [];
  let textStart = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (!STARTS_CONSTRUCT[code] || (code === UNDERSCORE && inWord(text, index))) {
      index++;
      continue;
    }
    const end = code === BACKTICK ? codeSpanEnd(text, index) : code === LESS_THAN ? tagEnd(text, index) : -1;
    if (end < 0) return null;
    if (textStart < index) nodes.push(textNode(text, textStart, index));
    nodes.push(code === BACKTICK ? codeSpanNode(text, index, end) : nodeTemplate({ type: "html", value: detached(text.slice(index, end)) }, index + 1, end + 1, null));
    index = textStart = end;
  }
  if (textStart < index) nodes.push(textNode(text, textStart, index));
  return nodes;
}

/** Escapes (a table cell's `\|` among them), character references and control characters: such a text is parsed. */
const UNREADABLE = /[\\&\u0000-\u001f]/;

const UNDERSCORE = 0x5f;
const BACKTICK = 0x60;
const LESS_THAN = 0x3c;

/**
 * The characters that can start an inline construct here: `*` and `_`
 * emphasis, `<` autolink and HTML, `[` and `]` links and images, `` ` `` code
 * (`\\` and `&` are unreadable; `!` starts an image only before a `[`).
 */
const STARTS_CONSTRUCT: boolean[] = Array.from({ length: 128 }, (_, code) => "*<[]_`".includes(String.fromCharCode(code)));

const WORD_CHARACTER = /[A-Za-z0-9]/;

/** Whether the `_` at `index` has an ASCII letter or digit on each side, past any underscores beside it: the run can neither open nor close emphasis. */
function inWord(text: string, index: number): boolean {
  let before = index;
  while (before > 0 && text.charCodeAt(before - 1) === UNDERSCORE) before--;
  let after = index;
  while (after < text.length && text.charCodeAt(after) === UNDERSCORE) after++;
  return before > 0 && after < text.length && WORD_CHARACTER.test(text[before - 1]!) && WORD_CHARACTER.test(text[after]!);
}

/** Where the code span opened by the backtick run at `start` ends (after its closing run), or -1 when no run of the same length closes it. */
function codeSpanEnd(text: string, start: number): number {
  const length = runLength(text, start);
  for (let index = text.indexOf("`", start + length); index >= 0; ) {
    const closing = runLength(text, index);
    if (closing === length) return index + length;
    index = text.indexOf("`", index + closing);
  }
  return -1;
}

function runLength(text: string, start: number): number {
  let end = start;
  while (text.charCodeAt(end) === BACKTICK) end++;
  return end - start;
}

function codeSpanNode(text: string, start: number, end: number): RowTemplate {
  const fence = runLength(text, start);
  let value = detached(text.slice(start + fence, end - fence));
  if (value.length > 1 && value.startsWith(" ") && value.endsWith(" ") && value.trim() !== "") value = value.slice(1, -1);
  return nodeTemplate({ type: "inlineCode", value }, start + 1, end + 1, null);
}

/**
 * CommonMark's open tag (a tag name, attributes each after white space, an
 * optional `/`) and closing tag, on one line. An attribute value is unquoted
 * (no white space, quotes, `=`, `<`, `>` or backtick), or in single or double quotes.
 */
const TAG = /<(?:[A-Za-z][A-Za-z0-9-]*(?:[ ]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ ]*=[ ]*(?:[^ "'=<>`]+|'[^']*'|"[^"]*"))?)*[ ]*\/?|\/[A-Za-z][A-Za-z0-9-]*[ ]*)>/y;

/** Where the tag at `start` ends, or -1 when none starts there. */
function tagEnd(text: string, start: number): number {
  TAG.lastIndex = start;
  return TAG.test(text) ? TAG.lastIndex : -1;
}

function textNode(text: string, from: number, to: number): RowTemplate {
  return nodeTemplate({ type: "text", value: detached(text.slice(from, to)) }, from + 1, to + 1, null);
}
