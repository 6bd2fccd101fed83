#!/usr/bin/env node
/**
 * `npm run generate`: the only part of doc2sdk that reads or writes files,
 * prints, or sets the exit code. Everything else is pure.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseCliArgs, USAGE, type CliOptions } from "./cli/args.js";
import { terminalProgress, type Progress } from "./cli/progress.js";
import { runCommand } from "./cli/command.js";
import { emitCacheKey, generatorFingerprint, loadLastRun, loadPages, runCacheKey, saveLastRun, savePages, type LastRun } from "./cli/cache.js";
import { loadTemplates, readInputPages, writeFileAtomically } from "./cli/files.js";
import { withConfig } from "./cli/config.js";
import { outputRefusalFor } from "./cli/output-guard.js";
import { staleFiles, writeOutput } from "./cli/output-write.js";
import { githubAnnotation } from "./cli/annotations.js";
import { formatDiagnostic, summarise } from "./cli/format.js";
import { capHeapGrowthFor, collectGarbage } from "./cli/heap.js";
import { projectRoot } from "./cli/project-root.js";
import { hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import type { EmitOptions, GeneratedFile } from "./emit/emit.js";
import { pageCacheKey, parseStep, type AnalyseCache, type InputPage, type PageParser, type ParsedPage } from "./analyse-pages.js";
import { LOWER_STEPS } from "./lower/steps.js";
import { analysePages, emitAnalysed, parseEachPass, type PipelineOptions } from "./pipeline.js";
import type { IrSdk } from "./ir.js";
import type { Bindings } from "./parse/bindings.js";
import { loadProfile, type LoadedProfile } from "./cli/profile.js";
import { cacheTypeScriptCompilation } from "./cli/compile-cache.js";
import { DEFAULT_PROFILE } from "./profile/index.js";
import type { Profile } from "./profile/profile.js";

const PROJECT_ROOT = projectRoot(import.meta.url);
const TEMPLATES_DIR = path.join(PROJECT_ROOT, "templates");

async function main(argv: readonly string[]): Promise<number> {
  cacheTypeScriptCompilation(process.cwd());
  let options: CliOptions;
  let loaded: LoadedProfile | null = null;
  try {
    const configured = (await withConfig(argv, process.cwd())).argv;
    options = parseCliArgs(configured);
    // A profile brings its own package defaults, so the command line is read again with them.
    if (options.profile) {
      loaded = await loadProfile(options.profile, process.cwd());
      options = parseCliArgs(configured, loaded.profile.defaults);
    }
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const cwd = process.cwd();
  const profile = loaded?.profile ?? DEFAULT_PROFILE;
  if (options.watch) return watch(options, cwd, profile);
  // A long run says what it is doing, on a terminal only.
  const progress = terminalProgress(options.quiet ? { isTTY: false, write: () => undefined } : process.stderr);
  progress.stage("reading pages");
  const [pages, templates, generatorKey] = await Promise.all([
    readInputPages(options.inputs, cwd, options.limits),
    loadTemplates(TEMPLATES_DIR, profile.runtime),
    options.cacheDir ? generatorFingerprint(PROJECT_ROOT) : Promise.resolve(""),
  ]);
  // Pages parse, and packages emit, as the profile says: its module is part of every cache key.
  const fingerprint = loaded ? `${generatorKey}:${loaded.key}` : generatorKey;
  const largeInput = capHeapGrowthFor(pages);
  // Only the count is used once the pages are analysed.
  const pageCount = pages.length;
  const refusal = options.check ? null : await outputRefusalFor(options, pages, cwd);
  if (refusal) {
    process.stderr.write(`doc2sdk: refusing to write: ${refusal}; nothing written\n`);
    return 2;
  }
  const emitOptions = emitOptionsOf(options, templates, profile);
  const bindingsText = options.bindings ? await readFile(options.bindings, "utf8") : null;
  const bindings = options.bindings && bindingsText !== null ? await readBindings(options.bindings, bindingsText) : null;
  const pageKeys = new Map(options.cacheDir ? pages.map((page) => [page, pageCacheKey(page, fingerprint)] as const) : []);
  const inputKey = options.cacheDir ? runCacheKey(fingerprint, JSON.stringify([emitOptions, bindingsText]), [...pageKeys.values()]) : "";
  const lastRun = options.cacheDir ? await loadLastRun(options.cacheDir) : null;
  // Nothing changed since the last run: repeat it without parsing, lowering or emitting (unless the IR itself is asked for).
  const repeated = lastRun?.inputKey === inputKey && !options.ir && !options.openapi;
  const run = repeated ? { diagnostics: lastRun!.diagnostics, files: lastRun!.files, parsedCount: 0 } : await generateAfresh({ pages, pageKeys, fingerprint, emitOptions, options, lastRun, inputKey, bindings: bindings?.bindings ?? null, progress, largeInput });
  progress.done();
  const diagnostics = bindings ? sortDiagnostics([...bindings.diagnostics, ...run.diagnostics]) : run.diagnostics;
  const { parsedCount } = run;

  const shown = diagnostics.filter((item) => !options.quiet || item.severity === "error" || (options.strict && item.severity === "warning"));
  for (const item of shown) {
    if (options.format === "github") process.stdout.write(`${githubAnnotation(item)}\n`);
    else process.stderr.write(`${formatDiagnostic(item)}\n`);
  }
  const failed = run.files === null || failsWith(diagnostics, options);
  const cacheNote = options.cacheDir ? ` (${parsedCount} parsed, ${pageCount - parsedCount} from cache)` : "";
  process.stderr.write(`doc2sdk: ${pageCount} pages${cacheNote}, ${summarise(diagnostics)}\n`);
  if (failed) {
    process.stderr.write(`doc2sdk: nothing written; ${options.out} is unchanged\n`);
    return 1;
  }
  const files = run.files!;

  if (options.check) {
    const stale = await staleFiles(options.out, files);
    if (stale.length > 0) {
      process.stderr.write(`doc2sdk: ${options.out} is stale; run \`npm run generate\`:\n${stale.map((file) => `  ${file}`).join("\n")}\n`);
      return 1;
    }
    process.stderr.write(`doc2sdk: ${options.out} is up to date (${files.length} files)\n`);
    return 0;
  }
  let build = null;
  if (options.build) {
    const { compilePackage } = await import("./build/compile.js");
    const built = compilePackage(files);
    for (const error of built.errors) process.stderr.write(`${options.out}/${error}\n`);
    if (built.errors.length > 0) {
      process.stderr.write(`doc2sdk: the generated package does not compile; nothing written; ${options.out} is unchanged\n`);
      return 1;
    }
    build = built.files;
  } else if ((await staleFiles(options.out, files)).length === 0) {
    process.stderr.write(`doc2sdk: ${options.out} is up to date (${files.length} files); nothing written\n`);
    return 0;
  }
  await writeOutput(options.out, { files, build });
  process.stderr.write(`doc2sdk: wrote ${files.length + (build?.length ?? 0)} files to ${options.out}\n`);
  return 0;
}

/**
 * Parse (pages the cache lacks), lower and emit (unless the last run emitted
 * the same IR), write `--ir` and `--openapi`, and keep the cache.
 *
 * @returns The diagnostics, the files (null when the docs have errors) and how many pages were parsed.
 */
