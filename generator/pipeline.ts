import type { InputPage, ParsedPage } from "./analyse-pages.js";
import { hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import type { EmitOptions, GeneratedFile } from "./emit/emit.js";
import type { IrSdk } from "./ir.js";
import { applyBindings } from "./lower/apply-bindings.js";
import { lowerWith } from "./lower/lower.js";
import type { LowerSteps } from "./lower/steps.js";
import type { PageModel } from "./page.js";
import type { Bindings } from "./parse/bindings.js";
import { DEFAULT_PROFILE } from "./profile/index.js";
import type { Profile } from "./profile/profile.js";

/**
 * The steps of a run, each pure. The plain run (`generate`, `analyse`) passes
 * them as they are; the CLI parses each page through its disk cache (`parseEach`) and reuses its last emit, and a
 * watch session wraps all of them with caches in memory (generator/incremental.ts).
 * This module loads no parser and no emitter itself, so a run whose pages are
 * all cached never loads remark.
 */
export interface PipelineSteps {
  /** Parse every page (`parseEach` makes this step of a page parser). */
  parsePages(pages: readonly InputPage[], profile: Profile): ParsedPages;
  /** The steps of `lower`. */
  lower: LowerSteps;
  /** Emit the package; only called when `PipelineOptions.emit` is given. */
  emit?(ir: IrSdk, options: EmitOptions): GeneratedFile[];
}

/** Every page parsed. */
export interface ParsedPages {
  /** The page models, in the pages' order. */
  models: readonly PageModel[];
  /** Every page's diagnostics, in the pages' order. */
  diagnostics: readonly Diagnostic[];
}

/**
 * The parse step of a run that parses each page on its own.
 *
 * @param parse One page's parse (the parser, or the parser behind a cache).
 * @returns The step.
 */
export function parseEach(parse: (page: InputPage, profile: Profile) => ParsedPage): PipelineSteps["parsePages"] {
  return (pages, profile) => {
    const models: PageModel[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const page of pages) {
      const parsed = parse(page, profile);
      models.push(parsed.page);
      diagnostics.push(...parsed.diagnostics);
    }
    return { models, diagnostics };
  };
}

/**
 * The parse step of a run whose page parser is made afresh for each pass
 * (around `pagePassParser`, which shares table rows between the pages of a
 * pass), so that what the parser keeps is garbage once the pages are parsed.
 *
 * @param parserForPass Makes one page's parse for a pass.
 * @returns The step.
 */
export function parseEachPass(parserForPass: () => (page: InputPage, profile: Profile) => ParsedPage): PipelineSteps["parsePages"] {
  return (pages, profile) => parseEach(parserForPass())(pages, profile);
}

/** What a run is asked for besides the pages. */
export interface PipelineOptions {
  /** The API's profile (GenAuth's by default). */
  profile?: Profile;
  /** The project's bindings file, read, applied after lowering. */
  bindings?: Bindings | null;
  /** Emit options; without them the run stops at the IR. */
  emit?: EmitOptions;
  /** Whether these diagnostics still let the package be emitted (default: when none is an error). */
  emitsDespite?: (diagnostics: readonly Diagnostic[]) => boolean;
}

/** What a run gives. */
export interface PipelineResult {
  ir: IrSdk;
  /** Every diagnostic, sorted by place. */
  diagnostics: Diagnostic[];
  /** The package, or null when it was not asked for or the diagnostics stop it. */
  files: GeneratedFile[] | null;
}

/**
 * The one composition of doc2sdk: parse every page, lower them to one IR,
 * apply the bindings file, and emit. Every entry point (`generate`, `analyse`,
 * the CLI, watch mode) runs this, with its own steps.
 *
 * @param pages The docs pages.
 * @param steps How each step is computed.
 * @param options Profile, bindings, and emit options when a package is wanted.
 * @returns The IR, the sorted diagnostics and the files.
 */
export function runPipeline(pages: readonly InputPage[], steps: PipelineSteps, options: PipelineOptions = {}): PipelineResult {
  return emitAnalysed(analysePages(pages, steps, options), steps, options);
}

/**
 * The first half of `runPipeline`: parse, lower, apply the bindings file. The
 * CLI runs the halves apart so that it loads the emitter (and TypeScript) only
 * once the page models are garbage: at a thousand pages that is 70 MB less at the peak.
 *
 * @param pages The docs pages.
 * @param steps How each step is computed (`emit` is not used).
 * @param options Profile and bindings.
 * @returns The IR and the sorted diagnostics.
 */
export function analysePages(pages: readonly InputPage[], steps: PipelineSteps, options: PipelineOptions = {}): { ir: IrSdk; diagnostics: Diagnostic[] } {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const parsed = steps.parsePages(pages, profile);
  const lowered = lowerWith(steps.lower, parsed.models, { profile });
  const diagnostics = [...parsed.diagnostics, ...lowered.diagnostics];
  if (!options.bindings) return { ir: lowered.ir, diagnostics: sortDiagnostics(diagnostics) };
  const bound = applyBindings(lowered.ir, options.bindings);
  return { ir: bound.ir, diagnostics: sortDiagnostics([...diagnostics, ...bound.diagnostics]) };
}

/**
 * The second half of `runPipeline`: emit the package, unless the diagnostics stop it or none was asked for.
 *
 * @param analysed The IR and diagnostics `analysePages` gave.
 * @param steps How each step is computed.
 * @param options Emit options, and what stops emitting.
 * @returns The IR, the diagnostics and the files.
 */
export function emitAnalysed(analysed: { ir: IrSdk; diagnostics: Diagnostic[] }, steps: PipelineSteps, options: PipelineOptions = {}): PipelineResult {
  const { ir, diagnostics } = analysed;
  if (!options.emit || !steps.emit) return { ir, diagnostics, files: null };
  const emits = options.emitsDespite ?? ((found: readonly Diagnostic[]) => !hasErrors(found));
  return { ir, diagnostics, files: emits(diagnostics) ? steps.emit(ir, options.emit) : null };
}
