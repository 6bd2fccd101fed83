import type { Heading, Nodes, Root, RootContent } from "mdast";
import { EXIT, visit } from "unist-util-visit";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { SourceLocation } from "../ir.js";
import type { DtoTable, HttpOverride, MethodName, PageModel, RequestSection, ResponseSection, TextAt } from "../page.js";
import { readFrontMatter } from "./front-matter.js";
import { classifyHeading, splitGluedHeading, type SectionKind } from "./heading.js";
import { readGuideOperations } from "./guide-operations.js";
import { inlineText } from "./inline-text.js";
import { locationOf } from "./location.js";
import { parsePageTree } from "./page-tree.js";
import {
  methodNameFromFileName,
  methodNameFromSampleCode,
  methodNameFromSection,
} from "./method-name.js";
import { readTable } from "./table.js";
import { QUALIFIED_NAME, TYPE_LINE_LABEL } from "../vocabulary.js";
import { DEFAULT_PROFILE } from "../profile/index.js";
import type { Profile } from "../profile/profile.js";

const TYPE_LINE = new RegExp(`${TYPE_LINE_LABEL.source}\\s*\`?\\s*([A-Za-z_$][\\w$]*(?:\\[\\])?)\\s*\`?\\s*[.。]?$`, "i");
const INCLUDE = /^!!!include\(([^)]+)\)!!!$/;
const ANCHOR_ID = /<a\s[^>]*(?:id|name)\s*=\s*["']([^"']+)["']/i;

