import { existsSync } from "node:fs";
import { link, mkdir, open, readFile, readdir, rename, rm, rmdir, stat, writeFile, type FileHandle } from "node:fs/promises";
import path from "node:path";
import type { GeneratedFile } from "../emit/emit.js";
import { sameContent } from "../emit/file-pieces.js";
import { remap } from "../list-changes.js";
import { isSafeRelativePath, MANIFEST_NAME, manifestText, readManifest, REPLACED_DIR_PREFIX, TRANSACTION_DIR, type OutputManifest } from "./output-manifest.js";

/** What one run writes into the output folder. */
export interface OutputFiles {
  /** The generated package. */
  files: readonly GeneratedFile[];
  /** What `--build` compiled, or null for a plain run (which drops an earlier build once the sources change). */
  build: readonly GeneratedFile[] | null;
}

/** A file as a writer left it: what it wrote and the stat stamp (inode, size, modified time) the file had then. */
export interface WrittenFile {
  file: GeneratedFile;
  stamp: string;
  /** A file in pieces as it was written: the pieces, each as UTF-8, so that the next write encodes only the pieces that changed. */
  encoding?: PiecesEncoding;
}

/** A file's pieces and their UTF-8 bytes, one buffer a piece. */
interface PiecesEncoding {
  pieces: readonly string[];
  buffers: readonly Buffer[];
}

/** The journal of a write in progress: once it exists, the write is decided and is finished by whoever finds it. */
interface Journal {
  write: string[];
  remove: string[];
  manifest: OutputManifest;
}

/**
 * Bring the output folder to the generated files, touching only what doc2sdk
 * wrote: files are staged inside the folder, a journal commits the write, and
 * the staged files are renamed into place. A kill before the journal leaves the
 * old output (the staging is removed next time); a kill after it is finished by
 * the next run. Files that are not in the manifest (`node_modules/`, `dist/`,
 * anything the user put there) are never replaced or removed.
 *
 * @param outDir The output folder; callers check it with `outputFolderRefusal` first.
 * @param output The package files and the build, if any.
 * @param previous What the last call wrote (watch mode): a file with the same text and an untouched stamp is not read again.
 * @param removeReplacedLater Return before the replaced files are removed (watch mode, where the next write waits for it):
 *   until then the folder holds them in a `.doc2sdk-replaced-*` folder of their own.
 * @returns What this call left on disk, to pass as `previous` next time.
 * @throws When a generated path is taken by a file doc2sdk did not write.
 */
export async function writeOutput(outDir: string, output: OutputFiles, previous: ReadonlyMap<string, WrittenFile> = new Map(), removeReplacedLater = false): Promise<Map<string, WrittenFile>> {
  await replacedRemoval;
  await recoverOutput(outDir);
  const old = (await readManifest(outDir)) ?? { files: [], build: [] };
  await refuseForeignFiles(outDir, [...output.files, ...(output.build ?? [])], old);
  const stamps = new Map<string, string>();
  const changed = await changedFiles(outDir, output.files, previous, stamps);
  const packagePaths = output.files.map((file) => file.path).sort();
  const sourcesChanged = changed.length > 0 || packagePaths.join("\n") !== [...old.files].sort().join("\n");
  // A plain run keeps an earlier build while the package it was built from is unchanged.
  const buildPaths = output.build ? output.build.map((file) => file.path).sort() : sourcesChanged ? [] : old.build;
  changed.push(...(await changedFiles(outDir, output.build ?? [], previous, stamps)));
  const manifest: OutputManifest = { files: packagePaths, build: buildPaths };
  const kept = new Set([...packagePaths, ...buildPaths]);
  const remove = [...old.files, ...old.build].filter((file) => !kept.has(file));
  const all = [...output.files, ...(output.build ?? [])];
  const manifestChanged = (await readFile(path.join(outDir, MANIFEST_NAME), "utf8").catch(() => "")) !== manifestText(manifest);
  const encodings = new Map<string, PiecesEncoding>();
  if (changed.length > 0 || remove.length > 0 || manifestChanged) {
    await transact(outDir, changed, { write: changed.map((file) => file.path), remove, manifest }, removeReplacedLater, (staged, file) => writeGenerated(staged, file, previous.get(file.path)?.encoding, encodings));
  }

  // A file left as it was keeps the stamp it was checked by; only the files written are looked at again.
  const written = new Set(changed);
  const after = await Promise.all(all.map((file) => (!written.has(file) && stamps.has(file.path) ? stamps.get(file.path)! : stampOf(path.join(outDir, file.path)))));
  return new Map(
    all.map((file, index) => {
      const encoding = written.has(file) ? encodings.get(file.path) : previous.get(file.path)?.encoding;
      return [file.path, encoding ? { file, stamp: after[index]!, encoding } : { file, stamp: after[index]! }];
    }),
  );
}

