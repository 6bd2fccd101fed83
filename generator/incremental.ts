import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import type { InputPage, PageParser, ParsedPage } from "./analyse-pages.js";
import { emitWith, type EmitOptions, type GeneratedFile } from "./emit/emit.js";
import type { FunctionsModule } from "./emit/client.js";
import { EMIT_STEPS, type EmitSteps } from "./emit/steps.js";
import { groupMemo, sameObjects } from "./group-memo.js";
import { incrementalClientResolution } from "./incremental-clients.js";
import { incrementalDangling } from "./incremental-dangling.js";
import { incrementalSettling } from "./incremental-identifiers.js";
import { incrementalMethodMerge } from "./incremental-method-merge.js";
import { incrementalTypeMerge } from "./incremental-type-merge.js";
import type { IrMethod, IrNamedType } from "./ir.js";
import { LOWER_STEPS, type LowerSteps } from "./lower/steps.js";
import { knownTypesFrom, typeKindsOf, type TypeKind } from "./lower/page-lowering.js";
import type { KnownTypes } from "./lower/type-ref.js";
import type { Bindings } from "./parse/bindings.js";
import { runPipeline, type PipelineResult } from "./pipeline.js";

/** One regeneration of a watch session. */
export interface IncrementalResult extends PipelineResult {
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
 * Start an in-memory generation session (for `--watch`). It runs the one
 * pipeline with every pure step wrapped in a cache: parse by page text, lower
 * by page and by merge group, emit by IR object. Each cached result is reused
 * only for the very same input objects, so a run gives what a cold run gives;
 * unchanged parts even stay the same objects, which is what lets the later
 * caches hit. Pure apart from the memory it keeps: it reads and writes no files.
 *
 * @param parse The page parser.
 * @param options Emit options (with the profile), fixed for the session.
 * @param bindings The project's bindings file, read, or null.
 * @returns The session.
 */
export function incrementalGenerator(parse: PageParser, options: EmitOptions, bindings: Bindings | null = null): IncrementalGenerator {
  const pages = cachedParse(parse);
  const lower = cachedLowerSteps();
  const emit = cachedEmitSteps();
  return {
    run(input) {
      const result = runPipeline(input, { parse: pages.step, lower: lower.steps, emit: (ir, emitOptions): GeneratedFile[] => emitWith(emit, ir, emitOptions) }, { profile: options.profile, bindings, emit: options });
      const parsed = pages.endRun();
      lower.endRun();
      return { ...result, parsed };
    },
  };
}

/** Parsed pages keyed by path and checked by text: an unchanged page keeps the same string, so the check costs nothing. */
function cachedParse(parse: PageParser): { step: (page: InputPage, profile: Parameters<PageParser>[2]) => ParsedPage; endRun(): number } {
  let previous = new Map<string, { text: string; parsed: ParsedPage }>();
  let current = new Map<string, { text: string; parsed: ParsedPage }>();
  let parsedCount = 0;
  return {
    step(page, profile) {
      const hit = previous.get(page.file);
      if (hit && hit.text === page.text) {
        current.set(page.file, hit);
        return hit.parsed;
      }
      parsedCount++;
      const parsed = parse(page.text, page.file, profile);
      current.set(page.file, { text: page.text, parsed });
      return parsed;
    },
    endRun() {
      const count = parsedCount;
      [previous, current, parsedCount] = [current, new Map(), 0];
      return count;
    },
  };
}

/**
 * `LOWER_STEPS` for a watch session: per-page steps cached, and the passes
 * over the whole corpus (merges, the undefined-type check, client resolution)
 * patched from last run's result where an edit leaves them (the
 * `incremental-*.ts` modules); call `endRun` after each run to forget what it
 * did not use. The known type names are kept while every page defines the same
 * ones, so a page's cache entry is reused across runs.
 */
export function cachedLowerSteps(): { steps: LowerSteps; endRun(): void } {
  // A page's kinds that come out equal after an edit keep last run's array, so the list of every page's kinds is the same
  // list again and the known names are not gathered again: most edits leave them alone.
  const kinds = groupMemo<unknown, readonly TypeKind[]>(isDeepStrictEqual);
  let lastKinds: readonly (readonly TypeKind[])[] = [];
  let lastKnownTypes: KnownTypes = new Map();
  const pages = groupMemo<unknown, ReturnType<LowerSteps["lowerPage"]>>();
  const renames = groupMemo<unknown, ReturnType<LowerSteps["renameParametersType"]>>();
  const paged = groupMemo<unknown, IrMethod>();
  let lastKnown: KnownTypes | null = null;
  let standingKnown: KnownTypes | null = null;
  const canonical = (known: KnownTypes): KnownTypes => {
    if (known !== lastKnown) {
      lastKnown = known;
      if (standingKnown === null || !sameKnownTypes(standingKnown, known)) standingKnown = known;
    }
    return standingKnown!;
  };
  return {
    steps: {
      knownTypes: (methodPages) => {
        const kindsByPage = methodPages.map((page) => kinds.reuse(page.file, [page], () => typeKindsOf(page)));
        if (!sameObjects(kindsByPage, lastKinds)) [lastKinds, lastKnownTypes] = [kindsByPage, knownTypesFrom(kindsByPage)];
        return lastKnownTypes;
      },
      lowerPage: (page, known, profile) => pages.reuse(page.file, [page, canonical(known), profile], () => LOWER_STEPS.lowerPage(page, known, profile)),
      // Merges that come out equal after an edit keep last run's objects, so emit's caches hit.
      mergeTypes: incrementalTypeMerge(),
      mergeMethods: incrementalMethodMerge(),
      renameParametersType: (lowered, name) => renames.reuse(`${lowered.client}.${lowered.method.name}`, [lowered, name], () => LOWER_STEPS.renameParametersType(lowered, name)),
      danglingReferences: incrementalDangling(),
      settleIdentifiers: incrementalSettling(),
      resolveClients: incrementalClientResolution((key, method, iteratorName, consulted, make) => paged.reuse(key, [method, iteratorName, ...consulted], make)),
    },
    endRun() {
      for (const memo of [kinds, pages, renames, paged]) memo.prune();
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
  const methods = new WeakMap<object, WeakMap<IrMethod, string>>();
  const functions = new WeakMap<object, Map<string, WeakMap<IrMethod, string>>>();
  // A module's bindings as one short key, made once per module object: sorting thousands of names per method
  // would dominate a run, and so would a map comparing a key of thousands of names with an equal one, once per method.
  const moduleKeys = new WeakMap<FunctionsModule, string>();
  // Each file's parts and text from the last run: an edit re-renders only the files it changed, and an unchanged file keeps
  // its text object, so the watcher's comparison with what is on disk costs a pointer instead of the file's length
  // (an unchanged method's rendered text is the same string as last time, so comparing the parts is cheap too).
  const files = new Map<string, { parts: readonly unknown[]; pieces: readonly string[] }>();
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
    renderMethod(method, templates) {
      let byMethod = methods.get(templates);
      if (!byMethod) methods.set(templates, (byMethod = new WeakMap()));
      let text = byMethod.get(method);
      if (text === undefined) byMethod.set(method, (text = EMIT_STEPS.renderMethod(method, templates)));
      return text;
    },
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
    assembleFile(path, parts, make) {
      const last = files.get(path);
      if (last && isDeepStrictEqual(last.parts, parts)) return last.pieces;
      const pieces = make();
      files.set(path, { parts, pieces });
      return pieces;
    },
  };
}

function sameKnownTypes(a: KnownTypes, b: KnownTypes): boolean {
  if (a.size !== b.size) return false;
  for (const [name, kind] of a) if (b.get(name) !== kind) return false;
  return true;
}