async function generateAfresh(run: RunInputs): Promise<{ diagnostics: Diagnostic[]; files: GeneratedFile[] | null; parsedCount: number }> {
  const { pages, pageKeys, fingerprint, emitOptions, options, lastRun, inputKey, bindings, progress, largeInput } = run;
  const stored = options.cacheDir ? await loadPages(options.cacheDir) : new Map<string, ParsedPage>();
  const usedPages = new Map<string, ParsedPage>();
  let parsedCount = 0;
  const parserForPass = await pageParser(pages.some((page) => !stored.has(pageKeys.get(page) ?? "")));
  const cache: AnalyseCache | undefined = options.cacheDir
    ? {
        keyOf: (page) => pageKeys.get(page)!,
        pages: {
          get: (key) => {
            const hit = stored.get(key);
            if (hit) usedPages.set(key, hit);
            return hit;
          },
          set: (key, value) => {
            parsedCount++;
            usedPages.set(key, value);
          },
        },
      }
    : undefined;
  const pipelineOptions: PipelineOptions = { profile: emitOptions.profile, bindings, emit: emitOptions, emitsDespite: (found) => !failsWith(found, options) };
  progress.stage(`parsing and lowering ${pages.length} pages`);
  const steps = { parsePages: parseEachPass(() => parseStep(parserForPass(), cache)), lower: LOWER_STEPS };
  const analysed = analysePages(pages, steps, pipelineOptions);
  if (failsWith(analysed.diagnostics, options)) return { diagnostics: analysed.diagnostics, files: null, parsedCount };
  // The emitter (ts-morph, TypeScript) is loaded only now, when the page models are garbage, and only when the last run's package cannot be reused.
  const emitKey = options.cacheDir ? emitCacheKey([fingerprint, JSON.stringify(emitOptions), JSON.stringify(analysed.ir)]) : "";
  const reused = lastRun && lastRun.emitKey === emitKey ? lastRun.files : null;
  // On large inputs, what parsing left behind is collected before the emitter allocates on top of it.
  if (largeInput && !reused) collectGarbage();
  const emit = reused ? () => reused : (await import("./emit/emit.js")).emit;
  progress.stage("emitting the package");
  const { ir, diagnostics, files } = emitAnalysed(analysed, { ...steps, emit }, pipelineOptions);
  if (files === null) return { diagnostics, files: null, parsedCount };
  if (options.ir) await writeFileAtomically(options.ir, `${JSON.stringify(ir, null, 2)}\n`);
  if (options.openapi) await writeOpenApi(ir, options.openapi, options, emitOptions.profile ?? DEFAULT_PROFILE);
  if (options.cacheDir) {
    if (parsedCount > 0 || usedPages.size !== stored.size) await savePages(options.cacheDir, usedPages);
    await saveLastRun(options.cacheDir, { inputKey, emitKey, diagnostics, files });
  }
  return { diagnostics, files, parsedCount };
}

