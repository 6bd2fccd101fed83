import type { Nodes, PhrasingContent } from "mdast";

/** Text of inline content, with the `#anchor` link targets found in it. */
export interface InlineText {
  /** Plain text: HTML dropped, `<br>` as `\n`, inline code in backticks, external links as markdown. */
  text: string;
  /** `#X` link targets, without `#`, in order of appearance. */
  anchors: readonly string[];
}

/**
 * The anchors of the many cells that link nowhere: one frozen array, not one
 * each (a tenth of the page models' memory on reference pages).
 */
const NO_ANCHORS: readonly string[] = Object.freeze([]);

const BREAK_TAG = /^<br\s*\/?>$/i;
const ANCHOR_HREF = /^<a\s[^>]*href\s*=\s*["']#([^"']+)["']/i;

/**
 * Read the text of a heading, paragraph or table cell the way a reader sees it.
 *
 * @param node An mdast node with inline children.
 * @returns Its text and the anchors it links to.
 */
export function inlineText(node: Nodes): InlineText {
  // Most cells are one text on one line: nothing to fold or collect.
  const only = "children" in node && node.children.length === 1 ? node.children[0]! : null;
  if (only?.type === "text" && !only.value.includes("\n")) return { text: only.value.trim(), anchors: NO_ANCHORS };
  const anchors: string[] = [];
  const text = collect(node, anchors);
  return { text: text.replace(/[ \t]*\n[ \t]*/g, "\n").trim(), anchors: anchors.length === 0 ? NO_ANCHORS : anchors };
}

function collect(node: Nodes, anchors: string[]): string {
  switch (node.type) {
    case "text":
      // A line ending inside a paragraph is a space, as a browser shows it; `<br>` and hard breaks stay line breaks.
      return node.value.replace(/[ \t]*\r?\n[ \t]*/g, " ");
    case "inlineCode":
      return "`" + node.value + "`";
    case "break":
      return "\n";
    case "html":
      return htmlText(node.value, anchors);
    case "image":
      return node.alt ?? "";
    case "link": {
      const label = children(node.children, anchors);
      if (node.url.startsWith("#")) {
        anchors.push(decodeAnchor(node.url.slice(1)));
        return label;
      }
      return `[${label}](${node.url})`;
    }
    default:
      return "children" in node ? children(node.children as PhrasingContent[], anchors) : "";
  }
}

function children(nodes: readonly Nodes[], anchors: string[]): string {
  return nodes.length === 1 ? collect(nodes[0]!, anchors) : nodes.map((child) => collect(child, anchors)).join("");
}

function htmlText(html: string, anchors: string[]): string {
  if (BREAK_TAG.test(html.trim())) return "\n";
  const anchor = ANCHOR_HREF.exec(html);
  if (anchor?.[1]) anchors.push(decodeAnchor(anchor[1]));
  return "";
}

function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}

/**
 * Remove what is left of broken HTML in a header cell, such as `<div Description`
 * or a stray `</div>`, keeping the words.
 *
 * @param text Header text after `inlineText`.
 * @returns The words only.
 */
export function stripTagDebris(text: string): string {
  return text
    .replace(/<\/?[a-z][a-z0-9]*(\s+[\w:-]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))*\s*\/?>?/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}
