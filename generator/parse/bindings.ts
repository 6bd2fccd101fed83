import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { SourceLocation } from "../ir.js";
import type { TextAt } from "../page.js";

/** One method's binding, as a bindings file states it. */
export interface BindingEntry {
  /** Client class, e.g. `AuthenticationClient`. */
  client: string;
  /** Method name as the SDK has it, e.g. `list`. */
  method: string;
  /** The HTTP verb, or null to keep the rule's. */
  verb: TextAt | null;
  /** The path, or null to keep the rule's. */
  path: TextAt | null;
  /** Where the entry's key is. */
  place: SourceLocation;
}

/** A bindings file, read. */
export interface Bindings {
  /** Its path, for positions. */
  file: string;
  entries: BindingEntry[];
}

const KEY = /^([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)$/;

/**
 * Read a bindings file: a YAML (or JSON) mapping from `Client.method` to the
 * verb and path the API really uses, for the methods the rule gets wrong.
 *
 * ```yaml
 * AuthenticationClient.list:
 *   method: GET
 *   path: /api/v3/mydevices/list
 * ```
 *
 * @param text The file's text.
 * @param file Its path, for positions.
 * @returns The entries and diagnostics (each malformed entry is an error at its position; the rest are read).
 */
export function parseBindings(text: string, file: string): { bindings: Bindings; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const at = (node: YamlNode | null | undefined): SourceLocation => {
    const [start, , end] = node?.range ?? [0, 0, 0];
    const from = lines.linePos(start);
    const to = lines.linePos(end);
    return { file, start: { line: from.line, column: from.col }, end: { line: to.line, column: to.col } };
  };
  const diagnostics: Diagnostic[] = [];
  const entries: BindingEntry[] = [];
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const place = { file, start: { line: error.linePos?.[0].line ?? 1, column: error.linePos?.[0].col ?? 1 }, end: { line: error.linePos?.[0].line ?? 1, column: error.linePos?.[0].col ?? 1 } };
    return { bindings: { file, entries }, diagnostics: [diagnostic("error", "bindings", `Unexpected bindings file: ${error.message.split("\n")[0]}`, place)] };
  }
  if (document.contents === null) return { bindings: { file, entries }, diagnostics };
  if (!isMap(document.contents)) return { bindings: { file, entries }, diagnostics: [diagnostic("error", "bindings", "Unexpected bindings file, expected a mapping of `Client.method` to `{ method, path }`", at(document.contents))] };
  for (const pair of document.contents.items) {
    const keyNode = pair.key as YamlNode;
    const key = isScalar(keyNode) ? String(keyNode.value) : "";
    const match = KEY.exec(key);
    if (!match) {
      diagnostics.push(diagnostic("error", "bindings", `Unexpected key \`${key}\`, expected \`Client.method\``, at(keyNode)));
      continue;
    }
    const value = pair.value as YamlNode | null;
    if (!isMap(value)) {
      diagnostics.push(diagnostic("error", "bindings", `Unexpected value for \`${key}\`, expected a mapping with \`method\` and/or \`path\``, at(value ?? keyNode)));
      continue;
    }
    const read = (name: string): TextAt | null => {
      const node = value.get(name, true) as YamlNode | undefined;
      if (node === undefined) return null;
      if (!isScalar(node) || typeof node.value !== "string") {
        diagnostics.push(diagnostic("error", "bindings", `Unexpected \`${name}\` for \`${key}\`, expected a string`, at(node)));
        return null;
      }
      return { text: node.value, place: at(node) };
    };
    for (const unknown of value.items.map((item) => String((item.key as YamlNode & { value?: unknown }).value ?? "")).filter((name) => name !== "method" && name !== "path")) {
      diagnostics.push(diagnostic("error", "bindings", `Unexpected \`${unknown}\` for \`${key}\`, expected \`method\` or \`path\``, at(keyNode)));
    }
    entries.push({ client: match[1]!, method: match[2]!, verb: read("method"), path: read("path"), place: at(keyNode) });
  }
  return { bindings: { file, entries }, diagnostics };
}
