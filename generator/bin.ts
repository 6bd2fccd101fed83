#!/usr/bin/env node
/**
 * `doc2sdk <command>`: the installed command line. Each command is its own
 * module, loaded only when asked for; this file only dispatches, answers
 * `--version` and `--help`, and refuses unknown commands.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./cli/project-root.js";

/** The commands, their modules and what they do. */
const COMMANDS: Readonly<Record<string, { module: () => Promise<unknown>; args?: string[]; summary: string }>> = {
  generate: { module: () => import("./cli.js"), summary: "generate the SDK package from the docs (add --watch to keep regenerating)" },
  build: { module: () => import("./cli.js"), args: ["--build"], summary: "generate the package and compile it to dist/ (ESM, CommonJS, .d.ts)" },
  lint: { module: () => import("./lint-cli.js"), summary: "report every problem in the docs at its file, line and column" },
  diff: { module: () => import("./diff-cli.js"), summary: "compare the API the docs describe with the docs at a git revision" },
  mock: { module: () => import("./mock-cli.js"), summary: "serve every documented method on loopback, checking auth and parameters" },
};

/** Exit code for bad usage, the same for every command. */
export const USAGE_EXIT = 2;

const USAGE = `Usage: doc2sdk <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`).join("\n")}

Run \`doc2sdk <command> --help\` for a command's options.

Exit codes, the same for every command: 0 done, 1 the docs have errors (or warnings under --strict),
the output is stale, or diff --fail-on-breaking found a breaking change; 2 bad usage or input doc2sdk cannot read.`;

const [command, ...args] = process.argv.slice(2);
if (command === "--version" || command === "-v" || (command !== undefined && Object.hasOwn(COMMANDS, command) && (args.includes("--version") || args.includes("-v")))) {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot(import.meta.url), "package.json"), "utf8")) as { version: string };
  process.stdout.write(`${manifest.version}\n`);
} else if (command === undefined || command === "--help" || command === "-h" || command === "help") {
  process.stdout.write(`${USAGE}\n`);
} else if (!Object.hasOwn(COMMANDS, command)) {
  process.stderr.write(`doc2sdk: unknown command ${JSON.stringify(command)}\n\n${USAGE}\n`);
  process.exitCode = USAGE_EXIT;
} else {
  const chosen = COMMANDS[command]!;
  // Each command module reads process.argv and sets the exit code itself.
  process.argv = [process.argv[0]!, process.argv[1]!, ...(chosen.args ?? []), ...args];
  await chosen.module();
}
