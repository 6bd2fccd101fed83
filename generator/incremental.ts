import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import type { InputPage, PageParser, ParsedPage } from "./analyse-pages.js";
import type { Diagnostic } from "./diagnostics.js";
import type { FunctionsModule } from "./emit/client.js";
import { emitWith, type EmitOptions, type GeneratedFile } from "./emit/emit.js";
import { EMIT_STEPS, type EmitSteps } from "./emit/steps.js";
import { fitsPieces, interleaved, type TemplateSet } from "./emit/templates.js";
import { groupMemo, sameObjects } from "./group-memo.js";
import { incrementalClientGrouping } from "./incremental-client-grouping.js";
import { incrementalClientResolution } from "./incremental-clients.js";
import { incrementalDangling } from "./incremental-dangling.js";
import { incrementalSettling } from "./incremental-identifiers.js";
import { incrementalMethodMerge } from "./incremental-method-merge.js";
import { incrementalPageLowering } from "./incremental-pages.js";
import { incrementalTypeMerge } from "./incremental-type-merge.js";
import type { IrMethod, IrNamedType } from "./ir.js";
import { remap, remapRuns, runsOf, type Runs } from "./list-changes.js";
import type { LoweredMethod } from "./lower/method.js";
import { withParametersTypeName } from "./lower/parameter-type-names.js";
import type { LowerSteps } from "./lower/steps.js";
import type { PageModel } from "./page.js";
import type { Bindings } from "./parse/bindings.js";
import { runPipeline, type PipelineResult, type PipelineSteps } from "./pipeline.js";
import type { Profile } from "./profile/profile.js";

/** One regeneration of a watch session. */
export interface IncrementalResult extends PipelineResult {
  /** How many pages were parsed for this run (the others were unchanged). */
  parsed: number;
}

/** A generator that keeps parsed pages, lowered pages and printed declarations between runs. */
export interface IncrementalGenerator {
  /**
   * Generate from the current pages, parsing only page objects it has not
   * parsed before (keep a page's object while its text is unchanged), lowering
   * only pages that changed since the last run, and printing only the types
   * and methods that changed.
   *
   * @param pages Every page, as it is now.
   * @returns The same IR, diagnostics and files as a cold `generate` of these pages.
   */
  run(pages: readonly InputPage[]): IncrementalResult;
}

/**
 * Start an in-memory generation session (for `--watch`). It runs the one
 * pipeline with every pure step wrapped in a cache: parse by page object, lower
 * by page and by merge group, emit by IR object. Each cached result is reused
 * only for the very same input objects, so a run gives what a cold run gives;
 * unchanged parts even stay the same objects, which is what lets the later
 * caches hit. Pure apart from the memory it keeps: it reads and writes no files.
 *
 * @param parserForRun Makes the page parser for one run (`pagePassParser`: it keeps what it parsed only for that run).
 * @param options Emit options (with the profile), fixed for the session.
 * @param bindings The project's bindings file, read, or null.
 * @returns The session.
 */
export function incrementalGenerator(parserForRun: () => PageParser, options: EmitOptions, bindings: Bindings | null = null): IncrementalGenerator {
  const pages = cachedParse(parserForRun);
  const lower = cachedLowerSteps();
  const emit = cachedEmitSteps();
  return {
    run(input) {
      const result = runPipeline(input, { parsePages: pages.step, lower: lower.steps, emit: (ir, emitOptions): GeneratedFile[] => emitWith(emit, ir, emitOptions) }, { profile: options.profile, bindings, emit: options });
      const parsed = pages.endRun();
      lower.endRun();
      return { ...result, parsed };
    },
  };
}

/** An edit this large (pages removed plus added) is parsed from scratch: patching would cost as much. */
const MOST_PATCHED = 64;

/**
 * The parse step for a watch session. A page object parsed before (with the
 * same profile) keeps its parse: the watcher keeps the object of a page whose
 * text did not change. An edit that replaces a few page objects patches last
 * run's models and diagnostics around them by counts (`remapRuns`), so no
 * unchanged page is read; at 5,000 pages, looking each one up took some 10 ms of an edit.
 */
function cachedParse(parserForRun: () => PageParser): { step: PipelineSteps["parsePages"]; endRun(): number } {
  let parses = new WeakMap<InputPage, ParsedPage>();
  let last: { profile: Profile; pages: readonly InputPage[]; models: PageModel[]; diagnostics: Runs<InputPage, Diagnostic> } | null = null;
  let parsedCount = 0;
  return {
    step(pages, profile) {
      if (last && last.profile !== profile) [parses, last] = [new WeakMap(), null];
      let parse: PageParser | null = null;
      const parsed = (page: InputPage): ParsedPage => {
        let pageParse = parses.get(page);
        if (pageParse === undefined) {
          parse ??= parserForRun();
          parsedCount++;
          parses.set(page, (pageParse = parse(page.text, page.file, profile)));
        }
        return pageParse;
      };
      const model = (page: InputPage): PageModel => parsed(page).page;
      const models = (last && remap(last.pages, last.models, pages, model, new Set(), MOST_PATCHED)) ?? pages.map(model);
      const diagnostics = (last && remapRuns(last.diagnostics, pages, (page) => parsed(page).diagnostics, MOST_PATCHED)) ?? runsOf(pages, (page) => parsed(page).diagnostics);
      last = { profile, pages, models, diagnostics };
      return { models, diagnostics: diagnostics.outputs };
    },
    endRun() {
      const count = parsedCount;
      parsedCount = 0;
      return count;
    },
  };
}

