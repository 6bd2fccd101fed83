/**
 * Every doc2sdk command in one module: the one bundle that both launchers run
 * with V8's code cache (bin/run.mjs in this repository, generator/bin.ts when
 * installed). `commands <cli|mock-cli|lint-cli|diff-cli> [arguments]` loads
 * only that command's module, which reads its arguments from `process.argv`
 * and sets the exit code itself.
 */
const COMMANDS: Readonly<Record<string, () => Promise<unknown>>> = {
  cli: () => import("./cli.js"),
  "mock-cli": () => import("./mock-cli.js"),
  "lint-cli": () => import("./lint-cli.js"),
  "diff-cli": () => import("./diff-cli.js"),
};

const [command, ...args] = process.argv.slice(2);
const load = command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
if (load) {
  process.argv = [process.argv[0]!, process.argv[1]!, ...args];
  load().catch((error: unknown) => {
    process.stderr.write(`doc2sdk: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
} else {
  process.stderr.write(`doc2sdk: unknown command ${JSON.stringify(command)}, expected one of ${Object.keys(COMMANDS).join(", ")}\n`);
  process.exitCode = 2;
}
