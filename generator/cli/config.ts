import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Doc2sdkConfig } from "../config.js";
import { requireCommonJs } from "../emit/require.js";

/** The names looked for in the working folder, in this order. */
export const CONFIG_NAMES = ["doc2sdk.config.ts", "doc2sdk.config.mjs", "doc2sdk.config.js", "doc2sdk.config.json", "doc2sdk.config.yaml", "doc2sdk.config.yml"];

/** Each key, its flag, and the type it takes. */
const KEYS: Readonly<Record<keyof Doc2sdkConfig, { flag: string; type: "string" | "strings" | "boolean" | "number" | "cache" }>> = {
  input: { flag: "--input", type: "strings" },
  out: { flag: "--out", type: "string" },
  bindings: { flag: "--bindings", type: "string" },
  packageName: { flag: "--package-name", type: "string" },
  packageVersion: { flag: "--package-version", type: "string" },
  title: { flag: "--title", type: "string" },
  profile: { flag: "--profile", type: "string" },
  license: { flag: "--license", type: "string" },
  repository: { flag: "--repository", type: "string" },
  strict: { flag: "--strict", type: "boolean" },
  quiet: { flag: "--quiet", type: "boolean" },
  cache: { flag: "--cache-dir", type: "cache" },
  openapi: { flag: "--openapi", type: "string" },
  ir: { flag: "--ir", type: "string" },
  maxPageSize: { flag: "--max-page-size", type: "number" },
  maxTotalSize: { flag: "--max-total-size", type: "number" },
  maxNesting: { flag: "--max-nesting", type: "number" },
};
const ALL_KEYS = Object.keys(KEYS) as (keyof Doc2sdkConfig)[];

/**
 * The command line with a config file's settings in front of it: `--config
 * <file>` names the file, else the first of `CONFIG_NAMES` in the working
 * folder is used, if any. Flags given on the command line win.
 *
 * @param argv The command line after the command.
 * @param cwd The working folder.
 * @param keys The keys this command takes (every key for `generate`); a
 *   config's other keys are checked, then left out, so one file serves every command.
 * @returns The arguments to parse, and the config file read (or null).
 * @throws When the file cannot be read, or a key is unknown or has the wrong type: the message names the file and the key.
 */
export async function withConfig(argv: readonly string[], cwd: string, keys: readonly (keyof Doc2sdkConfig)[] = ALL_KEYS): Promise<{ argv: string[]; file: string | null }> {
  const at = argv.findIndex((arg) => arg === "--config" || arg.startsWith("--config="));
  const given = at < 0 ? null : argv[at]!.includes("=") ? argv[at]!.slice("--config=".length) : argv[at + 1];
  if (at >= 0 && !given) throw new Error("--config takes a file");
  const rest = at < 0 ? [...argv] : [...argv.slice(0, at), ...argv.slice(at + (argv[at]!.includes("=") ? 1 : 2))];
  const file = given ? path.resolve(cwd, given) : (CONFIG_NAMES.map((name) => path.join(cwd, name)).find((candidate) => existsSync(candidate)) ?? null);
  if (!file) return { argv: rest, file: null };
  const config = await loadConfig(file, cwd);
  return { argv: [...configArguments(config, path.relative(cwd, file) || file, rest, keys), ...rest], file };
}

/** Read a config file of any of the supported kinds. */
async function loadConfig(file: string, cwd: string): Promise<unknown> {
  const shown = path.relative(cwd, file) || file;
  const text = await readFile(file, "utf8").catch(() => {
    throw new Error(`${shown}: cannot read the config file`);
  });
  if (file.endsWith(".json")) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new Error(`${shown}: invalid JSON (${(error as Error).message})`);
    }
  }
  if (/\.ya?ml$/.test(file)) {
    const { parse } = await import("yaml");
    return parse(text);
  }
  return importDefault(file, text, cwd);
}

/**
 * The default export of a JavaScript or TypeScript module of the user's (a
 * config file, a profile). TypeScript is compiled first (`transpiledConfig`).
 *
 * @param file Absolute path of the module.
 * @param text Its text.
 * @param cwd The working folder.
 * @returns Its default export.
 */
