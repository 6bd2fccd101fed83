#!/usr/bin/env node
/**
 * `doc2sdk <command>`: the installed command line. The commands are one
 * CommonJS bundle (dist/commands.cjs, generator/commands.ts), run with V8's
 * code cache (bin/code-cache.mjs); this file only answers `--version` and
 * `--help`, refuses unknown commands and runs the bundle for the others.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runWithCodeCache } from "../bin/code-cache.mjs";
import { projectRoot } from "./cli/project-root.js";

/** The commands, their modules (generator/commands.ts) and what they do. */
const COMMANDS: Readonly<Record<string, { module: string; args?: string[]; summary: string }>> = {
  generate: { module: "cli", summary: "generate the SDK package from the docs (add --watch to keep regenerating)" },
  build: { module: "cli", args: ["--build"], summary: "generate the package and compile it to dist/ (ESM, CommonJS, .d.ts)" },
  lint: { module: "lint-cli", summary: "report every problem in the docs at its file, line and column" },
  diff: { module: "diff-cli", summary: "compare the API the docs describe with the docs at a git revision" },
  mock: { module: "mock-cli", summary: "serve every documented method on loopback, checking auth and parameters" },
};

const PACKAGE_ROOT = projectRoot(import.meta.url);

/**
 * Run a command from the bundle with its code cache, which lives in the
 * working folder's `node_modules/.cache/doc2sdk/` (as TypeScript's does, see
 * generator/cli/compile-cache.ts), never inside the installed package; a
 * folder without node_modules gets none. The cache is named by the bundle's
 * path, doc2sdk's version and V8's, so that installs and Node versions do not
 * take each other's.
 *
 * @param module The command's module (generator/commands.ts).
 * @param argv The command's arguments.
 * @param version doc2sdk's version.
 */
function runBundled(module: string, argv: readonly string[], version: string): void {
  const file = path.join(PACKAGE_ROOT, "dist", "commands.cjs");
  const modules = path.join(process.cwd(), "node_modules");
  const key = createHash("sha256").update(file).update(version).update(process.versions.v8).digest("hex").slice(0, 16);
  runWithCodeCache(file, [module, ...argv], existsSync(modules) ? path.join(modules, ".cache", "doc2sdk", `commands-${key}.v8-cache`) : null);
}

/** Exit code for bad usage, the same for every command. */
export const USAGE_EXIT = 2;

const USAGE = `Usage: doc2sdk <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`).join("\n")}

Run \`doc2sdk <command> --help\` for a command's options.

Exit codes, the same for every command: 0 done, 1 the docs have errors (or warnings under --strict),
the output is stale, or diff --fail-on-breaking found a breaking change; 2 bad usage or input doc2sdk cannot read.`;

const [command, ...args] = process.argv.slice(2);
const { version } = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string };
if (command === "--version" || command === "-v" || (command !== undefined && Object.hasOwn(COMMANDS, command) && (args.includes("--version") || args.includes("-v")))) {
  process.stdout.write(`${version}\n`);
} else if (command === undefined || command === "--help" || command === "-h" || command === "help") {
  process.stdout.write(`${USAGE}\n`);
} else if (!Object.hasOwn(COMMANDS, command)) {
  process.stderr.write(`doc2sdk: unknown command ${JSON.stringify(command)}\n\n${USAGE}\n`);
  process.exitCode = USAGE_EXIT;
} else {
  const chosen = COMMANDS[command]!;
  // Each command reads process.argv and sets the exit code itself.
  runBundled(chosen.module, [...(chosen.args ?? []), ...args], version);
}