/**
 * `LOWER_STEPS` for a watch session: every pass patched from last run's
 * result where an edit leaves it (the `incremental-*.ts` modules), so that an
 * edit to one page lowers that page again and reads no other; call `endRun`
 * after each run to forget what it did not use.
 */
export function cachedLowerSteps(): { steps: LowerSteps; endRun(): void } {
  // A method named apart keeps its renamed copy while it is the same object with the same new name.
  const renames = new WeakMap<LoweredMethod, { name: string; renamed: LoweredMethod }>();
  const rename = (lowered: LoweredMethod, name: string): LoweredMethod => {
    const kept = renames.get(lowered);
    if (kept?.name === name) return kept.renamed;
    const renamed = withParametersTypeName(lowered, name);
    renames.set(lowered, { name, renamed });
    return renamed;
  };
  const paged = groupMemo<unknown, IrMethod>();
  return {
    steps: {
      lowerPages: incrementalPageLowering(),
      // Merges that come out equal after an edit keep last run's objects, so emit's caches hit.
      mergeTypes: incrementalTypeMerge(),
      mergeMethods: incrementalMethodMerge(),
      groupClients: incrementalClientGrouping(rename),
      danglingReferences: incrementalDangling(),
      settleIdentifiers: incrementalSettling(),
      resolveClients: incrementalClientResolution((key, method, iteratorName, consulted, make) => paged.reuse(key, [method, iteratorName, ...consulted], make)),
    },
    endRun() {
      paged.prune();
    },
  };
}

/**
 * `EMIT_STEPS` with a cache keyed by the IR objects: entries for objects that are gone are collected with them.
 *
 * @returns The cached steps.
 */
export function cachedEmitSteps(): EmitSteps {
  const declarations = new WeakMap<IrNamedType, string>();
  // Renders keyed by template set, then by method object: a method that changed is a new object.
  const renderMethod = perMethod((method, templates) => EMIT_STEPS.renderMethod(method, templates));
  const renderReadmeLine = perMethod((method, templates) => EMIT_STEPS.renderReadmeLine(method, templates));
  const functions = new WeakMap<object, Map<string, WeakMap<IrMethod, string>>>();
  // A module's bindings as one short key, made once per module object: sorting thousands of names per method
  // would dominate a run, and so would a map comparing a key of thousands of names with an equal one, once per method.
  const moduleKeys = new WeakMap<FunctionsModule, string>();
  // Each file's parts and text from the last run: an edit re-renders only the files it changed, and an unchanged file keeps
  // its text object, so the watcher's comparison with what is on disk costs a pointer instead of the file's length
  // (an unchanged method's rendered text is the same string as last time, so comparing the parts is cheap too).
  const files = new Map<string, { parts: readonly unknown[]; pieces: readonly string[] }>();
  // Each file of items: its frame, skeleton, items and pieces from the last run (an edit to one method renders no template).
  const itemFiles = new Map<string, { frame: readonly unknown[]; items: readonly string[]; skeleton: readonly string[] | null; pieces: readonly string[] }>();
  const keyOf = (module: FunctionsModule): string => {
    let key = moduleKeys.get(module);
    if (key === undefined) moduleKeys.set(module, (key = createHash("sha256").update(module.baseClass).update("\0").update([...module.bound].sort().join("\0")).digest("hex")));
    return key;
  };
  return {
    printDeclarations(types) {
      const missing = types.filter((type) => !declarations.has(type));
      if (missing.length > 0) {
        const printed = EMIT_STEPS.printDeclarations(missing);
        missing.forEach((type, index) => declarations.set(type, printed[index]!));
      }
      return types.map((type) => declarations.get(type)!);
    },
    renderMethod,
    renderFunction(method, templates, module) {
      let byModule = functions.get(templates);
      if (!byModule) functions.set(templates, (byModule = new Map()));
      const key = keyOf(module);
      let byMethod = byModule.get(key);
      if (!byMethod) byModule.set(key, (byMethod = new WeakMap()));
      let text = byMethod.get(method);
      if (text === undefined) byMethod.set(method, (text = EMIT_STEPS.renderFunction(method, templates, module)));
      return text;
    },
    renderReadmeLine,
    assembleFile(path, parts, make) {
      const last = files.get(path);
      if (last && isDeepStrictEqual(last.parts, parts)) return last.pieces;
      const pieces = make();
      files.set(path, { parts, pieces });
      return pieces;
    },
    assembleItems(path, frame, items, skeleton, whole) {
      const last = itemFiles.get(path);
      const sameFrame = last !== undefined && isDeepStrictEqual(last.frame, frame);
      if (sameFrame && sameObjects(last.items, items)) return last.pieces;
      const texts = sameFrame && last.skeleton && fitsPieces(items) ? last.skeleton : skeleton();
      const pieces = texts ? interleaved(texts, items) : whole();
      itemFiles.set(path, { frame, items, skeleton: texts, pieces });
      return pieces;
    },
  };
}

/** A render of one method, kept by template set and method object. */
function perMethod(render: (method: IrMethod, templates: TemplateSet) => string): (method: IrMethod, templates: TemplateSet) => string {
  const texts = new WeakMap<TemplateSet, WeakMap<IrMethod, string>>();
  return (method, templates) => {
    let byMethod = texts.get(templates);
    if (!byMethod) texts.set(templates, (byMethod = new WeakMap()));
    let text = byMethod.get(method);
    if (text === undefined) byMethod.set(method, (text = render(method, templates)));
    return text;
  };
}