/** What one generation from scratch works from. */
interface RunInputs {
  pages: readonly InputPage[];
  /** Each page's cache key (empty without a cache). */
  pageKeys: ReadonlyMap<InputPage, string>;
  fingerprint: string;
  emitOptions: EmitOptions;
  options: CliOptions;
  lastRun: LastRun | null;
  /** The last-run cache key of these inputs. */
  inputKey: string;
  /** The bindings file, read, or null. */
  bindings: Bindings | null;
  /** Where the stages are reported. */
  progress: Progress;
  /** Whether the input is large enough to cap the heap's growth (`capHeapGrowthFor`). */
  largeInput: boolean;
}

/** Whether the docs have errors, or warnings under `--strict`: then nothing is written. */
function failsWith(diagnostics: readonly Diagnostic[], options: CliOptions): boolean {
  return hasErrors(diagnostics) || (options.strict && diagnostics.some((item) => item.severity === "warning"));
}

/** `--watch`: regenerate on every change until stopped. */
async function watch(options: CliOptions, cwd: string, profile: Profile): Promise<number> {
  if (options.check || options.build || options.openapi || options.ir) {
    process.stderr.write("doc2sdk: --watch writes the package only; run --check, --build, --openapi and --ir without it\n");
    return 2;
  }
  const [{ watchDocs }, templates] = await Promise.all([import("./cli/watch.js"), loadTemplates(TEMPLATES_DIR, profile.runtime)]);
  return watchDocs(options, emitOptionsOf(options, templates, profile), cwd);
}

/** What emit needs, from the command line. */
function emitOptionsOf(options: CliOptions, templates: EmitOptions["templates"], profile: Profile): EmitOptions {
  const { packageName: name, packageVersion: version, title, license, repository } = options;
  return { templates, package: { name, version, title, license, repository }, source: options.inputs.join(", "), profile };
}

/** Write the OpenAPI document (`--openapi`), as YAML when the file name says so, and print what it could not express. */
async function writeOpenApi(ir: IrSdk, file: string, options: CliOptions, profile: Profile): Promise<void> {
  const { toOpenApi } = await import("./export/openapi.js");
  const { document, diagnostics } = toOpenApi(ir, { title: options.title, version: options.packageVersion }, profile);
  for (const item of diagnostics) if (!options.quiet) process.stderr.write(`${formatDiagnostic(item)}\n`);
  const text = /\.ya?ml$/i.test(file) ? (await import("yaml")).stringify(document, { aliasDuplicateObjects: false }) : `${JSON.stringify(document, null, 2)}\n`;
  await writeFileAtomically(file, text);
  process.stderr.write(`doc2sdk: wrote the OpenAPI document to ${file}\n`);
}

/** Read the bindings file (`--bindings`): loaded only when one is given. */
async function readBindings(file: string, text: string): Promise<ReturnType<typeof import("./parse/bindings.js").parseBindings>> {
  const { parseBindings } = await import("./parse/bindings.js");
  return parseBindings(text, file);
}

/** What makes the page parser of a pass, loaded only when some page must be parsed: a warm run never loads remark. */
async function pageParser(needed: boolean): Promise<() => PageParser> {
  if (!needed) {
    return () => () => {
      throw new Error("internal: a cached page was parsed");
    };
  }
  return (await import("./parse/page.js")).pagePassParser;
}

runCommand(() => main(process.argv.slice(2)), "doc2sdk");
