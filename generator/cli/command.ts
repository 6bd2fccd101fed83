import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Doc2sdkConfig } from "../config.js";
import { withConfig } from "./config.js";

/** The options of a command and how it answers bad usage. */
export interface CommandLine<T extends NonNullable<ParseArgsConfig["options"]>> {
  options: T;
  usage: string;
  /** Whether the command takes positional arguments. */
  positionals?: boolean;
}

/** Exit code for bad usage, the same for every command. */
export const USAGE_EXIT = 2;

/**
 * Read a command line with `--help` handled: an unknown or malformed option
 * prints the message and the usage to stderr; `--help` prints the usage to stdout.
 *
 * @param argv Arguments after the script name.
 * @param command The options (a `help` flag is added) and usage text.
 * @returns The values and positionals, or the exit code to return at once.
 */
export function readCommandLine<T extends NonNullable<ParseArgsConfig["options"]>>(
  argv: readonly string[],
  command: CommandLine<T>,
): { values: ReturnType<typeof parseArgs<{ options: T; strict: true; allowPositionals: true }>>["values"]; positionals: string[] } | { exit: number } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...command.options, help: { type: "boolean" } }, strict: true, allowPositionals: command.positionals ?? false });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${command.usage}\n`);
    return { exit: USAGE_EXIT };
  }
  if ((parsed.values as Record<string, unknown>)["help"]) {
    process.stdout.write(`${command.usage}\n`);
    return { exit: 0 };
  }
  return { values: parsed.values as never, positionals: parsed.positionals };
}

/**
 * `readCommandLine` with the keys of the project's config file this command
 * takes put in front (`doc2sdk.config.*` in the working folder, or `--config`);
 * flags on the command line win. A bad config file is bad usage.
 *
 * @param argv Arguments after the script name.
 * @param command The options and usage text.
 * @param keys The config keys the command takes, e.g. `input`.
 * @returns As `readCommandLine`.
 */
export async function readConfiguredCommandLine<T extends NonNullable<ParseArgsConfig["options"]>>(
  argv: readonly string[],
  command: CommandLine<T>,
  keys: readonly (keyof Doc2sdkConfig)[],
): Promise<ReturnType<typeof readCommandLine<T>>> {
  try {
    return readCommandLine((await withConfig(argv, process.cwd(), keys)).argv, command);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${command.usage}\n`);
    return { exit: USAGE_EXIT };
  }
}

/**
 * Run a command's main function and set the exit code from it; an unexpected
 * exception is printed as one line with the command's name.
 *
 * @param main Resolves to the exit code.
 * @param name e.g. `doc2sdk lint`.
 * @param crashExit Exit code for an unexpected exception.
 */
export function runCommand(main: () => Promise<number>, name: string, crashExit = 2): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = crashExit;
    },
  );
}
