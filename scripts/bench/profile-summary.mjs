#!/usr/bin/env node
// Where a run's time goes, from a V8 CPU profile (`node --cpu-prof`):
//
//   node --cpu-prof --cpu-prof-dir=prof bin/run.mjs cli --no-cache --input <docs> --out <dir>
//   node scripts/bench/profile-summary.mjs prof/<file>.cpuprofile [--top 15] [--from-ms 9000]
//
// Prints self time by package (node_modules/<name>, doc2sdk's own code, GC,
// Node internals) and the functions with the most self time. Frames of the
// compiled CLI, which bundles its ES-module dependencies, are mapped back to
// their sources through the bundle's source maps.
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "15" }, "from-ms": { type: "string", default: "0" } } });
if (positionals.length !== 1) {
  process.stderr.write("usage: node scripts/bench/profile-summary.mjs <file.cpuprofile> [--top N] [--from-ms T]\n");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(positionals[0], "utf8"));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map();
// --from-ms: only the samples taken that long after the profile started (a watch session's edits, without its first run).
const fromMicros = Number(values["from-ms"]) * 1000;
let elapsedMicros = 0;
profile.samples.forEach((id, index) => {
  const delta = profile.timeDeltas[index] ?? 0;
  elapsedMicros += delta;
  if (elapsedMicros >= fromMicros) selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta);
});

/** Source maps of the compiled CLI's files, by URL (the bundle carries its dependencies: frames are mapped back to their package). */
const sourceMaps = new Map();
function sourceMapOf(url) {
  if (!sourceMaps.has(url)) {
    const file = url.startsWith("file://") ? `${fileURLToPath(url)}.map` : null;
    sourceMaps.set(url, file && existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, "utf8"))) : null);
  }
  return sourceMaps.get(url);
}

/** Where a frame's code came from: its source file and line when the compiled CLI's source map knows them, else its own. */
function originalPlace({ url: frameUrl, lineNumber, columnNumber }) {
  // The compiled CLI runs as a script named by its path (bin/code-cache.mjs), modules by their URL.
  const url = path.isAbsolute(frameUrl) ? pathToFileURL(frameUrl).href : frameUrl;
  const entry = url.includes("/node_modules/.cache/doc2sdk/") || url.includes("/dist/") ? sourceMapOf(url)?.findEntry(lineNumber, columnNumber) : undefined;
  return entry?.originalSource ? { url: new URL(entry.originalSource, url).href, lineNumber: entry.originalLine } : { url, lineNumber };
}

/** The package a frame belongs to. */
function packageOf(url, functionName) {
  if (functionName === "(garbage collector)") return "(garbage collection)";
  if (functionName === "(idle)" || functionName === "(program)") return functionName;
  if (url.includes("/node_modules/.cache/doc2sdk/")) return "doc2sdk"; // the compiled CLI (bin/run.mjs)
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1];
  if (url.startsWith("node:")) return "(node internals)";
  if (url === "") return "(native)";
  return "doc2sdk";
}

const byPackage = new Map();
const byFunction = new Map();
let total = 0;
for (const [id, micros] of selfMicros) {
  const frame = nodes.get(id).callFrame;
  const { functionName } = frame;
  const { url, lineNumber } = originalPlace(frame);
  total += micros;
  const owner = packageOf(url, functionName);
  byPackage.set(owner, (byPackage.get(owner) ?? 0) + micros);
  const label = `${functionName || "(anonymous)"}  ${url.replace(/^.*node_modules\/\.cache\/doc2sdk\/[^/]+\//, "doc2sdk bundle: ").replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(generator|templates|bin)\//, "$1/")}:${lineNumber + 1}`;
  byFunction.set(label, (byFunction.get(label) ?? 0) + micros);
}

const ms = (micros) => `${(micros / 1000).toFixed(0).padStart(7)} ms`;
const percent = (micros) => `${((100 * micros) / total).toFixed(1).padStart(5)} %`;
process.stdout.write(`total ${(total / 1000).toFixed(0)} ms sampled\n\nself time by package:\n`);
for (const [owner, micros] of [...byPackage].sort((a, b) => b[1] - a[1])) process.stdout.write(`${ms(micros)} ${percent(micros)}  ${owner}\n`);
process.stdout.write(`\ntop ${values.top} functions by self time:\n`);
for (const [label, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) process.stdout.write(`${ms(micros)} ${percent(micros)}  ${label}\n`);
