import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./paths.js";

/** How a child process ended. */
export interface ChildResult {
  code: number | null;
  /** The signal that ended it: set when it had to be killed. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Run a command without blocking the event loop (a mock server in this process keeps answering).
 *
 * @param command Executable.
 * @param args Arguments.
 * @param options Working folder and the time after which the child is killed.
 * @returns Exit code, signal and output.
 */
export function run(command: string, args: readonly string[], options: { cwd?: string; killAfterMs: number; env?: NodeJS.ProcessEnv }): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const killer = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs);
    child.on("error", (error) => {
      clearTimeout(killer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/**
 * Run a TypeScript file with the project's tsx.
 *
 * @param args The script and its arguments.
 * @param killAfterMs When to give up and kill it.
 * @returns How it ended.
 */
export function runTsx(args: readonly string[], killAfterMs: number): Promise<ChildResult> {
  return run(process.execPath, [...TSX_LOADER, ...args], { killAfterMs });
}

/**
 * Node's arguments that load tsx into the process itself. tsx's own command
 * runs the script in a child process, which a killed test would leave behind.
 */
export const TSX_LOADER: readonly string[] = ["--import", pathToFileURL(path.join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href];