/**
 * The removal of the files the last write replaced, under way: a write waits
 * for it, so that two never work in one folder at once. A command's process
 * stays alive until it ends.
 */
let replacedRemoval: Promise<void> = Promise.resolve();

/**
 * Finish or undo a write that a killed run left: with a journal, finish it;
 * without one, remove the staging (the old output is still complete).
 *
 * @param outDir The output folder.
 * @returns Whether anything was left to recover.
 */
export async function recoverOutput(outDir: string): Promise<boolean> {
  const leftovers = (await readdir(outDir).catch(() => [])).filter((name) => name.startsWith(REPLACED_DIR_PREFIX));
  await Promise.all(leftovers.map((name) => rm(path.join(outDir, name), { recursive: true, force: true })));
  const transaction = path.join(outDir, TRANSACTION_DIR);
  if (!existsSync(transaction)) return false;
  const journal = await readJournal(transaction);
  if (journal) await apply(outDir, journal);
  await rm(transaction, { recursive: true, force: true });
  return true;
}

/**
 * Whether a write was interrupted in this folder (a run will finish or undo it).
 *
 * @param outDir The output folder.
 * @returns True when a staging or journal is left over.
 */
export function hasInterruptedWrite(outDir: string): boolean {
  return existsSync(path.join(outDir, TRANSACTION_DIR));
}

/** Stage the changed files, commit the journal, apply it. */
async function transact(
  outDir: string,
  changed: readonly GeneratedFile[],
  journal: Journal,
  removeReplacedLater: boolean,
  write: (staged: string, file: GeneratedFile) => Promise<void>,
): Promise<void> {
  const transaction = path.join(outDir, TRANSACTION_DIR);
  const staged = path.join(transaction, "new");
  await rm(transaction, { recursive: true, force: true });
  await mkdir(staged, { recursive: true });
  try {
    // Side by side: a watch edit's files are written while the next one is encoded.
    const folders = new Set(changed.map((file) => path.dirname(path.join(staged, file.path))));
    await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
    await Promise.all(changed.map((file) => write(path.join(staged, file.path), file)));
  } catch (error) {
    await rm(transaction, { recursive: true, force: true });
    throw error;
  }
  await pauseForTest("staged");
  await writeFile(path.join(transaction, "journal.json.tmp"), JSON.stringify(journal));
  await rename(path.join(transaction, "journal.json.tmp"), path.join(transaction, "journal.json"));
  await apply(outDir, journal);
  // Freeing a replaced file's blocks is most of the cost of replacing it (some 5 ms for a 6 MB module on this machine's disk):
  // the replaced files, kept by links in the transaction, are set aside under a name of their own and removed after the write returns.
  const replaced = path.join(outDir, `${REPLACED_DIR_PREFIX}${process.pid}-${++writes}`);
  await rename(transaction, replaced);
  replacedRemoval = rm(replaced, { recursive: true, force: true }).catch(() => undefined);
  if (!removeReplacedLater) await replacedRemoval;
}

/** Writes this process made: each names its folder of replaced files. */
let writes = 0;

