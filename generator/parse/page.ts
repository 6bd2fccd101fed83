import type { Root } from "mdast";
import { EXIT, visit } from "unist-util-visit";
import { diagnostic, sortDiagnostics, type Diagnostic } from "../diagnostics.js";
import type { SourceLocation } from "../ir.js";
import type { MethodName, PageModel, TextAt } from "../page.js";
import { DEFAULT_PROFILE } from "../profile/index.js";
import type { Profile } from "../profile/profile.js";
import { readGuideOperations } from "./guide-operations.js";
import { locationOf } from "./location.js";
import { markdownPassParser } from "./markdown-pass.js";
import { parseMarkdown, type MarkdownParser } from "./markdown.js";
import { methodNameFromFileName, methodNameFromSampleCode, methodNameFromSection } from "./method-name.js";
import { outlinePage } from "./outline.js";
import { parsePageTree } from "./page-tree.js";
import { readSections, type PageParts } from "./sections.js";
import { sharePoints } from "./share-points.js";

/**
 * Parse one page into its page model. Sections and columns are found by
 * meaning; where the page is malformed but a careful reader could still tell
 * what it means, the guess is made and reported as a warning.
 *
 * @param markdown The page text.
 * @param file Path of the page, used in positions.
 * @param profile The API's profile (which client a page in a given folder belongs to); GenAuth's by default.
 * @param parse The markdown parser (`markdownPassParser` in a pass over many pages).
 * @returns The page model and the diagnostics for this page.
 */
export function parsePage(markdown: string, file: string, profile: Profile = DEFAULT_PROFILE, parse: MarkdownParser = parseMarkdown): { page: PageModel; diagnostics: Diagnostic[] } {
  const { tree, diagnostics } = parsePageTree(markdown, file, parse);
  const read = readPageTree(tree, file, profile);
  return diagnostics.length === 0 ? read : { page: read.page, diagnostics: [...diagnostics, ...read.diagnostics] };
}

/**
 * A page parser for one pass over many pages: `parsePage` with a
 * `markdownPassParser`, so that each distinct block, row and cell is parsed once. Drop
 * it after the pass.
 *
 * @returns The parser.
 */
export function pagePassParser(): (markdown: string, file: string, profile: Profile) => { page: PageModel; diagnostics: Diagnostic[] } {
  const parse = markdownPassParser();
  return (markdown, file, profile) => parsePage(markdown, file, profile, parse);
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
  const { outline, diagnostics: outlined } = outlinePage(nodes, file);
  const { parts, diagnostics: read } = readSections(outline, file);
  diagnostics.push(...sortDiagnostics([...outlined, ...read]));
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
  return { page: sharePoints(page), diagnostics };
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

function pagePlace(file: string): SourceLocation {
  return { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
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
