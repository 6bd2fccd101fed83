import type { BlockTemplate } from "./block-template.js";
import { shapeOf, type RowTemplate } from "./row-template.js";
import { simpleInlineNodes } from "./simple-inline.js";

/**
 * A plain block's nodes, read without micromark when it is one line that is
 * an ATX heading or a paragraph whose text `simpleInlineNodes` reads: a
 * page's title, its section headings (`## 请求参数`,
 * `### <a id="UserDto"></a> UserDto`) and one-line paragraphs such as the
 * method name (`` `AuthenticationClient.getUser` ``). Anything else gives
 * null, and the block is parsed.
 *
 * A plain block starts at the first column and is followed by a blank line
 * (`findSeparableBlocks`), so a line is:
 * - a heading when it is one to six `#` then spaces; its content is the rest,
 *   read here only when it does not end in `#` (a closing sequence) or a space;
 * - a paragraph when it starts with an ASCII letter, a character beyond ASCII
 *   or a run of one or two backticks (none of which starts another block) and
 *   does not end in a space or tab (which a paragraph drops).
 * Tested against micromark with fast-check (`test/parse/simple-block.test.ts`).
 *
 * @param text The block's text.
 * @returns Its one node's template, or null when it must be parsed.
 */
export function simpleBlockNodes(text: string): BlockTemplate[] | null {
  if (text.includes("\n") || text === "" || TRAILING_SPACE.test(text)) return null;
  const heading = HEADING.exec(text);
  if (heading !== null) {
    if (text.endsWith("#")) return null;
    const contentStart = heading[0].length;
    const children = simpleInlineNodes(text.slice(contentStart));
    return children && [blockNode({ type: "heading", depth: heading[1]!.length }, 1, text.length + 1, children.map((child) => blockChild(child, contentStart)))];
  }
  if (!PARAGRAPH_START.test(text)) return null;
  const children = simpleInlineNodes(text);
  return children && [blockNode({ type: "paragraph" }, 1, text.length + 1, children.map((child) => blockChild(child, 0)))];
}

const TRAILING_SPACE = /[ \t]$/;
const HEADING = /^(#{1,6}) +(?=\S)/;
const PARAGRAPH_START = /^(?:[A-Za-z\u0080-\uffff]|`{1,2}(?!`))/;

/** An inline node's template as a child of a one-line block, its columns moved by `shift`. */
function blockChild({ fields, from, to, children, shape }: RowTemplate, shift: number): BlockTemplate {
  return blockNode(fields, from + shift, to + shift, children && children.map((child) => blockChild(child, shift)), shape);
}

/** A node's template on the block's one line, from column `from` to before `to`. */
function blockNode(fields: Record<string, unknown>, from: number, to: number, children: BlockTemplate[] | null, shape = shapeOf(fields)): BlockTemplate {
  return { fields, start: { line: 0, column: from, offset: from - 1 }, end: { line: 0, column: to, offset: to - 1 }, children, shape };
}
