import { fromEnvironment } from "./environment.js";

/** How much a client logs: each level includes the ones before it. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Where log lines go; `console` is one. */
export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

const ORDER: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

/**
 * A log function for one client: lines at or above its level go to its
 * logger (console by default); the level comes from the option, else from
 * `GENAUTH_LOG` on Node, else `off`: a client prints nothing unless asked.
 *
 * @param logger Where lines go.
 * @param level The level asked for.
 * @returns A function that logs one line at a level.
 */
export function makeLog(logger: Logger | undefined, level: LogLevel | undefined): (at: Exclude<LogLevel, "off">, message: string) => void {
  const fromEnv = fromEnvironment(undefined, "logLevel") as LogLevel | undefined;
  const chosen = level ?? (fromEnv && ORDER.includes(fromEnv) ? fromEnv : "off");
  const limit = ORDER.indexOf(chosen);
  const sink = logger ?? console;
  return (at, message) => {
    if (ORDER.indexOf(at) <= limit) sink[at](`[genauth] ${message}`);
  };
}
