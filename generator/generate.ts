import { analyse, type InputPage } from "./analyse.js";
import { hasErrors, type Diagnostic } from "./diagnostics.js";
import { emit, type EmitOptions, type GeneratedFile } from "./emit/emit.js";
import type { IrSdk } from "./ir.js";

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
 * @param options What `emit` needs, and the API's profile (GenAuth's by default).
 * @returns Files, IR and diagnostics.
 */
export function generate(pages: readonly InputPage[], options: EmitOptions): GenerateResult {
  const { ir, diagnostics } = analyse(pages, { profile: options.profile });
  const files = hasErrors(diagnostics) ? null : emit(ir, options);
  return { files, ir, diagnostics };
}
