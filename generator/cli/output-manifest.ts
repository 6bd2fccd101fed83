import { readFile } from "node:fs/promises";
import path from "node:path";

/** The file, at the top of an output folder, that lists what doc2sdk wrote there. */
export const MANIFEST_NAME = ".doc2sdk-manifest.json";

/** Where an output folder's write in progress is staged and journaled. */
export const TRANSACTION_DIR = ".doc2sdk-tx";

/**
 * The prefix of a finished write's leftovers: the files it replaced, kept by
 * hard links so that replacing them did not free their blocks, removed once
 * the write is reported. A run that finds one (its writer was killed) removes it.
 */
export const REPLACED_DIR_PREFIX = ".doc2sdk-replaced-";

/**
 * What doc2sdk wrote into an output folder. Only these files are ever
 * replaced or removed; anything else in the folder is the user's.
 */
export interface OutputManifest {
  /** The generated package's files, relative, sorted. */
  files: string[];
  /** What `--build` compiled (under `dist/`), relative, sorted; kept by a plain run while the sources are unchanged. */
  build: string[];
}

/**
 * The manifest's text: stable, sorted, one path a line, so that it diffs well when committed.
 *
 * @param manifest What was written.
 * @returns JSON text.
 */
export function manifestText(manifest: OutputManifest): string {
  const body = { "//": "Written by doc2sdk: the files it generated in this folder. It replaces or removes only these.", files: [...manifest.files].sort(), build: [...manifest.build].sort() };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/**
 * Read an output folder's manifest.
 *
 * @param outDir The output folder.
 * @returns The manifest, or null when the folder has none (doc2sdk did not create it).
 * @throws When the manifest exists but is not one doc2sdk wrote.
 */
export async function readManifest(outDir: string): Promise<OutputManifest | null> {
  const file = path.join(outDir, MANIFEST_NAME);
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return null;
    throw error;
  });
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${file}: not a doc2sdk manifest (invalid JSON); remove it only if you know doc2sdk wrote the folder`);
  }
  const files = pathList(parsed, "files");
  const build = pathList(parsed, "build");
  if (!files || !build) throw new Error(`${file}: not a doc2sdk manifest (expected "files" and "build" lists of relative paths)`);
  return { files, build };
}

/** A list of safe relative paths under `key`, or null when it is anything else. */
function pathList(value: unknown, key: string): string[] | null {
  const list = (value as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list) || !list.every((item) => typeof item === "string" && isSafeRelativePath(item))) return null;
  return list as string[];
}

/**
 * Whether a path stays inside the folder it is relative to: not absolute, no
 * `.`/`..` or empty segments, no backslashes or control characters. A manifest
 * edited by hand can never make doc2sdk touch a file outside the output.
 *
 * @param file A relative path with `/` separators.
 * @returns Whether it is safe to join to the output folder.
 */
export function isSafeRelativePath(file: string): boolean {
  if (file === "" || file.startsWith("/") || file.includes("\\") || /[\u0000-\u001f\u007f]/.test(file)) return false;
  return file.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