export async function importDefault(file: string, text: string, cwd: string): Promise<unknown> {
  const url = file.endsWith(".ts") ? await transpiledConfig(file, text, cwd) : pathToFileURL(file).href;
  return ((await importUrl(url)) as { default?: unknown }).default;
}

/**
 * `import(url)`, through the importer the compiled CLI's launcher lends when
 * there is one: the launcher runs the CLI as a script with V8's code cache
 * (bin/code-cache.mjs), and on Node 20 a script read from a code cache has no
 * module loader for its own `import()`.
 */
function importUrl(url: string): Promise<unknown> {
  const lent = (globalThis as { [IMPORTER]?: (url: string) => Promise<unknown> })[IMPORTER];
  return lent ? lent(url) : import(url);
}

/** Where bin/code-cache.mjs lends its `import`. */
const IMPORTER = Symbol.for("doc2sdk.import");

/**
 * A TypeScript config or profile, compiled to JavaScript with the typescript
 * package doc2sdk already depends on, written to the project's own
 * `node_modules/.cache/doc2sdk/` so that its `import … from "doc2sdk"`
 * resolves. `import.meta.url` still names the module's own file, so paths it
 * builds from it (a profile's runtime folder) stay right.
 */
async function transpiledConfig(file: string, text: string, cwd: string): Promise<string> {
  const ts = requireCommonJs("typescript") as typeof import("typescript");
  const compiled = ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }, fileName: file }).outputText;
  const output = compiled.replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(file).href));
  const folder = path.join(cwd, "node_modules", ".cache", "doc2sdk");
  await mkdir(folder, { recursive: true });
  const target = path.join(folder, `config-${createHash("sha256").update(output).digest("hex").slice(0, 16)}.mjs`);
  await writeFile(target, output);
  return pathToFileURL(target).href;
}

/** The flags a config stands for, leaving out those the command line gives itself. */
function configArguments(config: unknown, shown: string, commandLine: readonly string[], keys: readonly (keyof Doc2sdkConfig)[]): string[] {
  if (typeof config !== "object" || config === null || Array.isArray(config)) throw new Error(`${shown}: expected an object of options (export default defineConfig({ … }))`);
  const given = (flag: string): boolean => commandLine.some((arg) => arg === flag || arg.startsWith(`${flag}=`) || (flag === "--cache-dir" && arg === "--no-cache"));
  const args: string[] = [];
  for (const [key, value] of Object.entries(config)) {
    const spec = (KEYS as Record<string, (typeof KEYS)[keyof Doc2sdkConfig]>)[key];
    if (!spec) throw new Error(`${shown}: unknown key "${key}", expected one of ${Object.keys(KEYS).join(", ")}`);
    const wrong = (expected: string): Error => new Error(`${shown}: "${key}" must be ${expected}, not ${JSON.stringify(value)}`);
    const flags = flagsOf(spec, value, wrong);
    if (value !== undefined && keys.includes(key as keyof Doc2sdkConfig) && !given(spec.flag)) args.push(...flags);
  }
  return args;
}

/** The flags one key stands for, its value checked. */
function flagsOf(spec: (typeof KEYS)[keyof Doc2sdkConfig], value: unknown, wrong: (expected: string) => Error): string[] {
  if (value === undefined) return [];
  switch (spec.type) {
    case "string":
      if (typeof value !== "string" || value === "") throw wrong("a string");
      return [spec.flag, value];
    case "strings": {
      const values = typeof value === "string" ? [value] : value;
      if (!Array.isArray(values) || values.length === 0 || !values.every((item) => typeof item === "string" && item !== "")) throw wrong("a string or a list of strings");
      return values.flatMap((item) => [spec.flag, item as string]);
    }
    case "boolean":
      if (typeof value !== "boolean") throw wrong("true or false");
      return value ? [spec.flag] : [];
    case "number":
      if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) throw wrong("a whole number above 0");
      return [spec.flag, String(value)];
    case "cache":
      if (value === false) return ["--no-cache"];
      if (typeof value === "string" && value !== "") return [spec.flag, value];
      throw wrong("a folder or false");
  }
}
