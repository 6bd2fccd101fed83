import { classifyHeading, type SectionKind } from "../heading.js";
import { RewriteBuilder, type TextRewrite } from "./rewrite.js";

/** Language names that stand alone on the line before an unfenced code sample. */
const CODE_LANGUAGES = /^(ts|typescript|js|javascript|json|python|py|java|go|php|shell|bash|sh|csharp|c#|kotlin|swift)$/i;
const QUALIFIED = /^[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Whether a page is the cleaned rendering of a reference page: no markdown
 * headings, but section labels standing alone on their lines ("Method name",
 * "Request parameters").
 *
 * @param lines The page's lines.
 * @returns True when it reads as one.
 */
export function isCleanedRendering(lines: readonly string[]): boolean {
  if (lines.some((line) => /^#{1,6}\s/.test(line))) return false;
  return lines.some((line) => sectionLabel(line) === "method-name") && lines.some((line) => sectionLabel(line) === "request" || sectionLabel(line) === "response");
}

/**
 * Rewrite a cleaned rendering as markdown: the first line is the title,
 * section labels become headings (also when glued to the end of a code line,
 * `})();Request response`), a DTO name alone before a table becomes its
 * heading, a language name alone on a line opens a code fence that closes
 * where the code ends, broken links (`<a IsSuccessDto`) are mended.
 *
 * @param lines The page's lines.
 * @returns The markdown and its line map.
 */
export function cleanedToMarkdown(lines: readonly string[]): TextRewrite {
  const out = new RewriteBuilder();
  let section: SectionKind | null = null;
  let code: { json: boolean; depth: number } | null = null;
  let titled = false;
  const heading = (label: string, line: number): void => {
    const kind = sectionLabel(label)!;
    out.blank(line);
    out.push(`## ${label.trim()}`, line);
    out.push("", line);
    section = kind;
  };
  const closeCode = (line: number): void => {
    out.push("```", line);
    out.push("", line);
    code = null;
  };
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (code !== null) {
      const open: { json: boolean; depth: number } = code;
      const glued = gluedLabel(raw);
      const body = glued ? glued.code : raw;
      if (glued === null && sectionLabel(raw) !== null && !open.json) {
        closeCode(line);
        heading(raw, line);
        continue;
      }
      out.push(body, line);
      if (open.json) open.depth += braceBalance(body);
      if (glued) {
        closeCode(line);
        heading(glued.label, line);
        continue;
      }
      if (open.json && open.depth <= 0) closeCode(line);
      continue;
    }
    if (raw.trim() === "") {
      out.blank(line);
      continue;
    }
    if (!titled) {
      titled = true;
      out.push(`# ${raw.trim()}`, line);
      out.push("", line);
      continue;
    }
    if (sectionLabel(raw) !== null) {
      heading(raw, line);
      continue;
    }
    const language = CODE_LANGUAGES.exec(raw.trim())?.[1];
    if (language) {
      out.blank(line);
      out.push(`\`\`\`${language.toLowerCase()}`, line);
      code = { json: language.toLowerCase() === "json", depth: 0 };
      continue;
    }
    if (raw.trim().startsWith("|")) {
      if (!lines[index - 1]?.trim().startsWith("|")) out.blank(line);
      out.push(mendLinks(raw), line);
      continue;
    }
    if (section === "method-name" && QUALIFIED.test(raw.trim())) {
      out.push(`\`${raw.trim()}\``, line);
      continue;
    }
    if (section === "data-structure" && IDENTIFIER.test(raw.trim()) && nextNonBlank(lines, index + 1)?.trim().startsWith("|")) {
      out.blank(line);
      out.push(`### <a id="${raw.trim()}"></a> ${raw.trim()}`, line);
      out.push("", line);
      continue;
    }
    if (lines[index - 1]?.trim().startsWith("|")) out.blank(line);
    out.push(raw, line);
  }
  if (code !== null) closeCode(lines.length);
  return out.build();
}

/** The section a line names when it is a label standing alone, or null. */
function sectionLabel(line: string): SectionKind | null {
  const text = line.trim();
  // A label is a few words on a line of its own: `// Request parameters are below` in code is not one.
  if (text === "" || text.length > 30 || !/^\p{L}/u.test(text) || text.split(/\s+/).length > 3 || /[|.,;{}()<>`=]/.test(text)) return null;
  const kind = classifyHeading(text);
  return kind === "other" ? null : kind;
}

/** A section label glued to the end of a code line: `})();Request response`. */
function gluedLabel(line: string): { code: string; label: string } | null {
  for (let at = 1; at < line.length; at++) {
    const rest = line.slice(at);
    // Only after what ends a statement or a value: a comment such as `// Request parameters` stays code.
    if (!/^[A-Z\u4e00-\u9fff]/.test(rest) || !/[;)}\]>"'`]/.test(line[at - 1]!)) continue;
    if (sectionLabel(rest) !== null) return { code: line.slice(0, at), label: rest };
  }
  return null;
}

/** `<a IsSuccessDto |` → `<a href="#IsSuccessDto">IsSuccessDto</a> |`. */
function mendLinks(row: string): string {
  return row.replace(/<a\s+([A-Za-z_$][\w$]*)(?=\s*(\||$))/g, '<a href="#$1">$1</a>');
}

/** Opening minus closing braces and brackets outside strings. */
function braceBalance(text: string): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (inString) {
      if (character === "\\") index++;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === "{" || character === "[") depth++;
    else if (character === "}" || character === "]") depth--;
  }
  return depth;
}

function nextNonBlank(lines: readonly string[], from: number): string | undefined {
  for (let index = from; index < lines.length; index++) if (lines[index]!.trim() !== "") return lines[index];
  return undefined;
}
