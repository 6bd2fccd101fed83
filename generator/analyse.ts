import { analyseWith, type AnalyseOptions, type AnalyseResult, type InputPage } from "./analyse-pages.js";
import { pagePassParser } from "./parse/page.js";

export { analyseWith, pageCacheKey } from "./analyse-pages.js";
export type { AnalyseCache, AnalyseOptions, AnalyseResult, InputPage, PageCache, PageParser, ParsedPage } from "./analyse-pages.js";

/**
 * Parse every page and lower them to one IR. Pure apart from the cache it is
 * given: reads and writes nothing.
 *
 * @param pages The docs pages.
 * @param options Parsed pages from earlier runs (only pages the cache lacks are parsed, and added) and the bindings file.
 * @returns The IR and the sorted diagnostics; the same with or without a cache.
 */
export function analyse(pages: readonly InputPage[], options?: AnalyseOptions): AnalyseResult {
  return analyseWith(pagePassParser(), pages, options);
}
