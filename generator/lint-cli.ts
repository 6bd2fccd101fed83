#!/usr/bin/env node
/**
 * `npm run lint:docs`: report every problem in the docs, with the page, line
 * and column, as text or (`--json`) for CI annotations. Reads the docs; writes
 * only to stdout and stderr.
 */
import { readConfiguredCommandLine, runCommand, USAGE_EXIT } from "./cli/command.js";
import { loadTemplates, readInputPages } from "./cli/files.js";
import { formatDiagnostic, summarise } from "./cli/format.js";
import type { Diagnostic } from "./diagnostics.js";
import { lintDocs } from "./lint/lint.js";
import { githubAnnotation, sarifLog } from "./cli/annotations.js";
import { projectRoot } from "./cli/project-root.js";
import { cacheTypeScriptCompilation } from "./cli/compile-cache.js";
import { loadProfile } from "./cli/profile.js";
import { DEFAULT_PROFILE } from "./profile/index.js";
import type { Profile } from "./profile/profile.js";
import { readFileSync } from "node:fs";
import path from "node:path";

const USAGE = `Usage: doc2sdk lint [options]   (in this repository: npm run lint:docs -- [options])

  --input <dir|glob>   docs to check (repeatable; default docs-input)
  --json               print the problems as JSON
  --format <f>         text (default), json, github (workflow annotations) or sarif (code scanning)
  --strict             count warnings as problems (exit 1)
  --quiet              print errors and warnings only, no notes
  --profile <module>   the API's profile (default GenAuth's), as for generate
  --config <file>      read input, strict, quiet and profile from this file (default doc2sdk.config.* here)

Exit codes: 0 no errors (warnings are printed), 1 errors (or warnings with --strict), 2 bad usage or unreadable input.`;

/** Exit codes: the same scheme as every doc2sdk command. */
export const LINT_EXIT = { clean: 0, problems: 1, usage: USAGE_EXIT } as const;

/** One problem in the JSON output: flat, 1-based positions, as annotation tools expect. */
interface JsonProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Diagnostic["severity"];
  code: string;
  message: string;
  related?: { file: string; line: number; column: number; message: string };
}

async function main(argv: readonly string[]): Promise<number> {
  cacheTypeScriptCompilation(process.cwd());
  const command = await readConfiguredCommandLine(
    argv,
    {
      options: {
        input: { type: "string", multiple: true },
        json: { type: "boolean", default: false },
        format: { type: "string" },
        strict: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        profile: { type: "string" },
      },
      usage: USAGE,
    },
    ["input", "strict", "quiet", "profile"],
  );
  if ("exit" in command) return command.exit;
  const { values } = command;
  const format = values.json ? "json" : (values.format ?? "text");
  if (!["text", "json", "github", "sarif"].includes(format)) {
    process.stderr.write(`doc2sdk lint: --format takes text, json, github or sarif, not ${JSON.stringify(format)}\n\n${USAGE}\n`);
    return LINT_EXIT.usage;
  }
  const inputs = values.input ?? ["docs-input"];
  let pages;
  try {
    pages = await readInputPages(inputs, process.cwd());
  } catch (error) {
    process.stderr.write(`doc2sdk lint: ${error instanceof Error ? error.message : String(error)}\n`);
    return LINT_EXIT.usage;
  }
  let profile: Profile = DEFAULT_PROFILE;
  try {
    if (values.profile) profile = (await loadProfile(values.profile, process.cwd())).profile;
  } catch (error) {
    process.stderr.write(`doc2sdk lint: ${error instanceof Error ? error.message : String(error)}\n`);
    return LINT_EXIT.usage;
  }
  const templates = await loadTemplates(path.join(projectRoot(import.meta.url), "templates"), profile.runtime);
  const diagnostics = lintDocs(pages, { templates, profile }).filter((item) => !values.quiet || item.severity !== "info");
  if (format === "github") {
    for (const item of diagnostics) process.stdout.write(`${githubAnnotation(item)}\n`);
  } else if (format === "sarif") {
    const { version } = JSON.parse(readFileSync(path.join(projectRoot(import.meta.url), "package.json"), "utf8")) as { version: string };
    process.stdout.write(`${JSON.stringify(sarifLog(diagnostics, version), null, 2)}\n`);
  } else if (format === "json") {
    const counts = { errors: count(diagnostics, "error"), warnings: count(diagnostics, "warning"), notes: count(diagnostics, "info") };
    process.stdout.write(`${JSON.stringify({ pages: pages.length, ...counts, problems: diagnostics.map(toJson) }, null, 2)}\n`);
  } else {
    for (const item of diagnostics) process.stdout.write(`${formatDiagnostic(item)}\n`);
    process.stderr.write(`doc2sdk lint: ${pages.length} pages, ${summarise(diagnostics)}\n`);
  }
  const problems = count(diagnostics, "error") + (values.strict ? count(diagnostics, "warning") : 0);
  return problems > 0 ? LINT_EXIT.problems : LINT_EXIT.clean;
}

function count(diagnostics: readonly Diagnostic[], severity: Diagnostic["severity"]): number {
  return diagnostics.filter((item) => item.severity === severity).length;
}

function toJson(item: Diagnostic): JsonProblem {
  const { file, start, end } = item.place;
  const problem: JsonProblem = { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity: item.severity, code: item.code, message: item.message };
  if (item.related) problem.related = { file: item.related.place.file, line: item.related.place.start.line, column: item.related.place.start.column, message: item.related.message };
  return problem;
}

runCommand(() => main(process.argv.slice(2)), "doc2sdk lint", LINT_EXIT.usage);
