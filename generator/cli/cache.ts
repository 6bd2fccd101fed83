import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { sourceFingerprint } from "../../bin/source-fingerprint.mjs";
import type { GeneratedFile } from "../emit/emit.js";
import type { ParsedPage } from "../analyse-pages.js";

/** What `.doc2sdk-cache/cache.v8` holds. */
export interface StoredCache {
  /** Parsed pages by `pageCacheKey`. */
  pages: Map<string, ParsedPage>;
  /** The last emitted package and the hash of everything it was emitted from. */
  emit: { key: string; files: GeneratedFile[] } | null;
}

/** Bump when the layout of StoredCache changes. */
const CACHE_FORMAT = "doc2sdk-cache-1";
const CACHE_FILE = "cache.v8";

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
 * Read the cache; a missing, unreadable or foreign file is an empty cache.
 *
 * @param cacheDir The cache folder.
 * @returns The stored cache.
 */
export async function loadCache(cacheDir: string): Promise<StoredCache> {
  const file = path.join(cacheDir, CACHE_FILE);
  if (!existsSync(file)) return { pages: new Map(), emit: null };
  try {
    const stored = deserialize(await readFile(file)) as { format?: string } & StoredCache;
    if (stored.format !== CACHE_FORMAT || !(stored.pages instanceof Map)) return { pages: new Map(), emit: null };
    return { pages: stored.pages, emit: stored.emit };
  } catch {
    return { pages: new Map(), emit: null };
  }
}

/**
 * Write the cache in one rename, so a crash never leaves half a cache.
 *
 * @param cacheDir The cache folder.
 * @param cache What to keep: the pages used by this run and its emitted package.
 */
export async function saveCache(cacheDir: string, cache: StoredCache): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const file = path.join(cacheDir, CACHE_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, serialize({ format: CACHE_FORMAT, ...cache }));
  await rename(temporary, file);
}
