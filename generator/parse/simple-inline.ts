import { nodeTemplate, type RowTemplate } from "./row-template.js";
import { detached } from "./detached.js";

/**
 * The inline nodes of one line of text content (a table cell's, a one-line
 * heading's or paragraph's), read without micromark when the text uses only
 * what reference pages mostly hold there: plain text, code spans
 * (`` `none` ``), HTML tags (`<br>`, `<a href="#UserDto">`, `</a>`), links
 * of plain text (`[API codes](https://…)`) and strong emphasis of plain text
 * (`**Send SMS**`). Anything else (emphasis, images, autolinks, character
 * references, escapes, HTML comments, a backtick run nothing closes, a
 * bracket or asterisk that is not one of these) gives null, and the text is
 * parsed.
 *
 * What micromark makes of such a text (the spaces around it not part of it) is this:
 * - a run of characters none of which can start an inline construct is one
 *   text node holding them as they are; `_` between two ASCII letters or
 *   digits (`user_id`) is such a character, as it can neither open nor close
 *   emphasis there, and so is `!` before anything but a `[`;
 * - a backtick run up to the next run of the same length is a code span, its
 *   value what lies between, less one space at each end when both ends are
 *   spaces and it is not all spaces;
 * - an open or closing tag as CommonMark defines them is one html node;
 * - a link and strong emphasis, as `LINK` and `STRONG` say.
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
    const node = constructAt(text, index, code);
    if (node === null) return null;
    if (textStart < index) nodes.push(textNode(text, textStart, index));
    nodes.push(node);
    // A node's `to` is the column after its last character: the index of the character after it, plus one.
    index = textStart = node.to - 1;
  }
  if (textStart < index) nodes.push(textNode(text, textStart, index));
  return nodes;
}

/** Escapes (a table cell's `\|` among them), character references and control characters: such a text is parsed. */
const UNREADABLE = /[\\&\u0000-\u001f]/;

const UNDERSCORE = 0x5f;
const ASTERISK = 0x2a;
const OPENING_BRACKET = 0x5b;
const EXCLAMATION_MARK = 0x21;
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

/** The code span, tag, link or strong emphasis that starts at `index`, or null when none of these, as read here, does. */
function constructAt(text: string, index: number, code: number): RowTemplate | null {
  if (code === BACKTICK) {
    const end = codeSpanEnd(text, index);
    return end < 0 ? null : codeSpanNode(text, index, end);
  }
  if (code === LESS_THAN) {
    const end = tagEnd(text, index);
    return end < 0 ? null : nodeTemplate({ type: "html", value: detached(text.slice(index, end)) }, index + 1, end + 1, null);
  }
  if (code === OPENING_BRACKET) return linkAt(text, index);
  if (code === ASTERISK) return strongAt(text, index);
  return null;
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

/**
 * An inline link of plain text to a destination without spaces, parentheses,
 * angle brackets or a title (`[API codes](https://…/codes)`), not after a `!`
 * (an image).
 */
const LINK = /\[([^[\]!*<>_`]+)\]\(([^ ()<>]+)\)/y;

function linkAt(text: string, start: number): RowTemplate | null {
  LINK.lastIndex = start;
  const match = start > 0 && text.charCodeAt(start - 1) === EXCLAMATION_MARK ? null : LINK.exec(text);
  if (match === null) return null;
  const end = LINK.lastIndex;
  return nodeTemplate({ type: "link", title: null, url: detached(match[2]!) }, start + 1, end + 1, [textNode(text, start + 1, start + 1 + match[1]!.length)]);
}

/**
 * Strong emphasis of plain text (`**Send SMS**`, `**没有绑定手机号**`): two
 * asterisks, text with no character that can start a construct, starting and
 * ending with a letter or digit, and two asterisks that no third follows. The
 * first pair is then left-flanking and the second right-flanking, the runs are
 * two long (never a multiple of three together), and nothing between them can
 * take part in emphasis: micromark makes them strong emphasis. No asterisk
 * comes right before the first pair: an asterisk there would have been read
 * as part of a construct here, and none of them ends in one.
 */
const STRONG = /\*\*([\p{L}\p{N}](?:[^*_[\]!<`]*[\p{L}\p{N}])?)\*\*(?!\*)/uy;

function strongAt(text: string, start: number): RowTemplate | null {
  STRONG.lastIndex = start;
  const match = STRONG.exec(text);
  if (match === null) return null;
  const end = STRONG.lastIndex;
  return nodeTemplate({ type: "strong" }, start + 1, end + 1, [textNode(text, start + 2, end - 2)]);
}

function textNode(text: string, from: number, to: number): RowTemplate {
  return nodeTemplate({ type: "text", value: detached(text.slice(from, to)) }, from + 1, to + 1, null);
}
