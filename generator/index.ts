/** doc2sdk's public API: the three pure stages and their composition. */
export { emit } from "./emit/emit.js";
export type { EmitOptions, GeneratedFile } from "./emit/emit.js";
export { analyse, analyseWith, pageCacheKey } from "./analyse.js";
export type { AnalyseCache, AnalyseResult, InputPage, PageCache, PageParser, ParsedPage } from "./analyse.js";
export { generate } from "./generate.js";
export type { GenerateResult } from "./generate.js";
export type { Diagnostic, Severity } from "./diagnostics.js";
export type * from "./ir.js";
export { lower } from "./lower/lower.js";
export type { PageModel } from "./page.js";
export { parsePage } from "./parse/page.js";
