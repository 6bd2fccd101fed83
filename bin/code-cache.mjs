// Runs a CommonJS bundle as the program, with V8's code cache for it kept beside it, so that a cold run deserialises
// compiled code instead of compiling the bundle (Node 22 has module.enableCompileCache(); Node 20 has no cache for ES
// modules, hence CommonJS here). Used by bin/run.mjs and the installed command (generator/bin.ts). Types: code-cache.d.mts.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";

/**
 * Run `file` as the main program with `argv` as its arguments, with a code
 * cache (`<file>.v8-cache` unless told another). When there is none, or V8
 * rejects it (another Node), it is written when the process exits, holding
 * every function the run compiled, so the next run compiles almost nothing. A
 * cache that cannot be written (a read-only folder) is left out: the bundle
 * then compiles as usual.
 *
 * @param {string} file Absolute path of a CommonJS bundle.
 * @param {readonly string[]} argv The program's arguments.
 * @param {string | null} [cacheFile] Where its code cache is kept; null for none.
 */
export function runWithCodeCache(file, argv, cacheFile = `${file}.v8-cache`) {
  let cachedData;
  try {
    cachedData = cacheFile === null ? undefined : readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // A hashbang line becomes a comment: the line numbers stay those of the source map.
  const source = readFileSync(file, "utf8").replace(/^#!/, "//");
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  if (cacheFile !== null && (cachedData === undefined || script.cachedDataRejected)) process.once("exit", () => keepCodeCache(cacheFile, script));
  // On Node 20 a script read from a code cache has no module loader for its own `import()` (of a project's config or
  // profile module): this module lends its own (generator/cli/config.ts takes it).
  globalThis[Symbol.for("doc2sdk.import")] = (url) => import(url);
  const module = new Module(file);
  module.filename = file;
  process.argv = [process.argv[0], file, ...argv];
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
}

/** Write the code cache through a temporary file renamed into place, so that a concurrent run never reads half of one. */
function keepCodeCache(cacheFile, script) {
  const staging = `${cacheFile}.tmp-${process.pid}`;
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    writeFileSync(staging, script.createCachedData());
    renameSync(staging, cacheFile);
  } catch {
    // Not writable: the next run compiles as this one did.
    rmSync(staging, { force: true });
  }
}
