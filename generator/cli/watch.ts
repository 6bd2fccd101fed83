import { existsSync } from "node:fs";
import { watchFolders } from "./folder-watch.js";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { InputPage } from "../analyse-pages.js";
import type { EmitOptions, GeneratedFile } from "../emit/emit.js";
import { sameContent } from "../emit/file-pieces.js";
import { incrementalGenerator, type IncrementalResult } from "../incremental.js";
import { parseBindings } from "../parse/bindings.js";
import { pagePassParser } from "../parse/page.js";
import type { CliOptions } from "./args.js";
import { decodePage } from "./decode-page.js";
import { readInputPages } from "./files.js";
import type { InputLimits } from "./limits.js";
import { outputRefusalFor } from "./output-guard.js";
import { writeOutput, type WrittenFile } from "./output-write.js";
import { formatDiagnostic, printable, summarise } from "./format.js";
import { capHeapGrowthFor } from "./heap.js";

/**
 * How long the pages must be quiet before a run's result is written (an editor often writes a file in several steps).
 * `DOC2SDK_TEST_SETTLE_MS` is a test hook: a test that writes a page in steps on a busy machine needs a wider window.
 */
const SETTLE_MS = Number(process.env["DOC2SDK_TEST_SETTLE_MS"] ?? 15);

/**
 * `generate --watch`: generate once, then again after every change to the
 * docs, keeping parsed pages and printed declarations in memory so that only
 * changed pages are parsed. Prints the diagnostics of every run; writes the
 * output only when it differs, and never while the docs have errors.
 *
 * @param options The command line (inputs must be folders).
 * @param emitOptions Templates and package settings.
 * @param cwd The working folder.
 * @returns A promise that settles when SIGINT or SIGTERM stops the watch, with exit code 0.
 */
