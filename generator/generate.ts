import { parseStep, type InputPage } from "./analyse-pages.js";
import type { Diagnostic } from "./diagnostics.js";
import { emit, type EmitOptions, type GeneratedFile } from "./emit/emit.js";
import type { IrSdk } from "./ir.js";
import { LOWER_STEPS } from "./lower/steps.js";
import { pagePassParser } from "./parse/page.js";
import { parseEachPass, runPipeline, type PipelineSteps } from "./pipeline.js";

/** The steps of a plain run: nothing cached; each run's pages parsed by one pass parser (each distinct block, table row and cell once). */
export const PLAIN_STEPS: PipelineSteps = {
  parsePages: parseEachPass(() => parseStep(pagePassParser(), undefined)),
  lower: LOWER_STEPS,
  emit,
};

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
  return runPipeline(pages, PLAIN_STEPS, { profile: options.profile, emit: options });
}
