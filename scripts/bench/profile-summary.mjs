#!/usr/bin/env node
// Where a run's time goes, from a V8 CPU profile (`node --cpu-prof`):
//
//   node --cpu-prof --cpu-prof-dir=prof bin/run.mjs cli --no-cache --input <docs> --out <dir>
//   node scripts/bench/profile-summary.mjs prof/<file>.cpuprofile [--top 15]
//
// Prints self time by package (node_modules/<name>, doc2sdk's own code, GC,
// Node internals) and the functions with the most self time.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "15" } } });
if (positionals.length !== 1) {
  process.stderr.write("usage: node scripts/bench/profile-summary.mjs <file.cpuprofile> [--top N]\n");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(positionals[0], "utf8"));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map();
profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));

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
  const { functionName, url, lineNumber } = nodes.get(id).callFrame;
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
