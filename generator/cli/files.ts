import { existsSync } from "node:fs";
import { link, mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
import type { GeneratedFile } from "../emit/emit.js";
import type { TemplateSet } from "../emit/templates.js";
import type { InputPage } from "../analyse-pages.js";

/** Folders inside the output that belong to the user's build, not to the generator. */
const NOT_GENERATED = new Set(["node_modules", "dist"]);

/**
 * Read the pages an `--input` names: every `.md` under a folder, or the files a glob matches.
 *
 * @param inputs Folders or globs.
 * @param cwd Working folder; page paths are shown relative to it.
 * @returns Pages sorted by path.
 */
export async function readInputPages(inputs: readonly string[], cwd: string): Promise<InputPage[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const isFolder = existsSync(absolute) && (await stat(absolute)).isDirectory();
    const matches = isFolder
      ? await glob("**/*.md", { cwd: absolute, absolute: true })
      : await glob(input, { cwd, absolute: true });
    if (matches.length === 0) throw new Error(`${input}: no markdown pages found`);
    for (const match of matches) files.add(match);
  }
  const sorted = [...files].sort();
  const pages: InputPage[] = new Array(sorted.length);
  // A few reads at a time: thousands at once hold every file's buffer alongside its string (+140 MB at 5,000 pages).
  let next = 0;
  const reader = async (): Promise<void> => {
    for (let index = next++; index < sorted.length; index = next++) {
      pages[index] = { file: path.relative(cwd, sorted[index]!).split(path.sep).join("/"), text: await readFile(sorted[index]!, "utf8") };
    }
  };
  await Promise.all(Array.from({ length: Math.min(READERS, sorted.length) }, reader));
  return pages;
}

/** How many page reads run at once. */
const READERS = 16;

/**
 * Read the templates and runtime sources.
 *
 * @param templatesDir The templates/ folder.
 * @returns Their texts.
 */
export async function loadTemplates(templatesDir: string): Promise<TemplateSet> {
  const read = (name: string): Promise<string> => readFile(path.join(templatesDir, name), "utf8");
  const runtimeDir = path.join(templatesDir, "runtime");
  const runtimeNames = (await readdir(runtimeDir)).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts")).sort();
  return {
    client: await read("client.ts.hbs"),
    method: await read("method.ts.hbs"),
    index: await read("index.ts.hbs"),
    packageJson: await read("package.json.hbs"),
    readme: await read("README.md.hbs"),
    sdkInfo: await read("sdk-info.ts.hbs"),
    tsconfig: await read("tsconfig.json.hbs"),
    runtime: await Promise.all(runtimeNames.map(async (name) => ({ name, text: await readFile(path.join(runtimeDir, name), "utf8") }))),
  };
}

/** A file as a writer left it: its text and the stat stamp (inode, size, modified time) it had then. */
export interface WrittenFile {
  text: string;
  stamp: string;
}

/**
 * Replace the output folder with the generated files in one swap: files are
 * written to a sibling temporary folder first, so a failure leaves the old
 * output exactly as it was.
 *
 * @param outDir The output folder.
 * @param files The files to write.
 * @param previous What the last call wrote (watch mode). A file with the same
 *   text whose stamp shows nobody has touched it since is hard-linked into the
 *   new folder instead of written again; any other file is written.
 * @returns What this call wrote, to pass as `previous` next time.
 */
export async function writeAtomically(outDir: string, files: readonly GeneratedFile[], previous: ReadonlyMap<string, WrittenFile> = new Map()): Promise<Map<string, WrittenFile>> {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(outDir);
  const staging = path.join(parent, `.${base}.doc2sdk-new-${process.pid}`);
  const retired = path.join(parent, `.${base}.doc2sdk-old-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    const folders = new Set(files.map((file) => path.dirname(path.join(staging, file.path))));
    for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
    for (const file of files) {
      const target = path.join(staging, file.path);
      if (previous.get(file.path)?.text === file.text && (await linkedIfUntouched(path.join(outDir, file.path), target, previous.get(file.path)!.stamp))) continue;
      await writeFile(target, file.text);
    }
    if (existsSync(outDir)) await rename(outDir, retired);
    await rename(staging, outDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(outDir) && existsSync(retired)) await rename(retired, outDir);
    throw error;
  }
  await rm(retired, { recursive: true, force: true });
  const written = new Map<string, WrittenFile>();
  for (const file of files) written.set(file.path, { text: file.text, stamp: await stampOf(path.join(outDir, file.path)) });
  return written;
}

/** Hard-link a file the last write left, when its stamp shows it is still as written. */
async function linkedIfUntouched(existing: string, target: string, stamp: string): Promise<boolean> {
  if ((await stampOf(existing).catch(() => "")) !== stamp) return false;
  return link(existing, target).then(
    () => true,
    () => false,
  );
}

async function stampOf(file: string): Promise<string> {
  const info = await stat(file, { bigint: true });
  return `${info.ino}:${info.size}:${info.mtimeNs}`;
}

/**
 * Write one file so that a reader never sees it half written: write a
 * temporary file beside it, then rename it over the target.
 *
 * @param file Target path; its folder is created.
 * @param text The content.
 */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.doc2sdk-new-${process.pid}`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Compare generated files with what is on disk.
 *
 * @param outDir The output folder.
 * @param files The files that would be written.
 * @returns Paths that differ, are missing, or are on disk but no longer generated, sorted.
 */
export async function staleFiles(outDir: string, files: readonly GeneratedFile[]): Promise<string[]> {
  const stale: string[] = [];
  const expected = new Set(files.map((file) => file.path));
  for (const file of files) {
    const target = path.join(outDir, file.path);
    const current = existsSync(target) ? await readFile(target, "utf8") : null;
    if (current === null) stale.push(`${file.path} (missing)`);
    else if (current !== file.text) stale.push(`${file.path} (differs)`);
  }
  if (existsSync(outDir)) {
    const present = await glob("**/*", { cwd: outDir, dot: true, ignore: [...NOT_GENERATED].map((name) => `${name}/**`) });
    for (const file of present) if (!expected.has(file)) stale.push(`${file} (no longer generated)`);
  }
  return stale.sort();
}
