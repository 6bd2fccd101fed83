/** doc2sdk's public API: the three pure stages and their composition. */
export { emit } from "./emit/emit.js";
export type { EmitOptions, GeneratedFile } from "./emit/emit.js";
export { analyse, generate } from "./generate.js";
export type { AnalyseResult, GenerateResult, InputPage } from "./generate.js";
export type { Diagnostic, Severity } from "./diagnostics.js";
export type * from "./ir.js";
export { lower } from "./lower/lower.js";
export type { PageModel } from "./page.js";
export { parsePage } from "./parse/page.js";
