import { DEFAULT_PROFILE } from "../profile/index.js";
import type { Profile } from "../profile/profile.js";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
import type { TemplateSet } from "../emit/templates.js";
import type { InputPage } from "../analyse-pages.js";
import { decodePage } from "./decode-page.js";
import { DEFAULT_LIMITS, nestingDepth, type InputLimits } from "./limits.js";

/**
 * Read the pages an `--input` names: every `.md` under a folder, or the files a glob matches.
 *
 * @param inputs Folders or globs.
 * @param cwd Working folder; page paths are shown relative to it.
 * @param limits The largest page, the largest total and the deepest nesting taken.
 * @returns Pages sorted by path.
 * @throws When no page matches, or a page is over a limit or is not text: the message names the page (and its line), before anything large is read.
 */
export async function readInputPages(inputs: readonly string[], cwd: string, limits: InputLimits = DEFAULT_LIMITS): Promise<InputPage[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const isFolder = existsSync(absolute) && (await stat(absolute)).isDirectory();
    const matches = isFolder
      ? await glob("**/*.{md,html,htm}", { cwd: absolute, absolute: true })
      : await glob(input, { cwd, absolute: true });
    if (matches.length === 0) throw new Error(`${input}: no markdown pages found`);
    for (const match of matches) files.add(match);
  }
  const sorted = [...files].sort();
  checkSizes(sorted, cwd, limits);
  // One page at a time, synchronously: for thousands of small files a synchronous read is several times
  // faster than a round trip through libuv's thread pool, and only one file's buffer is held at once.
  return sorted.map((absolute) => {
    const file = path.relative(cwd, absolute).split(path.sep).join("/");
    const text = decodePage(readFileSync(absolute), file);
    const nesting = nestingDepth(text);
    if (nesting.depth > limits.maxNesting) throw new Error(`${file}:${nesting.line}:1: error: Unexpected nesting ${nesting.depth} deep, expected at most ${limits.maxNesting} (--max-nesting)`);
    return { file, text };
  });
}

/** Refuse a page or a whole input over the size limits, from the files' sizes alone. */
function checkSizes(files: readonly string[], cwd: string, limits: InputLimits): void {
  let total = 0;
  for (const file of files) {
    const size = statSync(file).size;
    const shown = path.relative(cwd, file).split(path.sep).join("/");
    if (size > limits.maxPageBytes) throw new Error(`${shown}: error: Unexpected page of ${size} bytes, expected at most ${limits.maxPageBytes} (--max-page-size)`);
    total += size;
    if (total > limits.maxTotalBytes) throw new Error(`${shown}: error: Unexpected input over ${limits.maxTotalBytes} bytes in all (--max-total-size); this page passes it`);
  }
}

/**
 * Read the templates and runtime sources.
 *
 * @param templatesDir The templates/ folder.
 * @param runtime The profile's changes to the runtime (GenAuth's: none).
 * @returns Their texts.
 */
export async function loadTemplates(templatesDir: string, runtime: Profile["runtime"] = DEFAULT_PROFILE.runtime): Promise<TemplateSet> {
  const read = (name: string): Promise<string> => readFile(path.join(templatesDir, name), "utf8");
  const sources = new Map<string, string>();
  for (const folder of [path.join(templatesDir, "runtime"), ...(runtime.folder ? [runtime.folder] : [])]) {
    for (const name of await readdir(folder)) if (name.endsWith(".ts") && !name.endsWith(".test.ts")) sources.set(name, path.join(folder, name));
  }
  for (const name of runtime.omit) if (sources.get(name)?.startsWith(path.join(templatesDir, "runtime"))) sources.delete(name);
  const runtimeNames = [...sources.keys()].sort();
  return {
    client: await read("client.ts.hbs"),
    method: await read("method.ts.hbs"),
    functions: await read("functions.ts.hbs"),
    function: await read("function.ts.hbs"),
    index: await read("index.ts.hbs"),
    packageJson: await read("package.json.hbs"),
    readme: await read("README.md.hbs"),
    readmeMethod: await read("readme-method.md.hbs"),
    sdkInfo: await read("sdk-info.ts.hbs"),
    tsconfig: await read("tsconfig.json.hbs"),
    runtime: await Promise.all(runtimeNames.map(async (name) => ({ name, text: await readFile(sources.get(name)!, "utf8") }))),
  };
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