export async function watchDocs(options: CliOptions, emitOptions: EmitOptions, cwd: string): Promise<number> {
  const folders = options.inputs.map((input) => path.resolve(cwd, input));
  for (const folder of folders) {
    if (!existsSync(folder) || !(await stat(folder)).isDirectory()) {
      process.stderr.write(`doc2sdk: --watch needs folders to watch; ${path.relative(cwd, folder) || "."} is not one\n`);
      return 2;
    }
  }
  const bindings = options.bindings ? parseBindings(await readFile(options.bindings, "utf8"), options.bindings) : null;
  for (const item of bindings?.diagnostics ?? []) process.stderr.write(`${formatDiagnostic(item)}\n`);
  if (bindings?.diagnostics.some((item) => item.severity === "error")) return 1;
  const session = incrementalGenerator(pagePassParser, emitOptions, bindings?.bindings ?? null);
  const pages = new Map((await readInputPages(options.inputs, cwd, options.limits)).map((page) => [page.file, page] as const));
  capHeapGrowthFor(pages.values());
  const refusal = await outputRefusalFor(options, [...pages.values()], cwd);
  if (refusal) {
    process.stderr.write(`doc2sdk: refusing to write: ${refusal}; nothing written\n`);
    return 2;
  }
  let written: readonly GeneratedFile[] | null = null;
  let onDisk = new Map<string, WrittenFile>();

  const generateNow = (): IncrementalResult => session.run([...pages.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));

  /** Print a run's diagnostics and write its files, unless they fail the run or are already on disk. */
  const publish = async (result: IncrementalResult, startedAt: number, refreshNotes: readonly string[]): Promise<void> => {
    for (const note of refreshNotes) process.stderr.write(note);
    const shown = result.diagnostics.filter((item) => !options.quiet || item.severity === "error" || (options.strict && item.severity === "warning"));
    for (const item of shown) process.stderr.write(`${formatDiagnostic(item)}\n`);
    const failed = result.files === null || (options.strict && result.diagnostics.some((item) => item.severity === "warning"));
    const counts = `${pages.size} pages (${result.parsed} parsed), ${summarise(result.diagnostics)}`;
    if (failed) {
      process.stderr.write(`doc2sdk: ${counts}; nothing written, ${options.out} is unchanged\n`);
      return;
    }
    if (written && sameFiles(written, result.files!)) {
      process.stderr.write(`doc2sdk: ${counts}; ${options.out} is up to date (${elapsed(startedAt)} ms)\n`);
      return;
    }
    onDisk = await writeOutput(path.resolve(cwd, options.out), { files: result.files!, build: null }, onDisk, true);
    written = result.files;
    process.stderr.write(`doc2sdk: ${counts}; wrote ${result.files!.length} files to ${options.out} in ${elapsed(startedAt)} ms\n`);
  };

  await publish(generateNow(), performance.now(), []);
  const changed = new Set<string>();
  let firstChangeAt = 0;
  let lastChangeAt = 0;
  let scheduled = false;
  let running: Promise<void> = Promise.resolve();
  /** Resolves once the pages have been quiet for SETTLE_MS, or as soon as another change comes. */
  const settled = async (): Promise<void> => {
    // Let the watcher report what was written while the run computed.
    await new Promise((resolve) => setImmediate(resolve));
    for (let wait = lastChangeAt + SETTLE_MS - performance.now(); wait > 0 && changed.size === 0; wait = lastChangeAt + SETTLE_MS - performance.now()) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
  // A change is generated from at once, while its editor may still be writing, so that the settling time and the run overlap;
  // the result is printed and written only after the pages have been quiet for SETTLE_MS, and generated again if they were not.
  const cycle = async (): Promise<void> => {
    const startedAt = firstChangeAt;
    let result: IncrementalResult | null = null;
    // Why pages are left out, by page, as last read: a page read again in a later pass replaces its note.
    const refreshNotes = new Map<string, string>();
    // Pages parsed for this change, over every time it was generated (a page read half-written is parsed again).
    let parsed = 0;
    do {
      const files = [...changed];
      changed.clear();
      let anyChanged = false;
      for (const absolute of files) {
        const refreshed = await refresh(pages, absolute, cwd, options.limits);
        if (refreshed.note) refreshNotes.set(absolute, refreshed.note);
        else refreshNotes.delete(absolute);
        anyChanged ||= refreshed.changed;
      }
      // A second event for a write already read (one save often gives two) changes no page: the result stands.
      if (anyChanged || result === null) {
        result = generateNow();
        parsed += result.parsed;
      }
      await settled();
    } while (changed.size > 0);
    scheduled = false;
    await publish({ ...result!, parsed }, startedAt, [...refreshNotes.values()]);
  };
  const watcher = await watchFolders(folders, (file) => {
    if (!file.endsWith(".md")) return;
    lastChangeAt = performance.now();
    if (!scheduled) {
      scheduled = true;
      firstChangeAt = lastChangeAt;
      running = running.then(cycle);
    }
    changed.add(file);
  });
  process.stderr.write(`doc2sdk: watching ${options.inputs.join(", ")} (Ctrl-C to stop)\n`);
  return new Promise((resolve) => {
    const stop = (): void => {
      watcher.close();
      void running.then(() => resolve(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

/**
 * Re-read one page the watcher reported, or forget it when it is gone.
 *
 * @param pages The session's pages by path, updated in place.
 * @param absolute The reported file.
 * @param cwd The working folder; page paths are relative to it.
 * @param limits The largest page taken.
 * @returns Whether the pages changed (a page written, added or removed; not one read again with the same text),
 *   and why the page is left out, to print with the run's results, or null.
 */
export async function refresh(pages: Map<string, InputPage>, absolute: string, cwd: string, limits: InputLimits): Promise<{ changed: boolean; note: string | null }> {
  const file = path.relative(cwd, absolute).split(path.sep).join("/");
  const before = pages.get(file);
  const bytes = await readFile(absolute).catch(() => null);
  if (bytes === null) return { changed: pages.delete(file), note: null };
  // The same checks as the first read: a page that is too large or not text is left out, with the reason.
  try {
    if (bytes.length > limits.maxPageBytes) throw new Error(`${file}: error: Unexpected page of ${bytes.length} bytes, expected at most ${limits.maxPageBytes} (--max-page-size)`);
    const text = decodePage(bytes, file);
    if (before?.text === text) return { changed: false, note: null };
    pages.set(file, { file, text });
    return { changed: true, note: null };
  } catch (error) {
    pages.delete(file);
    return { changed: before !== undefined, note: `doc2sdk: ${printable(error instanceof Error ? error.message : String(error))}; the page is left out until it is fixed\n` };
  }
}

function sameFiles(a: readonly GeneratedFile[], b: readonly GeneratedFile[]): boolean {
  return a.length === b.length && a.every((file, index) => file.path === b[index]!.path && sameContent(file, b[index]!));
}

function elapsed(startedAt: number): number {
  return Math.round(performance.now() - startedAt);
}
