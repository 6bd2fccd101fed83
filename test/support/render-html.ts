import rehypeStringify from "rehype-stringify";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import { unified, type Processor } from "unified";
import type { Table } from "mdast";
import { parseMarkdown } from "../../generator/parse/markdown.js";
import { visit } from "unist-util-visit";

function gfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const toHtml = unified().use(remarkParse).use(gfmTables).use(remarkFrontmatter, ["yaml"]).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true }).freeze();

/**
 * A markdown page as a docs site publishes it: rendered with remark-rehype and
 * rehype-stringify, inside a page with a navigation bar, a sidebar and a footer.
 *
 * @param markdown The page.
 * @param title The site's title.
 * @returns The HTML page.
 */
export function renderAsDocsSite(markdown: string, title: string): string {
  const body = String(toHtml.processSync(markdown));
  return [
    "<!doctype html>",
    `<html><head><title>${title}</title><style>body{margin:0}</style></head><body>`,
    '<header><nav><a href="/">Docs home</a> <a href="/sdk">SDK</a> <a href="/api">AuthenticationClient.getProfile</a></nav></header>',
    '<aside class="sidebar"><ul><li><a href="/sdk/node">Node.js</a></li><li>Method name</li></ul></aside>',
    `<main><article>${body}</article></main>`,
    "<footer><p>Previous article · Next article</p><p>© Docs team</p></footer>",
    "</body></html>",
  ].join("\n");
}

/**
 * A page with every table row that stops short filled up with empty cells, as
 * a site renders it: HTML shows no row cut short, only empty cells.
 *
 * @param markdown The page.
 * @returns The page as its HTML shows it.
 */
export function padShortRows(markdown: string): string {
  const lines = markdown.split("\n");
  visit(parseMarkdown(markdown), "table", (table: Table) => {
    const width = table.children[0]?.children.length ?? 0;
    for (const row of table.children) {
      const missing = width - row.children.length;
      const line = row.position!.end.line - 1;
      if (missing > 0) lines[line] = `${lines[line]!.replace(/\s*\|?\s*$/, " |")}${" |".repeat(missing)}`;
    }
  });
  return lines.join("\n");
}
