import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Profile } from "../profile/profile.js";
import { importDefault } from "./config.js";

/** What a loaded profile brings: the profile, and a key that changes with its module's text (for the caches). */
export interface LoadedProfile {
  profile: Profile;
  key: string;
}

/**
 * Load a profile module (`--profile`): its default export must be a profile.
 *
 * @param file The module, JavaScript or TypeScript.
 * @param cwd The working folder.
 * @returns The profile and its cache key.
 * @throws When the module cannot be read or does not export a profile: the message names the file.
 */
export async function loadProfile(file: string, cwd: string): Promise<LoadedProfile> {
  const absolute = path.resolve(cwd, file);
  const text = await readFile(absolute, "utf8").catch(() => {
    throw new Error(`${file}: cannot read the profile`);
  });
  const exported = await importDefault(absolute, text, cwd);
  const missing = missingParts(exported);
  if (missing.length > 0) throw new Error(`${file}: expected a default export that is a profile, missing ${missing.join(", ")}`);
  const profile = exported as Profile;
  return { profile, key: createHash("sha256").update(profile.name).update("\0").update(text).digest("hex") };
}

/** The parts of the Profile interface a value lacks. */
function missingParts(value: unknown): string[] {
  if (typeof value !== "object" || value === null) return ["everything"];
  const record = value as Record<string, unknown>;
  const needs: [string, (part: unknown) => boolean][] = [
    ["name", (part) => typeof part === "string" && part !== ""],
    ["defaults", (part) => typeof part === "object" && part !== null],
    ["pages", (part) => typeof part === "object" && part !== null],
    ["http", (part) => typeof part === "object" && part !== null],
    ["clientRuntime", (part) => typeof part === "function"],
    ["runtime", (part) => typeof part === "object" && part !== null],
    ["usage", (part) => typeof part === "object" && part !== null],
    ["mock", (part) => typeof part === "object" && part !== null],
    ["openapi", (part) => typeof part === "object" && part !== null],
  ];
  return needs.filter(([name, valid]) => !valid(record[name])).map(([name]) => name);
}
