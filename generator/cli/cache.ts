import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { sourceFingerprint } from "../../bin/source-fingerprint.mjs";
import type { GeneratedFile } from "../emit/emit.js";
import type { ParsedPage } from "../analyse-pages.js";
import type { Diagnostic } from "../diagnostics.js";

/**
 * The last successful run, in `.doc2sdk-cache/run.v8`: enough to repeat it
 * without parsing, lowering or emitting when nothing it read has changed.
 */
export interface LastRun {
  /** `runCacheKey` of the run: the generator, the emit options and every page. */
  inputKey: string;
  /** `emitCacheKey` of its IR, so that a docs change that leaves the IR alone skips emit. */
  emitKey: string;
  /** What parse and lower said, to print again. */
  diagnostics: Diagnostic[];
  /** The package it emitted. */
  files: GeneratedFile[];
}

/** Bump when the layout of the cache files changes. */
const CACHE_FORMAT = "doc2sdk-cache-2";
/** Parsed pages by `pageCacheKey`: a `Map<string, ParsedPage>`. */
const PAGES_FILE = "pages.v8";
const RUN_FILE = "run.v8";

/**
 * A fingerprint of the generator itself: its sources and its locked
 * dependencies. A cache made by another version of either is never used.
 *
 * @param projectRoot doc2sdk's own folder.
 * @returns A hex SHA-256.
 */
export async function generatorFingerprint(projectRoot: string): Promise<string> {
  return createHash("sha256").update(CACHE_FORMAT).update("\0").update(await sourceFingerprint(projectRoot)).digest("hex");
}

/**
 * The key of an emitted package: everything emit reads.
 *
 * @param parts The generator fingerprint, the IR, templates and options, each as text.
 * @returns A hex SHA-256.
 */
export function emitCacheKey(parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

/**
 * The key of a whole run: if it matches the last run's, the run would give the
 * same diagnostics and files (every stage is pure).
 *
 * @param fingerprint The generator fingerprint.
 * @param emitOptions The emit options, as text.
 * @param pageKeys `pageCacheKey` of every page, in page order.
 * @returns A hex SHA-256.
 */
export function runCacheKey(fingerprint: string, emitOptions: string, pageKeys: readonly string[]): string {
  return emitCacheKey([fingerprint, emitOptions, ...pageKeys]);
}

/**
 * Read the parsed pages; a missing, unreadable or foreign file is an empty cache.
 *
 * @param cacheDir The cache folder.
 * @returns Parsed pages by key.
 */
export async function loadPages(cacheDir: string): Promise<Map<string, ParsedPage>> {
  const pages = await readStored(path.join(cacheDir, PAGES_FILE));
  return pages instanceof Map ? (pages as Map<string, ParsedPage>) : new Map();
}

/**
 * Read the last run; a missing, unreadable or foreign file is none.
 *
 * @param cacheDir The cache folder.
 * @returns The last run, or null.
 */
export async function loadLastRun(cacheDir: string): Promise<LastRun | null> {
  const run = (await readStored(path.join(cacheDir, RUN_FILE))) as LastRun | null;
  return run && typeof run.inputKey === "string" && Array.isArray(run.files) ? run : null;
}

/**
 * Keep the pages this run used (and only those).
 *
 * @param cacheDir The cache folder.
 * @param pages Parsed pages by key.
 */
export async function savePages(cacheDir: string, pages: ReadonlyMap<string, ParsedPage>): Promise<void> {
  await writeStored(path.join(cacheDir, PAGES_FILE), pages);
  await rm(path.join(cacheDir, "cache.v8"), { force: true }); // the single-file cache of format 1
}

/**
 * Keep this run, to repeat it next time when nothing changed.
 *
 * @param cacheDir The cache folder.
 * @param run The run.
 */
export async function saveLastRun(cacheDir: string, run: LastRun): Promise<void> {
  await writeStored(path.join(cacheDir, RUN_FILE), run);
}

async function readStored(file: string): Promise<unknown> {
  if (!existsSync(file)) return null;
  try {
    const stored = deserialize(await readFile(file)) as { format?: string; value?: unknown };
    return stored.format === CACHE_FORMAT ? stored.value : null;
  } catch {
    return null;
  }
}

/** Write a cache file in one rename, so a crash never leaves half of one. */
async function writeStored(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, serialize({ format: CACHE_FORMAT, value }));
  await rename(temporary, file);
}
