// The fingerprint of doc2sdk's own code, shared by the compiled-CLI launcher
// (bin/run.mjs, plain JavaScript so that it runs without a TypeScript loader)
// and the parse cache (generator/cli/cache.ts). Types: source-fingerprint.d.mts.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { glob } from "tinyglobby";

/**
 * Where bin/run.mjs leaves the fingerprint it computed, for the command it
 * runs in the same process (the bundle has its own copy of this module, so a
 * module variable would not do; a global is not inherited by child processes).
 */
const LAUNCHED = Symbol.for("doc2sdk.launchedFingerprints");

/**
 * Remember the fingerprint of the code this process runs, so that the
 * command's parse cache does not hash every source again.
 *
 * @param {string} projectRoot doc2sdk's own folder.
 * @param {string} fingerprint Its `sourceFingerprint`.
 */
export function rememberSourceFingerprint(projectRoot, fingerprint) {
  globalThis[LAUNCHED] ??= new Map();
  globalThis[LAUNCHED].set(path.resolve(projectRoot), fingerprint);
}

/** What the fingerprint covers: the generator's sources and its locked dependencies. */
export const FINGERPRINTED = ["generator/**/*.ts", "bin/*.mjs", "package-lock.json"];

/** What it covers in an installed package, which has no sources: its version and the compiled code. */
export const INSTALLED_FINGERPRINTED = ["package.json", "dist/**/*.{js,cjs}"];

/**
 * A hash of every file doc2sdk runs from, by path and content: any edit, a
 * checkout or a dependency update changes it, whatever the files' times say.
 * The value bin/run.mjs remembered for this process, when there is one.
 *
 * @param {string} projectRoot doc2sdk's own folder.
 * @returns {Promise<string>} A hex SHA-256.
 */
export async function sourceFingerprint(projectRoot) {
  const known = globalThis[LAUNCHED]?.get(path.resolve(projectRoot));
  if (known) return known;
  const installed = !existsSync(path.join(projectRoot, "generator"));
  const files = (await glob(installed ? INSTALLED_FINGERPRINTED : FINGERPRINTED, { cwd: projectRoot })).sort();
  const hash = createHash("sha256");
  // Read synchronously: for a hundred small files, a round trip through the thread pool each took 40-70 ms of every run, 4 ms this way.
  for (const file of files) hash.update(file).update("\0").update(readFileSync(path.join(projectRoot, file))).update("\0");
  return hash.digest("hex");
}
