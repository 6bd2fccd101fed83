import type { Code, Paragraph, RootContent, Table as MdTable } from "mdast";
import type { Diagnostic } from "../diagnostics.js";
import type { SourceLocation } from "../ir.js";
import type { DtoTable, HttpOverride, RequestSection, ResponseSection, Table, TextAt } from "../page.js";
import { QUALIFIED_NAME, TYPE_LINE_LABEL } from "../vocabulary.js";
import { readFrontMatter } from "./front-matter.js";
import { inlineText } from "./inline-text.js";
import { locationOf } from "./location.js";
import { sectionNodes, type Outline, type OutlineEntry, type OutlineSection } from "./outline.js";
import { readTable } from "./table.js";

/** What the sections of a page hold, read by kind. */
export interface PageParts {
  title: TextAt | null;
  description: string[];
  http: HttpOverride;
  methodHeading: SourceLocation | null;
  methodParagraphs: TextAt[];
  codeBlocks: TextAt[];
  /** The first TypeScript or JavaScript code block under a Sample code heading. */
  sampleCode: TextAt | null;
  requests: RequestSection[];
  responses: ResponseSection[];
  /** How many request or response sections have a level-2 heading (the method page layout). */
  topLevelSections: number;
  /** A `Client.method` paragraph outside any Method name section. */
  strayMethodName: TextAt | null;
  dtos: DtoTable[];
  hasDataStructure: boolean;
}

const TYPE_LINE = new RegExp(`${TYPE_LINE_LABEL.source}\\s*\`?\\s*([A-Za-z_$][\\w$]*(?:\\[\\])?)\\s*\`?\\s*[.。]?$`, "i");
const INCLUDE = /^!!!include\(([^)]+)\)!!!$/;

/**
 * Read every section of an outline by its kind: the Method name section's
 * paragraphs, the request and response sections' `Type:` line and table (and
 * the response's example), the first sample in Sample code, and the tables of
 * the data-structure entries.
 *
 * @param outline The page, cut into sections.
 * @param file Path of the page.
 * @returns What the page holds, and what reading its tables and front matter said.
 */
export function readSections(outline: Outline, file: string): { parts: PageParts; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const frontMatter = outline.frontMatter ? readFrontMatter(outline.frontMatter, file) : null;
  if (frontMatter) diagnostics.push(...frontMatter.diagnostics);
  const parts: PageParts = {
    title: outline.title,
    description: [],
    http: frontMatter?.http ?? { verb: null, path: null },
    methodHeading: outline.sections.find((section) => section.kind === "method-name")?.place ?? null,
    methodParagraphs: [],
    codeBlocks: [],
    sampleCode: null,
    requests: [],
    responses: [],
    topLevelSections: outline.sections.filter((section) => (section.kind === "request" || section.kind === "response") && section.depth <= 2).length,
    strayMethodName: null,
    dtos: [],
    hasDataStructure: outline.sections.some((section) => section.kind === "data-structure"),
  };
  for (const section of outline.sections) {
    const nodes = sectionNodes(section);
    const paragraphs = nodes.filter((node): node is Paragraph => node.type === "paragraph").map((node) => ({ text: inlineText(node).text, place: locationOf(node, file) }));
    const codes = nodes.filter((node): node is Code => node.type === "code");
    parts.codeBlocks.push(...codes.map((node) => ({ text: node.value, place: locationOf(node, file) })));
    if (section.describesPage) parts.description.push(...paragraphs.map((paragraph) => paragraph.text).filter((text) => text !== ""));
    else if (section.kind === "method-name") parts.methodParagraphs.push(...paragraphs);
    else parts.strayMethodName ??= paragraphs.find((paragraph) => QUALIFIED_NAME.test(paragraph.text)) ?? null;
    if (section.kind === "sample-code") parts.sampleCode ??= firstSample(codes, file);
    const read = (node: MdTable): Table | null => readWanted(node, file, diagnostics);
    const holdsTable = section.kind === "request" || section.kind === "response";
    const ownTable = holdsTable ? firstTable(section.nodes, read) : null;
    const leftover: MdTable[] = [];
    for (const entry of section.entries) {
      const dto = readEntry(entry, read, leftover);
      if (dto) parts.dtos.push(dto);
    }
    const table = ownTable ?? (holdsTable ? firstTable(leftover, read) : null);
    const typeName = section.typeLine ? typeLineOf(section.typeLine) : firstTypeLine(paragraphs);
    if (section.kind === "request") parts.requests.push({ place: section.place, typeName, table });
    if (section.kind === "response") parts.responses.push({ place: section.place, typeName, table, example: firstJson(codes, file) });
  }
  return { parts, diagnostics };
}

/** An entry's type: its first table (an entry whose table cannot be read is left out), or its `!!!include` when it has none. Tables after the first are left for the section. */
function readEntry(entry: OutlineEntry, read: (node: MdTable) => Table | null, leftover: MdTable[]): DtoTable | null {
  const tables = entry.nodes.filter((node): node is MdTable => node.type === "table");
  const [first, ...rest] = tables;
  leftover.push(...rest);
  if (first) {
    const table = read(first);
    return table ? { name: entry.name, table, include: null } : null;
  }
  const include = entry.nodes.map((node) => (node.type === "paragraph" ? INCLUDE.exec(inlineText(node).text) : null)).find((match) => match?.[1]);
  const place = entry.nodes.find((node) => node.type === "paragraph" && INCLUDE.test(inlineText(node).text));
  return { name: entry.name, table: null, include: include?.[1] && place ? { text: include[1], place: locationOf(place, entry.name.place.file) } : null };
}

/** The first table of these nodes that can be read (each one tried is read, and what reading it said is kept). */
function firstTable(nodes: readonly RootContent[], read: (node: MdTable) => Table | null): Table | null {
  for (const node of nodes) {
    if (node.type !== "table") continue;
    const table = read(node);
    if (table) return table;
  }
  return null;
}

function readWanted(node: MdTable, file: string, diagnostics: Diagnostic[]): Table | null {
  const { table, diagnostics: found } = readTable(node, file);
  diagnostics.push(...found);
  return table;
}

function firstTypeLine(paragraphs: readonly TextAt[]): TextAt | null {
  for (const paragraph of paragraphs) {
    const typeName = typeLineOf(paragraph);
    if (typeName) return typeName;
  }
  return null;
}

function typeLineOf(line: TextAt): TextAt | null {
  const match = TYPE_LINE.exec(line.text.trim());
  return match?.[1] ? { text: match[1], place: line.place } : null;
}

/** Only a TypeScript or JavaScript sample can become the method's usage example. */
function firstSample(codes: readonly Code[], file: string): TextAt | null {
  const sample = codes.find((node) => /^(ts|typescript|js|javascript)$/i.test(node.lang ?? ""));
  return sample ? { text: sample.value, place: locationOf(sample, file) } : null;
}

function firstJson(codes: readonly Code[], file: string): TextAt | null {
  const example = codes.find((node) => node.lang === "json" || /^\s*[[{]/.test(node.value));
  return example ? { text: example.value, place: locationOf(example, file) } : null;
}
