import type { Heading, RootContent } from "mdast";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { SourceLocation } from "../ir.js";
import type { TextAt } from "../page.js";
import { classifyHeading, splitGluedHeading, type SectionKind } from "./heading.js";
import { inlineText } from "./inline-text.js";
import { locationOf } from "./location.js";

/**
 * A page cut at its headings into sections, as data: which section (and which
 * data-structure entry inside it) each top-level node belongs to. The page
 * reader then reads each section by its kind; no reader keeps state across
 * sections.
 */
export interface Outline {
  /** The page's front matter node, or null. */
  frontMatter: Extract<RootContent, { type: "yaml" }> | null;
  /** The `# Title`, or null. */
  title: TextAt | null;
  /** Sections in page order; the first is the lead (before any heading). */
  sections: OutlineSection[];
}

/** One section: what its heading says, and the nodes under it. */
export interface OutlineSection {
  /** What the heading introduces; null for the lead and for the part after the title (the page's description). */
  kind: SectionKind | null;
  /** Whether this is the part right after the title, whose paragraphs describe the page. */
  describesPage: boolean;
  /** Where the heading is (the page start for the lead). */
  place: SourceLocation;
  /** Heading depth (2 for a paragraph read as a heading, 0 for the lead). */
  depth: number;
  /** A `Type:` line written on the heading line itself, or null. */
  typeLine: TextAt | null;
  /** Nodes under the heading, before its first data-structure entry. */
  nodes: RootContent[];
  /** Data-structure entries (`### <a id="X"></a> X`) under the section, in order. */
  entries: OutlineEntry[];
}

/** A data-structure entry: a type's name and the nodes under it. */
export interface OutlineEntry {
  name: TextAt;
  nodes: RootContent[];
}

const ANCHOR_ID = /<a\s[^>]*(?:id|name)\s*=\s*["']([^"']+)["']/i;

/** Paragraphs this short that name a section are read as its heading (pages that lost their `#`). */
const HEADING_PARAGRAPH_LENGTH = 40;

/**
 * Cut a page's top-level nodes into sections.
 *
 * - The first level-1 heading is the title; the paragraphs after it, up to the next heading, describe the page.
 * - A heading starts a section of the kind its words say (`classifyHeading`).
 * - An anchored heading, or an unknown level-3 heading inside Data structure,
 *   starts a data-structure entry inside the current section.
 * - A heading with the next heading or a `Type:` line glued onto it is read as two lines, with a warning.
 * - A short paragraph that says Data structure starts that section.
 *
 * @param nodes The top-level nodes of the page's tree.
 * @param file Path of the page.
 * @returns The outline and the warnings about glued headings.
 */
export function outlinePage(nodes: readonly RootContent[], file: string): { outline: Outline; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const pageStart = { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  const outline: Outline = { frontMatter: null, title: null, sections: [newSection(null, pageStart, 0)] };
  const current = (): OutlineSection => outline.sections.at(-1)!;
  const append = (node: RootContent): void => {
    const section = current();
    (section.entries.at(-1)?.nodes ?? section.nodes).push(node);
  };
  for (const node of nodes) {
    const place = locationOf(node, file);
    if (node.type === "yaml") {
      outline.frontMatter ??= node;
      continue;
    }
    if (node.type === "paragraph" && startsDataStructure(node, current())) {
      outline.sections.push(newSection("data-structure", place, 2));
      continue;
    }
    if (node.type !== "heading") {
      append(node);
      continue;
    }
    const text = inlineText(node).text;
    if (node.depth === 1 && !outline.title) {
      outline.title = { text, place };
      outline.sections.push({ ...newSection(null, place, 1), describesPage: true });
      continue;
    }
    const anchorId = headingAnchor(node);
    const glued = splitGluedHeading(text);
    if (glued) {
      diagnostics.push(diagnostic("warning", "glued-heading", `Unexpected \`${clip(glued.rest)}\` on the \`${glued.label}\` heading line, expected it on a line of its own; read as two lines`, place));
      const section = newSection(classifyHeading(glued.label), place, node.depth);
      if (glued.restIsTypeLine) section.typeLine = { text: glued.rest, place };
      else section.entries.push({ name: { text: anchorId ?? glued.rest.split(/\s+/).at(-1)!, place }, nodes: [] });
      outline.sections.push(section);
      continue;
    }
    const kind = classifyHeading(text);
    if (anchorId || (kind === "other" && current().kind === "data-structure" && node.depth >= 3)) {
      current().entries.push({ name: { text: anchorId ?? text.split(/\s+/).at(-1)!, place }, nodes: [] });
      continue;
    }
    outline.sections.push(newSection(kind, place, node.depth));
  }
  return { outline, diagnostics };
}

/**
 * The nodes of a section in page order: its own, then each entry's.
 *
 * @param section A section.
 * @returns Every node under its heading.
 */
export function sectionNodes(section: OutlineSection): RootContent[] {
  return [...section.nodes, ...section.entries.flatMap((entry) => entry.nodes)];
}

function newSection(kind: SectionKind | null, place: SourceLocation, depth: number): OutlineSection {
  return { kind, describesPage: false, place, depth, typeLine: null, nodes: [], entries: [] };
}

function startsDataStructure(node: Extract<RootContent, { type: "paragraph" }>, section: OutlineSection): boolean {
  if (section.describesPage) return false;
  const text = inlineText(node).text;
  return text.length < HEADING_PARAGRAPH_LENGTH && classifyHeading(text) === "data-structure";
}

function headingAnchor(node: Heading): string | null {
  for (const child of node.children) {
    if (child.type !== "html") continue;
    const match = ANCHOR_ID.exec(child.value);
    if (match?.[1]) return match[1];
  }
  return null;
}

function clip(text: string): string {
  return text.length > 40 ? text.slice(0, 40) + "…" : text;
}
