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

/**
 * Parse every page, lower them to one IR, and emit the SDK when nothing is an error.
 * Pure: reads and writes nothing.
 *
 * @param pages The docs pages.
 * @param options What `emit` needs.
 * @returns Files, IR and diagnostics.
 */
export function generate(pages: readonly InputPage[], options: EmitOptions): GenerateResult {
  const diagnostics: Diagnostic[] = [];
  const models: PageModel[] = [];
  for (const input of pages) {
    const parsed = parsePage(input.text, input.file);
    models.push(parsed.page);
    diagnostics.push(...parsed.diagnostics);
  }
  const lowered = lower(models);
  diagnostics.push(...lowered.diagnostics);
  const sorted = sortDiagnostics(diagnostics);
  const files = hasErrors(sorted) ? null : emit(lowered.ir, options);
  return { files, ir: lowered.ir, diagnostics: sorted };
}
