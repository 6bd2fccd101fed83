import type { Root } from "mdast";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import type { Processor } from "unified";
import { unified } from "unified";

/**
 * GFM tables, the one GFM construct the IR reads. This is the table half of
 * remark-gfm, built from the same micromark and mdast extensions. The rest of
 * GFM (autolink literals, footnotes, strikethrough, task lists) does not change
 * any text the generator keeps, and autolink literals alone cost about 40 % of
 * the parse time on table-heavy reference pages.
 */
function remarkGfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

/** One frozen processor for every page: markdown, GFM tables, YAML front matter. */
const processor = unified().use(remarkParse).use(remarkGfmTables).use(remarkFrontmatter, ["yaml"]).freeze();

/** Parses markdown into mdast: `parseMarkdown`, or a parser for a pass over many pages (`markdownPassParser`). */
export type MarkdownParser = (markdown: string) => Root;

/**
 * Parse markdown into mdast.
 *
 * @param markdown The page text.
 * @returns The mdast root, with positions.
 */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}
