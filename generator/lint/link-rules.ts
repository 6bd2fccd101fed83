import type { Heading, Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { locationOf } from "../parse/location.js";

const HTML_ANCHOR_ID = /<a\s[^>]*(?:id|name)\s*=\s*["']([^"']+)["']/gi;
const HTML_HREF = /<a\s[^>]*href\s*=\s*["']([^"']+)["']/gi;

/** One page's tree, for the link check. */
export interface LinkedPage {
  /** Path of the page, as the other pages' links resolve it (relative to the working folder, `/`-separated). */
  file: string;
  tree: Root;
}

/**
 * Links that lead nowhere: `#anchor` links to no heading or `<a id>` on the
 * page (nor a type any page defines, which is how DTO links work), and
 * relative links to `.md` pages that are not among the docs. External links
 * are not fetched.
 *
 * @param pages Every page's tree.
 * @param typeNames Types the docs define (a `#UserDto` link is fine on a page that only uses it).
 * @returns One warning per dangling link, at the link.
 */
export function danglingLinks(pages: readonly LinkedPage[], typeNames: ReadonlySet<string>): Diagnostic[] {
  const files = new Set(pages.map((page) => page.file));
  const anchorsByFile = new Map(pages.map((page) => [page.file, anchorsOf(page.tree)] as const));
  const found: Diagnostic[] = [];
  for (const page of pages) {
    const anchors = anchorsByFile.get(page.file)!;
    for (const { target, node } of linksOf(page.tree)) {
      const problem = linkProblem(target, page.file, anchors, anchorsByFile, files, typeNames);
      if (problem) found.push(diagnostic("warning", "dangling-link", problem, locationOf(node, page.file)));
    }
  }
  return found;
}

function linkProblem(
  target: string,
  file: string,
  anchors: ReadonlySet<string>,
  anchorsByFile: ReadonlyMap<string, ReadonlySet<string>>,
  files: ReadonlySet<string>,
  typeNames: ReadonlySet<string>,
): string | null {
  // External and site-root links cannot be resolved from the docs alone.
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("/")) return null;
  const [pathPart = "", fragment] = target.split("#", 2);
  const decoded = fragment === undefined ? undefined : safeDecode(fragment);
  if (pathPart === "") {
    if (decoded === undefined || anchors.has(decoded) || anchors.has(slug(decoded)) || typeNames.has(decoded)) return null;
    return `Unexpected link to \`#${decoded}\`, expected a heading or \`<a id>\` of that name on this page, or a type the docs define`;
  }
  if (!/\.md$/i.test(pathPart)) return null;
  const resolved = joinPath(file, safeDecode(pathPart));
  if (!files.has(resolved)) return `Unexpected link to \`${pathPart}\`, expected a page among the docs (resolved to \`${resolved}\`)`;
  if (decoded !== undefined) {
    const other = anchorsByFile.get(resolved)!;
    if (!other.has(decoded) && !other.has(slug(decoded))) return `Unexpected link to \`${pathPart}#${decoded}\`, expected a heading or \`<a id>\` of that name on that page`;
  }
  return null;
}

/** Anchors a page offers: heading slugs (as GitHub and VuePress make them) and `<a id>`/`<a name>` values. */
function anchorsOf(tree: Root): Set<string> {
  const anchors = new Set<string>();
  visit(tree, (node: Nodes) => {
    if (node.type === "heading") anchors.add(slug(headingText(node)));
    if (node.type === "html") for (const match of node.value.matchAll(HTML_ANCHOR_ID)) anchors.add(match[1]!);
  });
  return anchors;
}

function linksOf(tree: Root): { target: string; node: Nodes }[] {
  const links: { target: string; node: Nodes }[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type === "link") links.push({ target: node.url, node });
    if (node.type === "html") for (const match of node.value.matchAll(HTML_HREF)) links.push({ target: match[1]!, node });
  });
  return links;
}

function headingText(node: Heading): string {
  return toString(node);
}

/**
 * The anchor a heading gets: lower case, punctuation dropped, spaces as `-`.
 *
 * @param text Heading text.
 * @returns The slug.
 */
export function slug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function joinPath(from: string, relative: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
