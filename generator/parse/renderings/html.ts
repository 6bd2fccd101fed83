import type { Element, Root as HastRoot, RootContent as HastContent } from "hast";
import { defaultHandlers, toMdast, type State } from "hast-util-to-mdast";
import type { Html as MdastHtml, Root } from "mdast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";

/** Elements that are the site around a page, not the page (and the label of a collapsible block, which the markdown keeps as raw HTML). */
const SITE_CHROME = new Set(["nav", "header", "footer", "aside", "script", "style", "noscript", "template", "summary"]);

const processor = unified().use(rehypeParse).freeze();

/**
 * Whether a page is HTML: by its file name, or by its first tag.
 *
 * @param text The page.
 * @param file Its path.
 * @returns True for an HTML page of a docs website.
 */
export function isHtmlPage(text: string, file: string): boolean {
  return /\.html?$/i.test(file) || /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

/**
 * An HTML page of a docs website as mdast, through the unified ecosystem
 * (rehype-parse, then hast-util-to-mdast), for the one page reader: the site's
 * navigation, header, sidebar and footer are dropped; when the page marks its
 * content (`<main>`, `<article>`), only that is kept. Positions point into the HTML.
 *
 * @param html The page.
 * @returns Its content as mdast.
 */
export function htmlToMdast(html: string): Root {
  const tree = processor.parse(html);
  const content = findFirst(tree.children, (element) => element.tagName === "main") ?? findFirst(tree.children, (element) => element.tagName === "article");
  const kept: HastRoot = { type: "root", children: withoutChrome(content ? content.children : tree.children) };
  return toMdast(kept, { handlers: { a: anchorOrLink } }) as Root;
}

/**
 * A link as a link, and a named anchor (`<a id="UserDto"></a>`, no href) as
 * the raw HTML the markdown source has, so the page reader finds DTO headings
 * the same way in both.
 */
function anchorOrLink(state: State, node: Element): ReturnType<typeof defaultHandlers.a> | MdastHtml {
  const id = node.properties?.["id"] ?? node.properties?.["name"];
  if (node.properties?.["href"] === undefined && typeof id === "string") {
    const html: MdastHtml = { type: "html", value: `<a id="${id.replace(/"/g, "&quot;")}"></a>` };
    state.patch(node, html);
    return html;
  }
  return defaultHandlers.a(state, node);
}

function withoutChrome(nodes: readonly HastContent[]): HastContent[] {
  const kept: HastContent[] = [];
  for (const node of nodes) {
    if (node.type !== "element") {
      kept.push(node);
      continue;
    }
    if (SITE_CHROME.has(node.tagName) || node.properties?.["role"] === "navigation") continue;
    kept.push({ ...node, children: withoutChrome(node.children) as Element["children"] });
  }
  return kept;
}

function findFirst(nodes: readonly HastContent[], test: (element: Element) => boolean): Element | null {
  for (const node of nodes) {
    if (node.type !== "element") continue;
    if (test(node)) return node;
    const inner = findFirst(node.children, test);
    if (inner) return inner;
  }
  return null;
}
