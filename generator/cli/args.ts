import { DEFAULT_PROFILE } from "../profile/index.js";
import type { Profile } from "../profile/profile.js";
import { parseArgs } from "node:util";
import { DEFAULT_LIMITS, type InputLimits } from "./limits.js";

/** Command-line options of `npm run generate`. */
export interface CliOptions {
  inputs: string[];
  out: string;
  check: boolean;
  build: boolean;
  /** Regenerate on every change to the docs until stopped. */
  watch: boolean;
  /** Where parsed pages and the last package are kept, or null with --no-cache. */
  cacheDir: string | null;
  ir: string | null;
  /** The input limits (`--max-page-size`, `--max-total-size`, `--max-nesting`). */
  limits: InputLimits;
  /** A bindings file (YAML or JSON: `Client.method` → `{ method, path }`), or null. */
  bindings: string | null;
  /** Where to write the OpenAPI 3.1 document of the IR, or null. */
  openapi: string | null;
  strict: boolean;
  quiet: boolean;
  /** How diagnostics are printed: `text`, or `github` workflow annotations. */
  format: "text" | "github";
  packageName: string;
  packageVersion: string;
  title: string;
  /** A module whose default export is the API's profile, or null for GenAuth's. */
  profile: string | null;
  /** The generated package's licence (SPDX), or null. */
  license: string | null;
  /** The generated package's repository URL, or null. */
  repository: string | null;
  help: boolean;
}

export const USAGE = `Usage: doc2sdk generate [options]   (in this repository: npm run generate -- [options])

  --config <file>      options from a file (default: doc2sdk.config.{ts,mjs,js,json,yaml} in the working folder); flags win
  --input <dir|glob>   docs to read (repeatable; default docs-input)
  --out <dir>          output package folder (default generated)
  --check              write nothing; exit 1 and list the files when the output is stale
  --cache-dir <dir>    where parsed pages are kept between runs (default .doc2sdk-cache)
  --no-cache           parse every page and emit afresh (the output is the same)
  --watch              regenerate on every change in the input folders, parsing only changed pages
  --build              also compile the package to dist/ (ESM, CommonJS and .d.ts), ready for npm publish
  --bindings <file>    verb and path per method where the rule is wrong (YAML or JSON: Client.method: { method, path })
  --ir <file>          also write the IR as JSON
  --openapi <file>     also write an OpenAPI 3.1 document of the API (JSON; YAML when the name ends in .yaml or .yml)
  --max-page-size <bytes>   largest page taken (default 4194304)
  --max-total-size <bytes>  all pages together (default 536870912)
  --max-nesting <n>    deepest nesting of lists and block quotes in a page (default 32)
  --strict             treat warnings as errors
  --quiet              print errors only
  --format <f>         diagnostics as text (default) or github (workflow annotations)
  --package-name <n>   npm name of the generated package (default ${DEFAULT_PROFILE.defaults.packageName})
  --package-version <v>
  --title <t>          API name used in the generated README (default ${DEFAULT_PROFILE.defaults.title})
  --license <spdx>     licence of the generated package, e.g. MIT (package.json and README)
  --profile <file>     a module whose default export is the API's profile (clients, paths, auth; default GenAuth's)
  --repository <url>   repository of the generated package (package.json and README)`;

/**
 * Read the command line.
 *
 * @param argv Arguments after the script name.
 * @param defaults The package name and title used when the command line gives none (the profile's).
 * @returns The options.
 */
export function parseCliArgs(argv: readonly string[], defaults: Profile["defaults"] = DEFAULT_PROFILE.defaults): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      input: { type: "string", multiple: true },
      out: { type: "string" },
      check: { type: "boolean", default: false },
      build: { type: "boolean", default: false },
      watch: { type: "boolean", default: false },
      "cache-dir": { type: "string" },
      "no-cache": { type: "boolean", default: false },
      ir: { type: "string" },
      bindings: { type: "string" },
      "max-page-size": { type: "string" },
      "max-total-size": { type: "string" },
      "max-nesting": { type: "string" },
      openapi: { type: "string" },
      strict: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      format: { type: "string" },
      "package-name": { type: "string" },
      "package-version": { type: "string" },
      license: { type: "string" },
      profile: { type: "string" },
      repository: { type: "string" },
      title: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    inputs: values.input ?? ["docs-input"],
    out: values.out ?? "generated",
    check: values.check ?? false,
    build: values.build ?? false,
    watch: values.watch ?? false,
    cacheDir: values["no-cache"] ? null : (values["cache-dir"] ?? ".doc2sdk-cache"),
    ir: values.ir ?? null,
    bindings: values.bindings ?? null,
    limits: {
      maxPageBytes: positiveInteger(values["max-page-size"], "--max-page-size", DEFAULT_LIMITS.maxPageBytes),
      maxTotalBytes: positiveInteger(values["max-total-size"], "--max-total-size", DEFAULT_LIMITS.maxTotalBytes),
      maxNesting: positiveInteger(values["max-nesting"], "--max-nesting", DEFAULT_LIMITS.maxNesting),
    },
    openapi: values.openapi ?? null,
    strict: values.strict ?? false,
    quiet: values.quiet ?? false,
    format: diagnosticFormat(values.format),
    packageName: values["package-name"] ?? defaults.packageName,
    packageVersion: values["package-version"] ?? "0.1.0",
    title: values.title ?? defaults.title,
    profile: values.profile ?? null,
    license: values.license ?? null,
    repository: values.repository ?? null,
    help: values.help ?? false,
  };
}

/** A whole number above zero from an option, or its default; anything else is a usage error. */
function positiveInteger(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[1-9][0-9]{0,15}$/.test(value)) throw new Error(`${option} takes a whole number above 0, not ${JSON.stringify(value)}`);
  return Number(value);
}

function diagnosticFormat(value: string | undefined): "text" | "github" {
  if (value === undefined || value === "text" || value === "github") return value ?? "text";
  throw new Error(`--format takes text or github, not ${JSON.stringify(value)}`);
}
