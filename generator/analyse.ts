import { analyseWith, type AnalyseCache, type AnalyseResult, type InputPage } from "./analyse-pages.js";
import { parsePage } from "./parse/page.js";

export { analyseWith, pageCacheKey } from "./analyse-pages.js";
export type { AnalyseCache, AnalyseResult, InputPage, PageCache, PageParser, ParsedPage } from "./analyse-pages.js";

/**
 * Parse every page and lower them to one IR. Pure apart from the cache it is
 * given: reads and writes nothing.
 *
 * @param pages The docs pages.
 * @param cache Parsed pages from earlier runs; only pages it lacks are parsed (and added).
 * @returns The IR and the sorted diagnostics; the same with or without a cache.
 */
export function analyse(pages: readonly InputPage[], cache?: AnalyseCache): AnalyseResult {
  return analyseWith(parsePage, pages, cache);
}
