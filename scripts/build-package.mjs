#!/usr/bin/env node
// Build what the published package runs, once, at `npm pack`/`prepare` time:
//   dist/bin.js             the `doc2sdk` command, ESM: it runs
//   dist/commands.cjs       the commands, CommonJS (run with V8's code cache)
//   dist/index.js           the programmatic API, ESM
//   dist/index.cjs          the programmatic API, CommonJS
//   dist/types/             declarations for the API (generator/index.d.ts; the runtime files it names beside it)
// Nothing is compiled when the package runs. Dependencies stay external (they are the package's dependencies).
import { execFileSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { commandBundleOptions } from "../bin/command-bundles.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");
const started = performance.now();
await rm(DIST, { recursive: true, force: true });
const shared = { bundle: true, platform: "node", target: "node20", packages: "external", logLevel: "error" };
// The command bundles its ES-module dependencies (the unified ecosystem is some 150 small modules, each resolved, read and
// compiled on its own at every start); the CommonJS packages emit requires (generator/emit/require.ts) stay outside.
const { packages: __, ...bundled } = shared;
await build({
  ...bundled,
  external: ["typescript", "ts-morph", "handlebars"],
  // Bundled CommonJS dependencies (picomatch) require Node's built-in modules.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  entryPoints: { bin: path.join(ROOT, "generator", "bin.ts"), index: path.join(ROOT, "generator", "index.ts") },
  outdir: DIST,
  format: "esm",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
});
// The commands, one CommonJS file that the installed command runs with V8's code cache (generator/bin.ts).
await build(commandBundleOptions(ROOT, DIST));
// CommonJS cannot take the default export of an ESM-only package (unified, remark, micromark…) through require,
// so the CommonJS build bundles those; the dependencies that ship CommonJS stay external.
const { packages: _, ...forCommonJs } = shared;
await build({
  ...forCommonJs,
  entryPoints: [path.join(ROOT, "generator", "index.ts")],
  outfile: path.join(DIST, "index.cjs"),
  format: "cjs",
  external: ["handlebars", "ts-morph", "typescript", "yaml", "tinyglobby"],
});
execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(ROOT, "tsconfig.build.json")], { stdio: "inherit" });
process.stderr.write(`doc2sdk: built dist/ in ${Math.round(performance.now() - started)} ms\n`);
