import type { InputPage } from "../../generator/analyse.js";

/** Settings of a synthetic corpus. */
export interface SyntheticOptions {
  /** How many pages to make. */
  pages: number;
  /** Folder the page paths start with, e.g. `synthetic`. */
  root: string;
  /**
   * Mark the last cell of every table body row (the description, or the example where a table has one) with its
   * copy's suffix, so that no description repeats from one copy to the next:
   * a corpus that repeats less than a real reference, whose pages share the
   * response envelope's rows and many DTOs' descriptions (a pessimistic bound).
   */
  uniqueDescriptions?: boolean;
}

/** A real page to copy, with the method name the generator reads from it. */
export interface TemplatePage extends InputPage {
  /** The method name as the page writes it, e.g. `getUser`. */
  methodName: string;
}

/**
 * Make a corpus of any size from real pages: page i is a copy of template
 * `i mod templates.length`, and every copy after the first renames what makes
 * it distinct (the method wherever the page names it, every DTO, its file) with a `V<copy>`
 * suffix, so the corpus has as many methods and DTOs as pages would in a real
 * reference, with the real pages' structure and table density.
 *
 * @param templates Real method pages (their text is only read, never stored).
 * @param typeNames Every DTO and enum name the templates define or use.
 * @param options Size and root folder.
 * @returns The pages, in a stable order.
 */
export function syntheticPages(templates: readonly TemplatePage[], typeNames: readonly string[], options: SyntheticOptions): InputPage[] {
  if (templates.length === 0) throw new Error("no template pages");
  const typePattern = typeNames.length === 0 ? null : new RegExp(`\\b(${[...typeNames].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})\\b`, "g");
  const pages: InputPage[] = [];
  for (let index = 0; index < options.pages; index++) {
    const template = templates[index % templates.length]!;
    const copy = Math.floor(index / templates.length);
    const text = copy === 0 ? template.text : renamed(template, copy, typePattern);
    pages.push({ file: `${options.root}/${copyPath(template.file, copy)}`, text: options.uniqueDescriptions && copy > 0 ? withMarkedDescriptions(text, `V${copy}`) : text });
  }
  return pages;
}

function renamed(template: TemplatePage, copy: number, typePattern: RegExp | null): string {
  const suffix = `V${copy}`;
  let result = template.text.replace(new RegExp(`\\b${escapeRegExp(template.methodName)}\\b`, "g"), `${template.methodName}${suffix}`);
  if (typePattern) result = result.replace(typePattern, (name: string) => `${name}${suffix}`);
  return result;
}

const SEPARATOR_ROW = /^\s*\|[\s:|-]+\|\s*$/;
const BODY_ROW = /^(\s*\|.*\S)(\s*\|\s*)$/;

/** Every table body row (a row that ends with a pipe and is not a header or separator) with `mark` at the end of its last cell. */
function withMarkedDescriptions(text: string, mark: string): string {
  const lines = text.split("\n");
  return lines
    .map((line, index) => {
      const body = BODY_ROW.exec(line);
      const isHeader = SEPARATOR_ROW.test(lines[index + 1] ?? "");
      return body && !isHeader && !SEPARATOR_ROW.test(line) && line.split("|").length > 3 ? `${body[1]} ${mark}${body[2]}` : line;
    })
    .join("\n");
}

/** `authentication/x/delete-account.md`, copy 2 → `authentication/x/delete-account-v2.md` (the method becomes `deleteAccountV2`). */
function copyPath(file: string, copy: number): string {
  return copy === 0 ? file : file.replace(/\.md$/, `-v${copy}.md`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
