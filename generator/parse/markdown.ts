import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** One frozen processor for every page: markdown, GFM tables, YAML front matter. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]).freeze();

/**
 * Parse markdown into mdast.
 *
 * @param markdown The page text.
 * @returns The mdast root, with positions.
 */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}
