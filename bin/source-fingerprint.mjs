// The fingerprint of doc2sdk's own code, shared by the compiled-CLI launcher
// (bin/run.mjs, plain JavaScript so that it runs without a TypeScript loader)
// and the parse cache (generator/cli/cache.ts). Types: source-fingerprint.d.mts.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";

/** What the fingerprint covers: the generator's sources and its locked dependencies. */
export const FINGERPRINTED = ["generator/**/*.ts", "bin/*.mjs", "package-lock.json"];

/**
 * A hash of every file doc2sdk runs from, by path and content: any edit, a
 * checkout or a dependency update changes it, whatever the files' times say.
 *
 * @param {string} projectRoot doc2sdk's own folder.
 * @returns {Promise<string>} A hex SHA-256.
 */
export async function sourceFingerprint(projectRoot) {
  const files = (await glob(FINGERPRINTED, { cwd: projectRoot })).sort();
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update("\0").update(await readFile(path.join(projectRoot, file))).update("\0");
  return hash.digest("hex");
}
