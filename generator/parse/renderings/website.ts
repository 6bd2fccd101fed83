import type { ColumnRole } from "../../page.js";
import { ARRAY_TYPE_WORDS, ENUM_TYPE_WORD, FLATTENED_COLUMN_HEADERS, FLATTENED_YES_NO, OBJECT_TYPE_WORDS, PRIMITIVE_TYPE_WORDS, TYPE_LINE_LABEL, WEBSITE_CHROME, WEBSITE_FOOTER } from "../../vocabulary.js";
import { classifyColumn } from "../columns.js";
import { classifyHeading } from "../heading.js";
import { RewriteBuilder, type TextRewrite } from "./rewrite.js";

/** A heading as the docs website renders it: `¶ Request parameters`. */
const PILCROW_HEADING = /^\s*¶\s*(.+?)\s*$/;
/** Column labels a flattened header is glued from, longest first. */
const COLUMN_LABELS = [...FLATTENED_COLUMN_HEADERS].sort((a, b) => b.length - a.length);
/** Type words, longest first, so `integer` is not read as `int` + `eger`. */
const TYPE_WORDS = [...Object.keys(PRIMITIVE_TYPE_WORDS), ...ARRAY_TYPE_WORDS, ...OBJECT_TYPE_WORDS, ENUM_TYPE_WORD].sort((a, b) => b.length - a.length);
/** A `Type: IsSuccessRespDto` line, with the name. */
const TYPE_LINE_NAME = new RegExp(`${TYPE_LINE_LABEL.source}\\s*\`?([A-Za-z_$][\\w$]*)\`?\\s*$`, "i");
const YES_NO = new RegExp(`^(${FLATTENED_YES_NO.join("|")})`, "i");
const IDENTIFIER_START = /^[A-Za-z_$]/;
const QUALIFIED = /^[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*$/;

/**
 * Whether a page is text copied from the docs website: its headings start with `¶`.
 *
 * @param lines The page's lines.
 * @returns True when it reads as one.
 */
export function isWebsiteText(lines: readonly string[]): boolean {
  return lines.filter((line) => PILCROW_HEADING.test(line)).length >= 2;
}

/**
 * Rewrite text copied from the docs website as markdown. The site's
 * navigation before the first `¶` heading and its footer are dropped; `¶`
 * headings become headings (a name under Data structure, a DTO heading);
 * flattened tables are rebuilt from what the page itself tells: the column
 * headers, the type words, the DTO names of its own headings and the yes/no
 * words; lines that continue a cell (enum lists) are joined to it; the example
 * JSON is fenced where its braces close.
 *
 * @param lines The page's lines.
 * @returns The markdown, its line map, and a warning where a cell could not be split with confidence.
 */
export function websiteToMarkdown(lines: readonly string[]): TextRewrite {
  const out = new RewriteBuilder();
  const start = lines.findIndex((line) => PILCROW_HEADING.test(line));
  const footer = lines.findIndex((line, index) => index > start && WEBSITE_FOOTER.test(line));
  const end = footer < 0 ? lines.length : footer;
  const typeNames = pageTypeNames(lines.slice(start, end));
  let section: ReturnType<typeof classifyHeading> | null = null;
  let titled = false;
  for (let index = start; index < end; index++) {
    const raw = lines[index]!;
    const line = index + 1;
    const heading = PILCROW_HEADING.exec(raw)?.[1];
    if (heading !== undefined) {
      out.blank(line);
      const kind = classifyHeading(heading);
      if (!titled) out.push(`# ${heading}`, line);
      else if (kind === "other" && section === "data-structure" && /^[A-Za-z_$][\w$]*$/.test(heading)) out.push(`### <a id="${heading}"></a> ${heading}`, line);
      else out.push(`## ${heading}`, line);
      out.push("", line);
      titled = true;
      if (kind !== "other") section = kind;
      continue;
    }
    if (WEBSITE_CHROME.test(raw)) continue;
    const header = headerAt(lines, index, end);
    if (header) {
      index = rebuildTable(lines, header, end, typeNames, out);
      continue;
    }
    if (/^\s*[{[]\s*$/.test(raw)) {
      index = fenceJson(lines, index, end, out);
      continue;
    }
    if (section === "method-name" && QUALIFIED.test(raw.trim())) {
      out.push(`\`${raw.trim()}\``, line);
      continue;
    }
    // A pipe table the site left as text: it needs a blank line before it, or it continues the list item above.
    if (raw.includes("|") && /^\s*\|?\s*:?-{3,}/.test(lines[index + 1] ?? "")) out.blank(line);
    out.push(restoreCode(raw), line);
  }
  return out.build();
}

/** DTO names the page gives in its own headings and `Type:` lines. */
function pageTypeNames(lines: readonly string[]): string[] {
  const names = new Set<string>();
  for (const line of lines) {
    const heading = PILCROW_HEADING.exec(line)?.[1];
    if (heading && /^[A-Za-z_$][\w$]*$/.test(heading)) names.add(heading);
    const typeLine = TYPE_LINE_NAME.exec(line.trim())?.[1];
    if (typeLine) names.add(typeLine);
  }
  return [...names].sort((a, b) => b.length - a.length);
}

/** A flattened table header starting at `index`: its column roles and where its rows start. */
function headerAt(lines: readonly string[], index: number, end: number): { roles: ColumnRole[]; labels: string[]; rowsFrom: number } | null {
  const labels: string[] = [];
  let next = index;
  while (next < end) {
    const parts = splitLabels(lines[next]!.trim());
    if (!parts) break;
    labels.push(...parts);
    next++;
  }
  if (labels.length < 2) return null;
  const roles = labels.map((label) => classifyColumn(label));
  if (roles[0] !== "name" || roles[1] !== "type" || roles.some((role) => role === null)) return null;
  return { roles: roles as ColumnRole[], labels, rowsFrom: next };
}

/** A header line glued from known column labels (`NameType`), or null. */
function splitLabels(text: string): string[] | null {
  if (text === "") return null;
  const labels: string[] = [];
  let rest = text;
  while (rest !== "") {
    const label = COLUMN_LABELS.find((candidate) => rest.toLowerCase().startsWith(candidate.toLowerCase()));
    if (!label) return null;
    labels.push(rest.slice(0, label.length));
    rest = rest.slice(label.length).trimStart();
  }
  return labels;
}

/** Emit a markdown table for the flattened one at `header`; returns the index of its last line. */
function rebuildTable(lines: readonly string[], header: { roles: ColumnRole[]; labels: string[]; rowsFrom: number }, end: number, typeNames: readonly string[], out: RewriteBuilder): number {
  const headerLine = header.rowsFrom;
  out.blank(headerLine);
  out.push(`| ${header.labels.join(" | ")} |`, headerLine);
  out.push(`|${" --- |".repeat(header.labels.length)}`, headerLine);
  const rows: { cells: string[]; line: number }[] = [];
  let last = header.rowsFrom - 1;
  let unsplit = 0;
  for (let index = header.rowsFrom; index < end; index++) {
    const raw = lines[index]!;
    if (raw.trim() === "" || PILCROW_HEADING.test(raw)) break;
    const cells = splitRow(raw.trim(), header.roles, typeNames);
    const row = rows.at(-1);
    const described = header.roles.indexOf("description");
    if (cells) {
      rows.push({ cells, line: index + 1 });
      if (header.roles.includes("example")) unsplit++;
    } else if (row && described >= 0 && continuesCell(raw.trim(), row.cells[described]!)) {
      row.cells[described] = `${row.cells[described]}<br>${continuation(raw.trim())}`;
    } else break;
    last = index;
  }
  for (const row of rows) out.push(`| ${row.cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`, row.line);
  out.push("", last + 1);
  if (unsplit > 0) {
    out.repairs.push({
      line: header.rowsFrom + 1,
      message: `Unexpected table with its cells glued together (text copied from the website); rows split by the column headers, type words, DTO names and yes/no words, but a sample value glued to the end of a description cannot be told from it: kept in the description`,
    });
  }
  return last;
}

/**
 * Split a row whose cells are glued: the name is an identifier followed by a
 * type word or one of the page's DTO names, then a yes/no word where the table
 * has a required column, then a default value ended by the description's
 * capitalised first word, then the description.
 */
function splitRow(text: string, roles: readonly ColumnRole[], typeNames: readonly string[]): string[] | null {
  if (!IDENTIFIER_START.test(text)) return null;
  for (let at = 1; at < text.length; at++) {
    if (!/^[A-Za-z_$][\w$]*$/.test(text.slice(0, at))) break;
    const type = typeAt(text.slice(at), typeNames);
    if (!type) continue;
    const cells = restOfRow(text.slice(at + type.length), roles.slice(2));
    if (cells) return [text.slice(0, at), type, ...cells];
  }
  return null;
}

/** The type word at the start of a text: a DTO name of the page, or a primitive, with `[]` if it follows. */
function typeAt(text: string, typeNames: readonly string[]): string | null {
  const word = typeNames.find((name) => text.startsWith(name)) ?? TYPE_WORDS.find((name) => text.startsWith(name));
  if (!word) return null;
  return text.slice(word.length).startsWith("[]") ? `${word}[]` : word;
}

/** The cells after the type, by role; null when a required cell is not a yes/no word. */
function restOfRow(text: string, roles: readonly ColumnRole[]): string[] | null {
  const cells: string[] = [];
  let rest = text;
  for (const role of roles) {
    if (role === "required") {
      const word = YES_NO.exec(rest)?.[1];
      if (!word) return null;
      cells.push(word);
      rest = rest.slice(word.length);
    } else if (role === "default") {
      const value = defaultValueAt(rest);
      cells.push(value);
      rest = rest.slice(value.length);
    } else if (role === "description") {
      // A description starts a sentence: a lowercase letter here means the split before it was wrong (`statusCod` + `enum` + `ber…`).
      if (/^[a-z]/.test(rest)) return null;
      cells.push(rest.trim());
      rest = "";
    } else cells.push("");
  }
  return cells;
}

/** A default value glued before a description: `-`, or the shortest token the description's capitalised first word follows. */
function defaultValueAt(text: string): string {
  if (text.startsWith("-")) return "-";
  for (let at = 1; at < Math.min(text.length, 60); at++) {
    if (/\s/.test(text[at - 1]!)) break;
    if (/^(?:[A-Z][a-z]+\b|[\u4e00-\u9fff])/.test(text.slice(at))) return text.slice(0, at);
  }
  return "";
}

/**
 * Whether a line continues the description above it: a list item, or any line
 * once the description ends in a colon or holds a list (its values go on over
 * several lines); anything else ends the table.
 */
function continuesCell(line: string, description: string): boolean {
  return /^[-*•]\s/.test(line) || /[:：]$/.test(description) || description.includes("<br>");
}

/** A line that continues a cell: list items of values get their value in backticks, as the markdown source has them. */
function continuation(text: string): string {
  return text.replace(/^([-*•])\s*([A-Za-z0-9_.$-]+)\s*[:：]/, "$1 `$2`:");
}

/** Fence an example JSON value that starts at `index`; returns the index of its last line. */
function fenceJson(lines: readonly string[], index: number, end: number, out: RewriteBuilder): number {
  out.blank(index + 1);
  out.push("```json", index + 1);
  let depth = 0;
  let last = index;
  for (let at = index; at < end; at++) {
    const line = lines[at]!;
    out.push(line, at + 1);
    for (const character of line.replace(/"(?:[^"\\]|\\.)*"/g, "")) {
      if (character === "{" || character === "[") depth++;
      else if (character === "}" || character === "]") depth--;
    }
    last = at;
    if (depth <= 0) break;
  }
  out.push("```", last + 1);
  out.push("", last + 1);
  return last;
}

/**
 * Put back the code formatting the website text lost around URLs with a query
 * (`…/logout?redirect_uri=`): the page reader takes link templates from code.
 */
function restoreCode(line: string): string {
  return line.replace(/(^|\s)(https?:\/\/[^\s`]+\?[^\s`]*)/g, (_match, space: string, url: string) => `${space}\`${url.replace(/[.,;:]$/, "")}\`${/[.,;:]$/.test(url) ? url.slice(-1) : ""}`);
}
