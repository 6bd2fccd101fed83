#!/usr/bin/env node
/**
 * `npm run diff -- <git-ref>`: compare the SDK's API described by the docs now
 * with the docs at a git revision, and print a markdown report for the pull
 * request. Reads git and the docs; writes only the report.
 */
import { analyse } from "./analyse.js";
import { readConfiguredCommandLine, runCommand } from "./cli/command.js";
import { readInputPages, writeFileAtomically } from "./cli/files.js";
import { readPagesAtRef } from "./cli/git-pages.js";
import { formatDiagnostic } from "./cli/format.js";
import { hasErrors } from "./diagnostics.js";
import { diffIr } from "./diff/diff-ir.js";
import { formatDiffReport } from "./diff/report.js";

const USAGE = `Usage: doc2sdk diff <git-ref> [options]   (in this repository: npm run diff -- <git-ref> [options])

  <git-ref>            revision to compare with (origin/main, HEAD~1, a tag)
  --input <dir>        docs folder (repeatable; default docs-input)
  --out <file>         write the markdown report there instead of stdout
  --json               print the changes as JSON instead of markdown
  --fail-on-breaking   exit 1 when a change is breaking (for CI)
  --config <file>      read input from this file (default doc2sdk.config.* here)

Exit codes: 0 compared, 1 breaking changes with --fail-on-breaking or errors in the docs, 2 bad usage or git failure.`;

async function main(argv: readonly string[]): Promise<number> {
  const parsed = await readConfiguredCommandLine(argv, {
    options: {
      input: { type: "string", multiple: true },
      out: { type: "string" },
      json: { type: "boolean", default: false },
      "fail-on-breaking": { type: "boolean", default: false },
    },
    usage: USAGE,
    positionals: true,
  }, ["input"]);
  if ("exit" in parsed) return parsed.exit;
  const [ref, ...extra] = parsed.positionals;
  if (!ref || extra.length > 0) {
    process.stderr.write(`Expected exactly one git revision\n\n${USAGE}\n`);
    return 2;
  }
  const inputs = parsed.values.input ?? ["docs-input"];
  const cwd = process.cwd();
  let basePages;
  try {
    basePages = await readPagesAtRef(ref, inputs, cwd);
  } catch (error) {
    process.stderr.write(`doc2sdk diff: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const before = analyse(basePages);
  const after = analyse(await readInputPages(inputs, cwd));
  for (const item of after.diagnostics.filter((found) => found.severity === "error")) process.stderr.write(`${formatDiagnostic(item)}\n`);
  if (hasErrors(after.diagnostics)) {
    process.stderr.write("doc2sdk diff: the docs have errors; fix them first\n");
    return 1;
  }
  if (hasErrors(before.diagnostics)) process.stderr.write(`doc2sdk diff: the docs at ${ref} have errors; what they define is compared as lowered\n`);
  const changes = diffIr(before.ir, after.ir);
  const report = parsed.values.json ? `${JSON.stringify(changes, null, 2)}\n` : formatDiffReport(changes, ref);
  if (parsed.values.out) await writeFileAtomically(parsed.values.out, report);
  else process.stdout.write(report);
  const breaking = changes.filter((change) => change.breaking).length;
  process.stderr.write(`doc2sdk diff: ${changes.length} changes since ${ref}, ${breaking} breaking (${basePages.length} pages then)\n`);
  return parsed.values["fail-on-breaking"] && breaking > 0 ? 1 : 0;
}

runCommand(() => main(process.argv.slice(2)), "doc2sdk diff");
