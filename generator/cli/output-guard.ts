import { existsSync, realpathSync, statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { InputPage } from "../analyse-pages.js";
import type { CliOptions } from "./args.js";
import { MANIFEST_NAME, TRANSACTION_DIR } from "./output-manifest.js";

/** What an output folder must not be or hold. */
export interface OutputGuardContext {
  /** The working folder. */
  cwd: string;
  /** The `--input` folders, absolute. */
  inputFolders: readonly string[];
  /** Every page read, absolute. */
  pageFiles: readonly string[];
  /** The user's home folder (os.homedir() by default). */
  home?: string;
}

/**
 * Why doc2sdk must not write into a folder, or null when it may. It replaces
 * only a folder that it created (one with a manifest), or a new or empty one,
 * and never a folder that holds the docs, the working folder, the home folder
 * or the filesystem root.
 *
 * @param outDir The `--out` folder as given.
 * @param context The working folder, inputs and pages.
 * @returns A sentence that says why, or null.
 */
export async function outputFolderRefusal(outDir: string, context: OutputGuardContext): Promise<string | null> {
  const out = canonical(path.resolve(context.cwd, outDir));
  const where = `--out ${JSON.stringify(outDir)}`;
  if (out === path.parse(out).root) return `${where} is the filesystem root`;
  if (out === canonical(context.home ?? os.homedir())) return `${where} is the home folder`;
  const cwd = canonical(context.cwd);
  if (contains(out, cwd)) return `${where} ${out === cwd ? "is" : "contains"} the current folder`;
  for (const folder of context.inputFolders.map(canonical)) {
    if (contains(out, folder)) return `${where} ${out === folder ? "is" : "contains"} the input folder ${JSON.stringify(path.relative(cwd, folder) || ".")}`;
    if (contains(folder, out)) return `${where} is inside the input folder ${JSON.stringify(path.relative(cwd, folder))}: the generated README would be read as a page`;
  }
  const page = context.pageFiles.find((file) => contains(out, canonical(file)));
  if (page) return `${where} contains the input page ${JSON.stringify(path.relative(cwd, page))}`;
  return foreignContentRefusal(out, where);
}

/** A folder that exists must be one doc2sdk made: empty, or holding its manifest. */
async function foreignContentRefusal(out: string, where: string): Promise<string | null> {
  const info = await stat(out).catch(() => null);
  if (!info) return null;
  if (!info.isDirectory()) return `${where} is a file, not a folder`;
  const entries = await readdir(out);
  // A first write that was killed after its journal: doc2sdk's own, finished by the writer.
  if (entries.includes(TRANSACTION_DIR) && existsSync(path.join(out, TRANSACTION_DIR, "journal.json"))) return null;
  if (entries.every((name) => name === TRANSACTION_DIR) || entries.includes(MANIFEST_NAME)) return null;
  return `${where} is not empty and has no ${MANIFEST_NAME}, so doc2sdk did not create it; name a new or empty folder (doc2sdk never replaces files it did not write)`;
}

/** Whether `folder` is `other` or one of its ancestors. */
function contains(folder: string, other: string): boolean {
  const relative = path.relative(folder, other);
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** The real path of a file, or of its nearest existing ancestor with the rest appended: symlinks cannot hide a folder. */
function canonical(file: string): string {
  const absolute = path.resolve(file);
  try {
    return realpathSync.native(absolute);
  } catch {
    const parent = path.dirname(absolute);
    return parent === absolute ? absolute : path.join(canonical(parent), path.basename(absolute));
  }
}

/**
 * `outputFolderRefusal` for a command line: the input folders are the `--input`s that are folders.
 *
 * @param options The command line.
 * @param pages The pages read (paths relative to `cwd`).
 * @param cwd The working folder.
 * @returns Why `--out` must not be written, or null.
 */
export function outputRefusalFor(options: Pick<CliOptions, "out" | "inputs">, pages: readonly Pick<InputPage, "file">[], cwd: string): Promise<string | null> {
  const inputFolders = options.inputs.map((input) => path.resolve(cwd, input)).filter((input) => statSync(input, { throwIfNoEntry: false })?.isDirectory());
  return outputFolderRefusal(options.out, { cwd, inputFolders, pageFiles: pages.map((page) => path.resolve(cwd, page.file)) });
}