/** What the walk over a page collects. */
interface PageParts {
  title: TextAt | null;
  description: string[];
  http: HttpOverride;
  methodHeading: SourceLocation | null;
  methodParagraphs: TextAt[];
  codeBlocks: TextAt[];
  /** The first code block under a Sample code heading. */
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

/**
 * Parse one page into its page model. Sections and columns are found by
 * meaning; where the page is malformed but a careful reader could still tell
 * what it means, the guess is made and reported as a warning.
 *
 * @param markdown The page text.
 * @param file Path of the page, used in positions.
 * @param profile The API's profile (which client a page in a given folder belongs to); GenAuth's by default.
 * @returns The page model and the diagnostics for this page.
 */
export function parsePage(markdown: string, file: string, profile: Profile = DEFAULT_PROFILE): { page: PageModel; diagnostics: Diagnostic[] } {
  const { tree, diagnostics } = parsePageTree(markdown, file);
  const read = readPageTree(tree, file, profile);
  return diagnostics.length === 0 ? read : { page: read.page, diagnostics: [...diagnostics, ...read.diagnostics] };
}

/**
 * Read a page model out of a page's mdast tree (for callers that also need the tree).
 *
 * @param tree The tree `parsePageTree` made of the page.
 * @param file Path of the page, used in positions.
 * @param profile The API's profile; GenAuth's by default.
 * @returns The page model and the diagnostics for this page.
 */
export function readPageTree(tree: Root, file: string, profile: Profile = DEFAULT_PROFILE): { page: PageModel; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const nodes = tree.children;
  const parts = walkPage(nodes, file, diagnostics);
  const methodDiagnostics: Diagnostic[] = [];
  const method = findMethod(parts, file, methodDiagnostics, profile.pages.clientFolders);
  const operations = method ? null : readGuideOperations(nodes, file);
  const documentsOperations = operations !== null && (operations.endpoints.length > 0 || operations.links.length > 0);
  const named = method || documentsOperations || methodDiagnostics.some((found) => found.severity !== "info") ? null : namedMethod(tree, file);
  // A page that names a method but yields none must say why: exit 0 with nothing made from it would be a silent loss.
  if (named) {
    const skipped = methodDiagnostics.find((found) => found.code === "guide-skipped")?.message.replace(/^Skipped: /, "");
    const why = skipped ?? "no Method name, request or response section was found";
    diagnostics.push(diagnostic("warning", "no-method-found", `Unexpected page that names \`${named.text}\` but makes no method of it: ${why}`, named.place));
  }
  diagnostics.push(...methodDiagnostics.filter((found) => !((documentsOperations || named) && found.code === "guide-skipped")));
  if (operations) diagnostics.push(...operations.diagnostics);
  const base = { file, title: parts.title, description: parts.description.join("\n\n") };
  const page: PageModel = method
    ? {
        ...base,
        kind: "method",
        method,
        http: parts.http,
        request: parts.requests[0] ?? null,
        response: parts.responses[0] ?? null,
        dtos: parts.dtos,
        sampleCode: parts.sampleCode,
        hasDataStructure: parts.hasDataStructure,
      }
    : documentsOperations
      ? { ...base, kind: "guide", endpoints: operations.endpoints, links: operations.links }
      : { ...base, kind: "skipped" };
  return { page, diagnostics };
}

function walkPage(nodes: readonly RootContent[], file: string, diagnostics: Diagnostic[]): PageParts {
  const parts: PageParts = {
    title: null,
    description: [],
    http: { verb: null, path: null },
    methodHeading: null,
    methodParagraphs: [],
    codeBlocks: [],
    sampleCode: null,
    requests: [],
    responses: [],
    topLevelSections: 0,
    strayMethodName: null,
    dtos: [],
    hasDataStructure: false,
  };
  let section: SectionKind | null = null;
  let pendingDto: TextAt | null = null;
  let pendingInclude: TextAt | null = null;

  const flushPendingDto = (): void => {
    if (pendingDto) parts.dtos.push({ name: pendingDto, table: null, include: pendingInclude });
    pendingDto = null;
    pendingInclude = null;
  };
  const startSection = (kind: SectionKind, place: SourceLocation, depth: number): void => {
    flushPendingDto();
    section = kind;
    if (kind === "data-structure") parts.hasDataStructure = true;
    if ((kind === "request" || kind === "response") && depth <= 2) parts.topLevelSections += 1;
    if (kind === "method-name" && !parts.methodHeading) parts.methodHeading = place;
    if (kind === "request") parts.requests.push({ place, typeName: null, table: null });
    if (kind === "response") parts.responses.push({ place, typeName: null, table: null, example: null });
  };
  const applyTypeLine = (text: string, place: SourceLocation): boolean => {
    const match = TYPE_LINE.exec(text.trim());
    if (!match?.[1]) return false;
    const target = section === "request" ? parts.requests.at(-1) : section === "response" ? parts.responses.at(-1) : undefined;
    if (!target || target.typeName) return false;
    target.typeName = { text: match[1], place };
    return true;
  };

  for (const node of nodes) {
    const place = locationOf(node, file);
    switch (node.type) {
      case "yaml": {
        const frontMatter = readFrontMatter(node, file);
        parts.http = frontMatter.http;
        diagnostics.push(...frontMatter.diagnostics);
        break;
      }
      case "heading": {
        const text = inlineText(node).text;
        if (node.depth === 1 && !parts.title) {
          parts.title = { text, place };
          section = null;
          break;
        }
        const anchorId = headingAnchor(node);
        const glued = splitGluedHeading(text);
        if (glued) {
          startSection(classifyHeading(glued.label), place, node.depth);
          diagnostics.push(
            diagnostic("warning", "glued-heading", `Unexpected \`${clip(glued.rest)}\` on the \`${glued.label}\` heading line, expected it on a line of its own; read as two lines`, place),
          );
          if (glued.restIsTypeLine) applyTypeLine(glued.rest, place);
          else pendingDto = { text: anchorId ?? glued.rest.split(/\s+/).at(-1)!, place };
          break;
        }
        if (anchorId) {
          flushPendingDto();
          pendingDto = { text: anchorId, place };
          break;
        }
        const kind = classifyHeading(text);
        if (kind === "other" && section === "data-structure" && node.depth >= 3) {
          flushPendingDto();
          pendingDto = { text: text.split(/\s+/).at(-1)!, place };
          break;
        }
        startSection(kind, place, node.depth);
        break;
      }
      case "paragraph": {
        const text = inlineText(node).text;
        if (section === null && parts.title) {
          if (text !== "") parts.description.push(text);
          break;
        }
        const include = INCLUDE.exec(text);
        if (pendingDto && include?.[1] && !pendingInclude) pendingInclude = { text: include[1], place };
        if (section === "method-name") parts.methodParagraphs.push({ text, place });
        else if (!parts.strayMethodName && QUALIFIED_NAME.test(text)) parts.strayMethodName = { text, place };
        if (applyTypeLine(text, place)) break;
        if (text.length < 40 && classifyHeading(text) === "data-structure") startSection("data-structure", place, 2);
        break;
      }
      case "table": {
        const read = readTableIfWanted(node, section, pendingDto, parts, file);
        if (!read) break;
        diagnostics.push(...read.diagnostics);
        pendingDto = null;
        break;
      }
      case "code": {
        parts.codeBlocks.push({ text: node.value, place });
        // Only a TypeScript or JavaScript sample can become the method's usage example.
        if (section === "sample-code" && !parts.sampleCode && /^(ts|typescript|js|javascript)$/i.test(node.lang ?? "")) parts.sampleCode = { text: node.value, place };
        const response = parts.responses.at(-1);
        if (section === "response" && response && !response.example && looksLikeJson(node.value, node.lang)) {
          response.example = { text: node.value, place };
        }
        break;
      }
      default:
        break;
    }
  }
  flushPendingDto();
  return parts;
}

function readTableIfWanted(
  node: Extract<Nodes, { type: "table" }>,
  section: SectionKind | null,
  pendingDto: TextAt | null,
  parts: PageParts,
  file: string,
): { diagnostics: Diagnostic[] } | null {
  const request = parts.requests.at(-1);
  const response = parts.responses.at(-1);
  const wantsDto = pendingDto !== null;
  const wantsRequest = !wantsDto && section === "request" && request !== undefined && request.table === null;
  const wantsResponse = !wantsDto && section === "response" && response !== undefined && response.table === null;
  if (!wantsDto && !wantsRequest && !wantsResponse) return null;
  const { table, diagnostics } = readTable(node, file);
  if (table && pendingDto) parts.dtos.push({ name: pendingDto, table, include: null });
  else if (table && wantsRequest) request!.table = table;
  else if (table && wantsResponse) response!.table = table;
  return { diagnostics };
}

function findMethod(parts: PageParts, file: string, diagnostics: Diagnostic[], clientFolders: Readonly<Record<string, string>>): MethodName | null {
  if (parts.methodHeading) {
    const named = methodNameFromSection(parts.methodParagraphs);
    if (named) return named;
    diagnostics.push(
      diagnostic("warning", "missing-method-name", "Unexpected Method name section without a name, expected `Client.method` (for example `AuthenticationClient.deleteAccount`); the page is skipped", parts.methodHeading),
    );
    return null;
  }
  const firstSection = parts.requests[0]?.place ?? parts.responses[0]?.place;
  if (parts.requests.length > 1) {
    diagnostics.push(
      diagnostic("info", "guide-skipped", `Skipped: ${parts.requests.length} request sections under topic headings and no Method name section, so this page is a guide to several operations`, parts.requests[1]!.place),
    );
    return null;
  }
  if (!firstSection || parts.topLevelSections === 0) {
    if (parts.strayMethodName) {
      diagnostics.push(
        diagnostic("warning", "method-page-unreadable", `Skipped: \`${parts.strayMethodName.text.replace(/`/g, "")}\` is named here, but the page has no Method name, request or response heading outside code blocks (an unclosed code fence?)`, parts.strayMethodName.place),
      );
      return null;
    }
    diagnostics.push(diagnostic("info", "guide-skipped", "Skipped: no Method name, request or response section, so this page documents no SDK method", parts.title?.place ?? pagePlace(file)));
    return null;
  }
  const inferred = methodNameFromSampleCode(parts.codeBlocks, file) ?? methodNameFromFileName(file, parts.title?.place ?? firstSection, clientFolders);
  if (inferred) {
    diagnostics.push(inferred.warning);
    return inferred.method;
  }
  diagnostics.push(
    diagnostic("warning", "missing-method-name", "Unexpected method page without a method name, expected a `## Method name` section with `Client.method`; the page is skipped", firstSection),
  );
  return null;
}

function headingAnchor(node: Heading): string | null {
  for (const child of node.children) {
    if (child.type !== "html") continue;
    const match = ANCHOR_ID.exec(child.value);
    if (match?.[1]) return match[1];
  }
  return null;
}

function looksLikeJson(code: string, lang: string | null | undefined): boolean {
  return lang === "json" || /^\s*[[{]/.test(code);
}

function pagePlace(file: string): SourceLocation {
  return { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}

function clip(text: string): string {
  return text.length > 40 ? text.slice(0, 40) + "…" : text;
}

/** A `Client.method` named anywhere in the page's text or code, with its place. */
function namedMethod(tree: Root, file: string): TextAt | null {
  let found: TextAt | null = null;
  visit(tree, (node) => {
    if (found || !("value" in node) || typeof node.value !== "string") return found ? EXIT : undefined;
    const match = /\b([A-Z]\w*Client)\.([A-Za-z_]\w*)\b/.exec(node.value);
    if (match) found = { text: `${match[1]}.${match[2]}`, place: locationOf(node, file) };
    return found ? EXIT : undefined;
  });
  return found;
}
