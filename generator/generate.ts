import { hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { emit, type EmitOptions, type GeneratedFile } from "./emit/emit.js";
import type { IrSdk } from "./ir.js";
import { lower } from "./lower/lower.js";
import type { PageModel } from "./page.js";
import { parsePage } from "./parse/page.js";

/** A docs page to generate from. */
export interface InputPage {
  /** Path to show in diagnostics and headers, with `/` separators. */
  file: string;
  /** Markdown text. */
  text: string;
}

/** The outcome of a run: files only when there is no error. */
export interface GenerateResult {
  /** The generated files, or null when an error stopped generation. */
  files: GeneratedFile[] | null;
  /** The IR (also when there are errors, for inspection). */
  ir: IrSdk;
  /** Every diagnostic, sorted by place. */
  diagnostics: Diagnostic[];
}

/** The IR of a set of pages and what was said on the way. */
export interface AnalyseResult {
  ir: IrSdk;
  /** Every diagnostic, sorted by place. */
  diagnostics: Diagnostic[];
}

/**
 * Parse every page and lower them to one IR. Pure: reads and writes nothing.
 *
 * @param pages The docs pages.
 * @returns The IR and the sorted diagnostics.
 */
export function analyse(pages: readonly InputPage[]): AnalyseResult {
  const diagnostics: Diagnostic[] = [];
  const models: PageModel[] = [];
  for (const input of pages) {
    const parsed = parsePage(input.text, input.file);
    models.push(parsed.page);
    diagnostics.push(...parsed.diagnostics);
  }
  const lowered = lower(models);
  diagnostics.push(...lowered.diagnostics);
  return { ir: lowered.ir, diagnostics: sortDiagnostics(diagnostics) };
}

/**
 * Parse every page, lower them to one IR, and emit the SDK when nothing is an error.
 * Pure: reads and writes nothing.
 *
 * @param pages The docs pages.
 * @param options What `emit` needs.
 * @returns Files, IR and diagnostics.
 */
export function generate(pages: readonly InputPage[], options: EmitOptions): GenerateResult {
  const { ir, diagnostics } = analyse(pages);
  const files = hasErrors(diagnostics) ? null : emit(ir, options);
  return { files, ir, diagnostics };
}
