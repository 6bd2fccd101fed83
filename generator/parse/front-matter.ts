import type { Yaml } from "mdast";
import { parseDocument } from "yaml";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { HttpOverride } from "../page.js";
import { locationOf } from "./location.js";

/**
 * Read HTTP overrides from a page's YAML front matter:
 *
 * ```yaml
 * http:
 *   method: GET
 *   path: /api/v3/get-user
 * ```
 *
 * @param node The front matter node.
 * @param file Path of the page.
 * @returns The overrides (null where not stated) and diagnostics.
 */
export function readFrontMatter(node: Yaml, file: string): { http: HttpOverride; diagnostics: Diagnostic[] } {
  const place = locationOf(node, file);
  const http: HttpOverride = { verb: null, path: null };
  const document = parseDocument(node.value);
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    const line = place.start.line + 1 + (first.linePos?.[0].line ?? 1) - 1;
    const column = first.linePos?.[0].col ?? 1;
    const at = { file, start: { line, column }, end: { line, column } };
    return { http, diagnostics: [diagnostic("warning", "front-matter", `Unexpected front matter: ${first.message.split("\n")[0]}; it is ignored`, at)] };
  }
  const data: unknown = document.toJS();
  const section = isRecord(data) ? data["http"] : undefined;
  if (section === undefined) return { http, diagnostics: [] };
  if (!isRecord(section)) {
    return { http, diagnostics: [diagnostic("warning", "front-matter", "Unexpected `http` value, expected a mapping with `method` and `path`; it is ignored", place)] };
  }
  const verb = section["method"];
  const path = section["path"];
  if (typeof verb === "string") http.verb = { text: verb, place };
  if (typeof path === "string") http.path = { text: path, place };
  return { http, diagnostics: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