/** Carry out a journal; every step can be repeated, so a run that finds it half done finishes it. */
async function apply(outDir: string, journal: Journal): Promise<void> {
  const staged = path.join(outDir, TRANSACTION_DIR, "new");
  const replaced = path.join(outDir, TRANSACTION_DIR, "replaced");
  await mkdir(replaced, { recursive: true });
  for (const [index, file] of journal.write.entries()) {
    const from = path.join(staged, file);
    if (!existsSync(from)) continue;
    // A link keeps the file being replaced, so the rename does not free it; where links fail, the rename frees it as usual.
    await link(path.join(outDir, file), path.join(replaced, String(index))).catch(() => undefined);
    await moveInto(from, path.join(outDir, file));
    if (index === 0) await pauseForTest("applying");
  }
  for (const file of journal.remove) {
    await rm(path.join(outDir, file), { force: true });
    await removeEmptyParents(outDir, path.dirname(file));
  }
  const manifest = manifestText(journal.manifest);
  if ((await readFile(path.join(outDir, MANIFEST_NAME), "utf8").catch(() => null)) === manifest) return;
  await writeFile(path.join(outDir, `${MANIFEST_NAME}.tmp`), manifest);
  await rename(path.join(outDir, `${MANIFEST_NAME}.tmp`), path.join(outDir, MANIFEST_NAME));
}

/** Rename a staged file into place, creating its folder when it is new (most writes replace a file in a folder that exists). */
async function moveInto(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    await mkdir(path.dirname(to), { recursive: true });
    await rename(from, to);
  }
}

/** A journal that doc2sdk wrote, or null (a staging that was never committed). */
async function readJournal(transaction: string): Promise<Journal | null> {
  const text = await readFile(path.join(transaction, "journal.json"), "utf8").catch(() => null);
  if (text === null) return null;
  const journal = JSON.parse(text) as Journal;
  const paths = [...journal.write, ...journal.remove, ...journal.manifest.files, ...journal.manifest.build];
  if (!paths.every((file) => typeof file === "string" && isSafeRelativePath(file))) throw new Error(`${transaction}: the journal names a path outside the output folder; remove the folder by hand`);
  return journal;
}

/** A generated path that exists on disk but that doc2sdk never wrote is the user's: refuse rather than overwrite it. */
async function refuseForeignFiles(outDir: string, files: readonly GeneratedFile[], old: OutputManifest): Promise<void> {
  const ours = new Set([...old.files, ...old.build]);
  for (const file of files) {
    if (!isSafeRelativePath(file.path)) throw new Error(`internal: generated path ${JSON.stringify(file.path)} leaves the output folder`);
    if (!ours.has(file.path) && existsSync(path.join(outDir, file.path))) {
      throw new Error(`${path.join(outDir, file.path)} exists and doc2sdk did not write it; move it away (nothing was written)`);
    }
  }
}

/** The files whose text differs from what is on disk, in their order (the files are checked side by side). */
async function changedFiles(outDir: string, files: readonly GeneratedFile[], previous: ReadonlyMap<string, WrittenFile>, stamps: Map<string, string>): Promise<GeneratedFile[]> {
  const current = await Promise.all(files.map((file) => isCurrent(outDir, file, previous.get(file.path), stamps)));
  return files.filter((_, index) => !current[index]);
}

/**
 * Whether the file on disk already has the text. A file untouched since the last write (same stamp) still holds
 * the text written then, so it is compared with that, not read; any other file is read.
 */
async function isCurrent(outDir: string, file: GeneratedFile, last: WrittenFile | undefined, stamps: Map<string, string>): Promise<boolean> {
  const target = path.join(outDir, file.path);
  if (last) {
    const stamp = await stampOf(target).catch(() => "");
    if (stamp === last.stamp) {
      stamps.set(file.path, stamp);
      return sameContent(last.file, file);
    }
  }
  return (await readFile(target, "utf8").catch(() => null)) === file.text;
}

/**
 * Write a generated file. One in pieces is written a piece at a time, each
 * piece's UTF-8 kept in `encodings` for the next write of the file, which then
 * encodes only the pieces that changed (at 5,000 pages, encoding a client's
 * 6 MB module again was 5 ms of every watch edit); the file is never made into
 * one string nor one buffer of its size.
 *
 * @param target The staged file.
 * @param file What to write.
 * @param last How the file was written last time, if in pieces.
 * @param encodings Where the pieces' bytes are kept, by path.
 */
