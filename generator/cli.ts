#!/usr/bin/env node
/**
 * `npm run generate`: the only part of doc2sdk that reads or writes files,
 * prints, or sets the exit code. Everything else is pure.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compilePackage } from "./build/compile.js";
import { parseCliArgs, USAGE, type CliOptions } from "./cli/args.js";
import { loadTemplates, readInputPages, staleFiles, writeAtomically } from "./cli/files.js";
import { formatDiagnostic, summarise } from "./cli/format.js";
import { generate } from "./generate.js";

const TEMPLATES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "templates");

async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const cwd = process.cwd();
  const pages = await readInputPages(options.inputs, cwd);
  const templates = await loadTemplates(TEMPLATES_DIR);
  const result = generate(pages, {
    templates,
    package: { name: options.packageName, version: options.packageVersion, title: options.title },
    source: options.inputs.join(", "),
  });

  const shown = result.diagnostics.filter((item) => !options.quiet || item.severity === "error" || (options.strict && item.severity === "warning"));
  for (const item of shown) process.stderr.write(`${formatDiagnostic(item)}\n`);
  const failed = result.files === null || (options.strict && result.diagnostics.some((item) => item.severity === "warning"));
  process.stderr.write(`doc2sdk: ${pages.length} pages, ${summarise(result.diagnostics)}\n`);
  if (failed || !result.files) {
    process.stderr.write(`doc2sdk: nothing written; ${options.out} is unchanged\n`);
    return 1;
  }
  if (options.ir) await writeFile(options.ir, `${JSON.stringify(result.ir, null, 2)}\n`);
  if (options.check) {
    const stale = await staleFiles(options.out, result.files);
    if (stale.length > 0) {
      process.stderr.write(`doc2sdk: ${options.out} is stale; run \`npm run generate\`:\n${stale.map((file) => `  ${file}`).join("\n")}\n`);
      return 1;
    }
    process.stderr.write(`doc2sdk: ${options.out} is up to date (${result.files.length} files)\n`);
    return 0;
  }
  let files = result.files;
  if (options.build) {
    const built = compilePackage(files);
    for (const error of built.errors) process.stderr.write(`${options.out}/${error}\n`);
    if (built.errors.length > 0) {
      process.stderr.write(`doc2sdk: the generated package does not compile; nothing written; ${options.out} is unchanged\n`);
      return 1;
    }
    files = [...files, ...built.files];
  }
  await writeAtomically(options.out, files);
  process.stderr.write(`doc2sdk: wrote ${files.length} files to ${options.out}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`doc2sdk: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
