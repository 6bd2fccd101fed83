import type { Diagnostic } from "../../generator/diagnostics.js";
import type { GuidePageModel, MethodPageModel, PageModel } from "../../generator/page.js";
import { parsePage as parse } from "../../generator/parse/page.js";

/** A page model whose fields of every kind can be read (absent ones are undefined), for tests that check a page field by field. */
export type AnyPage = PageModel & Partial<Omit<MethodPageModel, "kind">> & Partial<Omit<GuidePageModel, "kind">>;

/**
 * `parsePage`, typed for reading any field: tests assert the kind themselves.
 *
 * @param markdown The page.
 * @param file Its path.
 * @returns The page model and diagnostics.
 */
export function parsePage(markdown: string, file: string): { page: AnyPage; diagnostics: Diagnostic[] } {
  return parse(markdown, file) as { page: AnyPage; diagnostics: Diagnostic[] };
}
