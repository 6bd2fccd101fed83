import { cleanedToMarkdown, isCleanedRendering } from "./cleaned.js";
import type { TextRewrite } from "./rewrite.js";
import { isWebsiteText, websiteToMarkdown } from "./website.js";

/** The forms a reference page is read in. */
export type Rendering = "markdown" | "cleaned" | "website";

/**
 * Which form a page is in: the markdown source, a cleaned rendering (section
 * labels on their own lines, no `#`), or text copied from the docs website
 * (`¶` headings, flattened tables).
 *
 * @param lines The page's lines.
 * @returns The form.
 */
export function renderingOf(lines: readonly string[]): Rendering {
  if (isWebsiteText(lines)) return "website";
  if (isCleanedRendering(lines)) return "cleaned";
  return "markdown";
}

/**
 * A page in any form, as the markdown the page reader reads. Each form has its
 * own module; markdown passes through untouched.
 *
 * @param text The page.
 * @returns The markdown, a line map to the page (null for markdown) and what was guessed.
 */
export function toMarkdown(text: string): TextRewrite & { rendering: Rendering } {
  // Cheap tests first: most pages are markdown with headings.
  if (!text.includes("¶") && /^#{1,6}\s/m.test(text)) return { text, lineOf: null, repairs: [], rendering: "markdown" };
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const rendering = renderingOf(lines);
  if (rendering === "website") return { ...websiteToMarkdown(lines), rendering };
  if (rendering === "cleaned") return { ...cleanedToMarkdown(lines), rendering };
  return { text, lineOf: null, repairs: [], rendering };
}
