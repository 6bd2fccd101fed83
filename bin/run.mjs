#!/usr/bin/env node
// Runs one of doc2sdk's commands from a compiled bundle instead of through a
// TypeScript loader (tsx costs about 0.2 s of every run):
//
//   node bin/run.mjs <cli|mock-cli|lint-cli|diff-cli> [arguments]
//
// The bundle lives in a folder named by the fingerprint of the sources
// (bin/source-fingerprint.mjs: every generator/ file and the lockfile, by
// content), so it can never be stale: any change gives a new fingerprint and
// the first run after it compiles again (esbuild, about 0.3 s). Older bundles
// are removed. The commands are one CommonJS file, run with V8's code cache kept
// beside it (bin/code-cache.mjs): the first run writes it, and the runs after
// it do not compile the bundle (0.07 s of every cold run). DOC2SDK_BUILD_DIR
// moves the bundles (tests use it).
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runWithCodeCache } from "./code-cache.mjs";
import { COMMANDS, commandBundleOptions } from "./command-bundles.mjs";
import { rememberSourceFingerprint, sourceFingerprint } from "./source-fingerprint.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PREFIX = "cli-";

const [command, ...args] = process.argv.slice(2);
if (!command || !COMMANDS.includes(command)) {
  process.stderr.write(`usage: node bin/run.mjs <${COMMANDS.join("|")}> [arguments]\n`);
  process.exit(2);
}
const buildRoot = path.resolve(process.env.DOC2SDK_BUILD_DIR ?? path.join(ROOT, "node_modules", ".cache", "doc2sdk"));
const fingerprint = await sourceFingerprint(ROOT);
rememberSourceFingerprint(ROOT, fingerprint);
const bundle = path.join(buildRoot, `${PREFIX}${fingerprint}`);
if (!existsSync(bundle)) await compile(bundle);
runWithCodeCache(path.join(bundle, "commands.cjs"), [command, ...args]);

/**
 * Bundle the commands into `target`, through a temporary folder renamed into
 * place, so that a concurrent run never sees half a bundle; then remove older bundles.
 *
 * @param {string} target The fingerprint's folder.
 */
async function compile(target) {
  const started = performance.now();
  const { build } = await import("esbuild");
  const staging = `${target}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await build({ ...commandBundleOptions(ROOT, staging), sourcemap: "linked" });
  await mkdir(buildRoot, { recursive: true });
  try {
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(target)) throw error;
  }
  for (const entry of await readdir(buildRoot)) {
    if (entry.startsWith(PREFIX) && path.join(buildRoot, entry) !== target && !entry.includes(".tmp-")) await rm(path.join(buildRoot, entry), { recursive: true, force: true });
  }
  process.stderr.write(`doc2sdk: compiled generator/ into ${path.relative(process.cwd(), target) || "."} (${Math.round(performance.now() - started)} ms)\n`);
}
