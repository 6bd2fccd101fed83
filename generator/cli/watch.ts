import { existsSync } from "node:fs";
import { watchFolders } from "./folder-watch.js";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { InputPage } from "../analyse-pages.js";
import type { EmitOptions, GeneratedFile } from "../emit/emit.js";
import { incrementalGenerator } from "../incremental.js";
import { parseBindings } from "../parse/bindings.js";
import { parsePage } from "../parse/page.js";
import type { CliOptions } from "./args.js";
import { decodePage } from "./decode-page.js";
import { readInputPages } from "./files.js";
import type { InputLimits } from "./limits.js";
import { outputRefusalFor } from "./output-guard.js";
import { writeOutput, type WrittenFile } from "./output-write.js";
import { formatDiagnostic, printable, summarise } from "./format.js";
import { capHeapGrowthFor } from "./heap.js";

/** How long to wait after a change for more (an editor often writes a file in several steps). */
const SETTLE_MS = 15;

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
  const session = incrementalGenerator(parsePage, emitOptions, bindings?.bindings ?? null);
  const pages = new Map((await readInputPages(options.inputs, cwd, options.limits)).map((page) => [page.file, page] as const));
  capHeapGrowthFor(pages.values());
  const refusal = await outputRefusalFor(options, [...pages.values()], cwd);
  if (refusal) {
    process.stderr.write(`doc2sdk: refusing to write: ${refusal}; nothing written\n`);
    return 2;
  }
  let written: readonly GeneratedFile[] | null = null;
  let onDisk = new Map<string, WrittenFile>();

  const regenerate = async (startedAt: number): Promise<void> => {
    const result = session.run([...pages.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
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
    onDisk = await writeOutput(path.resolve(cwd, options.out), { files: result.files!, build: null }, onDisk);
    written = result.files;
    process.stderr.write(`doc2sdk: ${counts}; wrote ${result.files!.length} files to ${options.out} in ${elapsed(startedAt)} ms\n`);
  };

  await regenerate(performance.now());
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let firstChangeAt = 0;
  const flush = (): void => {
    timer = null;
    const files = [...changed];
    changed.clear();
    const startedAt = firstChangeAt;
    running = running.then(async () => {
      for (const absolute of files) await refresh(pages, absolute, cwd, options.limits);
      await regenerate(startedAt);
    });
  };
  const watcher = await watchFolders(folders, (file) => {
    if (!file.endsWith(".md")) return;
    if (changed.size === 0 && timer === null) firstChangeAt = performance.now();
    changed.add(file);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_MS);
  });
  process.stderr.write(`doc2sdk: watching ${options.inputs.join(", ")} (Ctrl-C to stop)\n`);
  return new Promise((resolve) => {
    const stop = (): void => {
      watcher.close();
      if (timer) clearTimeout(timer);
      void running.then(() => resolve(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

/** Re-read one changed page, or forget it when it is gone. */
async function refresh(pages: Map<string, InputPage>, absolute: string, cwd: string, limits: InputLimits): Promise<void> {
  const file = path.relative(cwd, absolute).split(path.sep).join("/");
  const bytes = await readFile(absolute).catch(() => null);
  if (bytes === null) {
    pages.delete(file);
    return;
  }
  // The same checks as the first read: a page that is too large or not text is left out, with the reason.
  try {
    if (bytes.length > limits.maxPageBytes) throw new Error(`${file}: error: Unexpected page of ${bytes.length} bytes, expected at most ${limits.maxPageBytes} (--max-page-size)`);
    pages.set(file, { file, text: decodePage(bytes, file) });
  } catch (error) {
    pages.delete(file);
    process.stderr.write(`doc2sdk: ${printable(error instanceof Error ? error.message : String(error))}; the page is left out until it is fixed\n`);
  }
}

function sameFiles(a: readonly GeneratedFile[], b: readonly GeneratedFile[]): boolean {
  return a.length === b.length && a.every((file, index) => file.path === b[index]!.path && file.text === b[index]!.text);
}

function elapsed(startedAt: number): number {
  return Math.round(performance.now() - startedAt);
}
