import { analyseWith, type AnalyseResult, type InputPage, type PageParser, type ParsedPage } from "./analyse-pages.js";
import { hasErrors } from "./diagnostics.js";
import { emit, type EmitOptions, type GeneratedFile } from "./emit/emit.js";
import { emitMemo } from "./emit/emit-memo.js";
import { lowerMemo } from "./lower/lower-memo.js";
import type { Bindings } from "./parse/bindings.js";

/** One regeneration of a watch session. */
export interface IncrementalResult extends AnalyseResult {
  /** The package, or null when the docs have errors. */
  files: GeneratedFile[] | null;
  /** How many pages were parsed for this run (the others were unchanged). */
  parsed: number;
}

/** A generator that keeps parsed pages, lowered pages and printed declarations between runs. */
export interface IncrementalGenerator {
  /**
   * Generate from the current pages, parsing and lowering only pages whose
   * path or text changed since the last run, and printing only the types and
   * methods that changed.
   *
   * @param pages Every page, as it is now.
   * @returns The same IR, diagnostics and files as a cold `generate` of these pages.
   */
  run(pages: readonly InputPage[]): IncrementalResult;
}

/**
 * Start an in-memory generation session (for `--watch`). Pure apart from the
 * memory it keeps: it reads and writes no files.
 *
 * @param parse The page parser.
 * @param options Emit options, fixed for the session.
 * @param bindings The project's bindings file, read, or null.
 * @returns The session.
 */
export function incrementalGenerator(parse: PageParser, options: EmitOptions, bindings: Bindings | null = null): IncrementalGenerator {
  // Keyed by path, checked by text: unchanged pages keep the same string, so the check is instant and nothing is hashed.
  let parsedPages = new Map<string, { text: string; parsed: ParsedPage }>();
  const lowered = lowerMemo();
  const emitted = emitMemo();
  return {
    run(pages) {
      const kept = new Map<string, { text: string; parsed: ParsedPage }>();
      let parsed = 0;
      const analysed = analyseWith(parse, pages, { cache: {
        keyOf: (page) => page.file,
        pages: {
          get: (file, page) => {
            const hit = parsedPages.get(file);
            if (!hit || hit.text !== page.text) return undefined;
            kept.set(file, hit);
            return hit.parsed;
          },
          set: (file, value, page) => {
            parsed++;
            kept.set(file, { text: page.text, parsed: value });
          },
        },
      }, memo: lowered, bindings, profile: options.profile });
      parsedPages = kept;
      const files = hasErrors(analysed.diagnostics) ? null : emit(analysed.ir, options, emitted);
      return { ...analysed, files, parsed };
    },
  };
}