async function writeGenerated(target: string, file: GeneratedFile, last: PiecesEncoding | undefined, encodings: Map<string, PiecesEncoding>): Promise<void> {
  if (!file.pieces) return writeFile(target, file.text);
  const encode = (piece: string): Buffer => Buffer.from(piece, "utf8");
  const buffers = (last && remap(last.pieces, last.buffers, file.pieces, encode, new Set(), MOST_REENCODED)) ?? file.pieces.map(encode);
  encodings.set(file.path, { pieces: file.pieces, buffers });
  const handle = await open(target, "w");
  try {
    for (let from = 0; from < buffers.length; from += IOV_MAX) await writeAll(handle, buffers.slice(from, from + IOV_MAX));
  } finally {
    await handle.close();
  }
}

/** Pieces that changed past which a file is encoded afresh. */
const MOST_REENCODED = 1024;

/** The most buffers one `writev` takes (Linux's IOV_MAX). */
const IOV_MAX = 1024;

/** Write buffers at the file's position, going on after a short write. */
async function writeAll(handle: FileHandle, buffers: readonly Buffer[]): Promise<void> {
  const total = buffers.reduce((sum, buffer) => sum + buffer.length, 0);
  const written = (await handle.writev(buffers as Buffer[])).bytesWritten;
  if (written === total) return;
  const rest = Buffer.concat(buffers as Buffer[]).subarray(written);
  for (let offset = 0; offset < rest.length; ) offset += (await handle.write(rest, offset, rest.length - offset)).bytesWritten;
}

/** Remove folders left empty by a removed file, up to the output folder. */
async function removeEmptyParents(outDir: string, folder: string): Promise<void> {
  for (let current = folder; current !== "." && current !== ""; current = path.dirname(current)) {
    const absolute = path.join(outDir, current);
    if ((await readdir(absolute).catch(() => ["?"])).length > 0) return;
    await rmdir(absolute).catch(() => undefined);
  }
}

async function stampOf(file: string): Promise<string> {
  const info = await stat(file, { bigint: true });
  return `${info.ino}:${info.size}:${info.mtimeNs}`;
}

/**
 * Test hook for the kill tests: with `DOC2SDK_TEST_PAUSE=<step>:<file>`, the
 * writer creates `<file>` at that step and waits up to 30 s, so a test can kill it there.
 */
async function pauseForTest(step: "staged" | "applying"): Promise<void> {
  const hook = process.env["DOC2SDK_TEST_PAUSE"];
  if (!hook || !hook.startsWith(`${step}:`)) return;
  await writeFile(hook.slice(step.length + 1), step);
  await new Promise((resolve) => setTimeout(resolve, 30_000));
}

/**
 * Compare generated files with the output folder, as `--check` does.
 *
 * @param outDir The output folder.
 * @param files The package files that would be written.
 * @returns Paths that differ, are missing, or were generated before and no longer are, sorted; the manifest counts too.
 */
export async function staleFiles(outDir: string, files: readonly GeneratedFile[]): Promise<string[]> {
  if (hasInterruptedWrite(outDir)) return [`${TRANSACTION_DIR} (an interrupted write; the next generate finishes it)`];
  const stale: string[] = [];
  for (const file of files) {
    const current = await readFile(path.join(outDir, file.path), "utf8").catch(() => null);
    if (current === null) stale.push(`${file.path} (missing)`);
    else if (current !== file.text) stale.push(`${file.path} (differs)`);
  }
  const manifest = await readManifest(outDir);
  const expected = files.map((file) => file.path).sort();
  if (!manifest) stale.push(`${MANIFEST_NAME} (missing)`);
  else {
    const generated = new Set(expected);
    for (const file of manifest.files) if (!generated.has(file)) stale.push(`${file} (no longer generated)`);
    if (manifest.files.join("\n") !== expected.join("\n")) stale.push(`${MANIFEST_NAME} (differs)`);
  }
  return stale.sort();
}
