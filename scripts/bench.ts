#!/usr/bin/env node
/**
 * `npm run bench`: cold and warm end-to-end generation (process start to
 * files written) on the shared corpus and on synthetic corpora, with peak
 * memory. Prints a table and writes JSON. Timing lives here, never in tests.
 *
 *   npm run bench -- [--sizes 416,500,1000,5000] [--runs 3] [--json bench-results.json]
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { benchPeers, densityOf, median as medianOf, type Density, type PeerRow } from "./bench/peers.js";
import os from "node:os";
import path from "node:path";
import { readCommandLine } from "../generator/cli/command.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const WORK = path.join(ROOT, "test", ".scratch", "bench");
const SHARED_NODE = "../shared/docs-corpus/genauth-docs/docs/reference/sdk/node";
/** The real Chinese reference pages: the density the synthetic corpora are checked against. */
const FACTORY = "../shared/docs-corpus/authing-docs-factory";

const commandLine = readCommandLine(process.argv.slice(2), {
  options: {
    sizes: { type: "string", default: "416,500,1000,5000" },
    runs: { type: "string", default: "3" },
    json: { type: "string", default: "bench-results.json" },
    rows: { type: "string", default: "5000,10000,20000,40000" },
    nesting: { type: "string", default: "16,32,64,128" },
    cells: { type: "string", default: "16,32,64,128" },
    peers: { type: "boolean", default: true },
    "no-peers": { type: "boolean", default: false },
  },
  usage: `Usage: npm run bench -- [--sizes 416,500,1000,5000] [--runs 3] [--rows 5000,10000,20000,40000] [--nesting 16,32,64,128] [--cells 16,32,64,128] [--no-peers] [--json bench-results.json]

  Times npm run generate (cold, warm, one page changed, one page changed under --watch) and its peak memory
  on docs-input, the shared Node corpus and synthetic corpora of the given sizes, then the scaling series: one page whose
  parameter table has the given numbers of rows, one page whose lists nest the given depths, and one page whose
  table has 1,000 rows of the given numbers of cells (a quadratic stage shows as a growing time per unit), and orval side by side on the same API (--no-peers skips it), also on the
  first size with no description repeated from copy to copy (synthetic-<size>-unique);
  prints tables, with each corpus's characters and table rows per page, and writes JSON. An empty list skips a series.`,
});
if ("exit" in commandLine) process.exit(commandLine.exit);
const parsed = commandLine.values as { sizes: string; runs: string; json: string; rows: string; nesting: string; cells: string; peers: boolean; "no-peers": boolean };
const values = { ...parsed, peers: parsed.peers && !parsed["no-peers"] };
const listOf = (text: string): number[] => text.split(",").filter((item) => item.trim() !== "").map(Number);
const runs = Number(values.runs);

/** Edits per watch session: the watch column is their median. */
const WATCH_EDITS = 10;

/** What `npm run generate` runs, with the peak-memory reporter preloaded. */
const GENERATE = ["--import", path.join(ROOT, "scripts/bench/report-rss.mjs"), path.join(ROOT, "bin/run.mjs"), "cli"];

// Compile the CLI once before measuring, as a first generation does (its code cache holds what generating compiles):
// it is compiled again only after the generator changes, never per docs build.
spawnSync(process.execPath, [path.join(ROOT, "bin/run.mjs"), "cli", "--check", "--no-cache", "--quiet"], { cwd: ROOT, stdio: "ignore" });

interface Measure {
  seconds: number;
  maxRssMb: number;
}

/** One run of the generator in a fresh process, timed from spawn to exit. */
function runGenerator(args: readonly string[]): Measure {
  const rssFile = path.join(WORK, "rss.txt");
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [...GENERATE, "--quiet", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DOC2SDK_BENCH_RSS_FILE: rssFile },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`generator failed (${result.status}): ${result.stderr}`);
  const maxRssKb = Number(readFileSync(rssFile, "utf8").trim().split("\n").at(-1));
  return { seconds, maxRssMb: maxRssKb / 1024 };
}

function median(measures: readonly Measure[]): Measure {
  const sorted = [...measures].sort((a, b) => a.seconds - b.seconds);
  const middle = sorted[Math.floor(sorted.length / 2)]!;
  return { seconds: middle.seconds, maxRssMb: Math.max(...measures.map((measure) => measure.maxRssMb)) };
}

function repeat(count: number, before: () => void, args: readonly string[]): Measure {
  const measures: Measure[] = [];
  for (let index = 0; index < count; index++) {
    before();
    measures.push(runGenerator(args));
  }
  return median(measures);
}

async function corpusStats(folder: string): Promise<{ pages: number; megabytes: number; files: string[]; density: Density }> {
  const { glob } = await import("tinyglobby");
  const files = (await glob("**/*.md", { cwd: folder, absolute: true })).sort();
  let bytes = 0;
  for (const file of files) bytes += (await readFile(file)).length;
  return { pages: files.length, megabytes: bytes / 1e6, files, density: densityOf(files) };
}

interface Row {
  corpus: string;
  pages: number;
  megabytes: number;
  charactersPerPage: number;
  tableRowsPerPage: number;
  coldSeconds: number;
  coldMsPerPage: number;
  coldMaxRssMb: number;
  warmSeconds: number;
  warmMaxRssMb: number;
  onePageChangedSeconds: number;
  /** One page changed while `generate --watch` runs: from the file written to the watcher reporting the output written. */
  watchChangeMs: number;
  /** The same, as the watcher measured it (from the change event). */
  watchReportedMs: number;
  watchMaxRssMb: number;
}

/**
 * Start `generate --watch` on a corpus, change one page `count` times, and time
 * each change from writing the page to the watcher printing that it wrote the output.
 */
async function benchWatch(input: readonly string[], changedFile: string, count: number): Promise<{ wallMs: number; reportedMs: number; maxRssMb: number }> {
  const rssFile = path.join(WORK, "rss.txt");
  rmSync(rssFile, { force: true });
  const child = spawn(process.execPath, [...GENERATE, "--quiet", "--watch", ...input], {
    cwd: ROOT,
    env: { ...process.env, DOC2SDK_BENCH_RSS_FILE: rssFile },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let output = "";
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const WROTE = /wrote \d+ files to .* in (\d+) ms/g;
  const seen = (pattern: RegExp): number => output.match(new RegExp(pattern.source, "g"))?.length ?? 0;
  const waitFor = async (pattern: RegExp, count: number): Promise<void> => {
    const deadline = performance.now() + 120_000;
    while (seen(pattern) < count) {
      if (performance.now() > deadline) throw new Error(`watch bench timed out:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  };
  // Wait for the first run, and for the watcher to be quiet: a run for an event from before it started is not an edit's.
  await waitFor(/watching /, 1);
  await waitFor(WROTE, 1);
  let quietSince = output.length;
  do {
    quietSince = output.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
  } while (output.length !== quietSince);
  const original = readFileSync(changedFile, "utf8");
  const wall: number[] = [];
  const reported: number[] = [];
  for (let index = 1; index <= count; index++) {
    const before = seen(WROTE);
    const started = performance.now();
    // Change the title, so the output really changes and is written.
    writeFileSync(changedFile, original.replace(/^# (.*)$/m, `# $1 (bench edit ${index})`));
    await waitFor(WROTE, before + 1);
    wall.push(performance.now() - started);
    reported.push(Number([...output.matchAll(WROTE)][before]![1]));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  writeFileSync(changedFile, original);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  const maxRssKb = Number(readFileSync(rssFile, "utf8").trim().split("\n").at(-1));
  return { wallMs: medianOf(wall), reportedMs: medianOf(reported), maxRssMb: maxRssKb / 1024 };
}


async function benchCorpus(name: string, folder: string): Promise<Row> {
  const stats = await corpusStats(folder);
  const out = path.join(WORK, `out-${name}`);
  const cacheDir = path.join(WORK, `cache-${name}`);
  const input = ["--input", path.relative(ROOT, folder), "--out", path.relative(ROOT, out)];
  const cold = repeat(runs, () => rmSync(out, { recursive: true, force: true }), [...input, "--no-cache"]);
  rmSync(cacheDir, { recursive: true, force: true });
  runGenerator([...input, "--cache-dir", cacheDir]);
  const warm = repeat(runs, () => undefined, [...input, "--cache-dir", cacheDir]);
  // A method page near the middle: its title is its method's summary, so an edit to it changes the output.
  const methodPages = stats.files.filter((file) => /^#+\s*method name/im.test(readFileSync(file, "utf8")));
  const changedFile = (methodPages.length > 0 ? methodPages : stats.files)[Math.floor((methodPages.length > 0 ? methodPages : stats.files).length / 2)]!;
  const original = readFileSync(changedFile, "utf8");
  let edit = 0;
  const changed = repeat(runs, () => writeFileSync(changedFile, `${original}\n<!-- bench edit ${++edit} -->\n`), [...input, "--cache-dir", cacheDir]);
  writeFileSync(changedFile, original);
  // Ten edits in one session: its first edits run code V8 has not optimised yet, so a median of three measured mostly those.
  const watched = await benchWatch(input, changedFile, WATCH_EDITS);
  return {
    corpus: name,
    pages: stats.pages,
    megabytes: Number(stats.megabytes.toFixed(2)),
    charactersPerPage: stats.density.charactersPerPage,
    tableRowsPerPage: stats.density.tableRowsPerPage,
    coldSeconds: round(cold.seconds),
    coldMsPerPage: round((cold.seconds * 1000) / stats.pages),
    coldMaxRssMb: Math.round(cold.maxRssMb),
    warmSeconds: round(warm.seconds),
    warmMaxRssMb: Math.round(warm.maxRssMb),
    onePageChangedSeconds: round(changed.seconds),
    watchChangeMs: Math.round(watched.wallMs),
    watchReportedMs: Math.round(watched.reportedMs),
    watchMaxRssMb: Math.round(watched.maxRssMb),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A method page whose parameter table has `count` rows. */
function rowsPage(count: number): string {
  const rows = Array.from({ length: count }, (_, index) => `| field${index} | string | No | - | Field ${index} of the scaling page | \`v${index}\` |`);
  return ["# Scaling", "", "## Method name", "", "`AuthenticationClient.scaleRows`", "", "## Request parameters", "", "| Name | Type | Required | Default value | Description | Sample value |", "| - | - | - | - | - | - |", ...rows, "", "## Request response", "", "Type: `string`", ""].join("\n");
}

/** A method page whose parameter table has 1,000 rows of `count` cells: the six columns the IR reads, and notes (ignored, with a warning for each column). */
function cellsPage(count: number): string {
  const notes = Array.from({ length: Math.max(0, count - 6) }, (_, index) => index);
  const header = `| Name | Type | Required | Default value | Description | Sample value |${notes.map((index) => ` Note ${index} |`).join("")}`;
  const separator = `| - | - | - | - | - | - |${notes.map(() => " - |").join("")}`;
  const rows = Array.from({ length: 1000 }, (_, row) => `| field${row} | string | No | - | Field ${row} of the scaling page | \`v${row}\` |${notes.map((index) => ` note ${index} of row ${row} |`).join("")}`);
  return ["# Scaling", "", "## Method name", "", "`AuthenticationClient.scaleCells`", "", "## Request parameters", "", header, separator, ...rows, "", "## Request response", "", "Type: `string`", ""].join("\n");
}

/** A method page whose description nests lists `depth` deep, 20 items a level. */
function nestedPage(depth: number): string {
  const lines: string[] = [];
  for (let level = 0; level < depth; level++) for (let item = 0; item < 20; item++) lines.push(`${"  ".repeat(level)}- level ${level}, item ${item}`);
  return ["# Scaling", "", ...lines, "", "## Method name", "", "`AuthenticationClient.scaleNesting`", "", "## Request response", "", "Type: `string`", ""].join("\n");
}

/** Generate from one page in a new process, cold; the median of the runs. */
function scalingRun(series: "rows" | "nesting" | "cells", size: number, text: string): { series: string; size: number; seconds: number } {
  const folder = path.join(WORK, `scaling-${series}-${size}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "page.md"), text);
  const out = path.join(WORK, `scaling-out-${series}-${size}`);
  const limits = ["--max-nesting", String(size + 1), "--max-page-size", String(64 * 1024 * 1024)];
  const measure = repeat(runs, () => rmSync(out, { recursive: true, force: true }), ["--input", path.relative(ROOT, folder), "--out", path.relative(ROOT, out), "--no-cache", ...limits]);
  return { series, size, seconds: round(measure.seconds) };
}

rmSync(WORK, { recursive: true, force: true });
const rows: Row[] = [];
// The project's own docs, copied first: the bench edits a page to time a change.
const docsInput = path.join(WORK, "docs-input");
cpSync(path.join(ROOT, "docs-input"), docsInput, { recursive: true });
rows.push(await benchCorpus("docs-input", docsInput));
if (existsSync(path.join(ROOT, SHARED_NODE))) rows.push(await benchCorpus("shared-node", path.join(ROOT, SHARED_NODE)));
/** Write a synthetic corpus of `size` pages (`npm run synthetic-corpus`) into WORK; returns its folder. */
function syntheticCorpus(name: string, size: number, ...flags: string[]): string {
  const folder = path.join(WORK, name);
  const made = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/synthetic-corpus.ts"), "--pages", String(size), "--out", folder, ...flags], { cwd: ROOT, encoding: "utf8" });
  if (made.status !== 0) throw new Error(made.stderr);
  return folder;
}
for (const size of listOf(values.sizes)) rows.push(await benchCorpus(`synthetic-${size}`, syntheticCorpus(`synthetic-${size}`, size)));

const header = ["corpus", "pages", "MB", "chars/page", "rows/page", "cold s", "ms/page", "cold RSS MB", "warm s", "warm RSS MB", "1 changed s", "watch ms", "watch RSS MB"];
const lines = rows.map((row) =>
  [row.corpus, row.pages, row.megabytes, row.charactersPerPage, row.tableRowsPerPage, row.coldSeconds, row.coldMsPerPage, row.coldMaxRssMb, row.warmSeconds, row.warmMaxRssMb, row.onePageChangedSeconds, row.watchChangeMs, row.watchMaxRssMb].map(String),
);
const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
const format = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padStart(widths[column]!)).join(" | ")} |`;
process.stdout.write(`${[format(header), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...lines.map(format)].join("\n")}\n`);
process.stdout.write(`median of ${runs} runs each; ${os.cpus().length} cores, Node ${process.version}; each run is a new process (npm run generate: node bin/run.mjs cli, already compiled);\nwatch ms: one page changed under generate --watch, from writing the page to the watcher reporting the output written, median of ${WATCH_EDITS} edits in one session\n`);
// Side by side with orval on the same API (the OpenAPI document doc2sdk exports), alternating runs.
const peers: PeerRow[] = [];
if (values.peers) {
  if (existsSync(path.join(ROOT, SHARED_NODE))) peers.push(benchPeers("shared-node", path.join(ROOT, SHARED_NODE), runs, ROOT, WORK));
  if (existsSync(path.join(ROOT, FACTORY))) peers.push(benchPeers("authing-docs-factory", path.join(ROOT, FACTORY), runs, ROOT, WORK));
  for (const size of listOf(values.sizes)) peers.push(benchPeers(`synthetic-${size}`, path.join(WORK, `synthetic-${size}`), runs, ROOT, WORK));
  // The first size again with no description repeated from copy to copy: a bound on a reference that repeats less.
  const [first] = listOf(values.sizes);
  if (first !== undefined) peers.push(benchPeers(`synthetic-${first}-unique`, syntheticCorpus(`synthetic-${first}-unique`, first, "--unique-descriptions"), runs, ROOT, WORK));
  process.stdout.write(`\n| corpus | doc2sdk cold s | orval 7.13 s | doc2sdk / orval |\n|---|---|---|---|\n`);
  for (const row of peers) process.stdout.write(`| ${row.corpus} | ${row.doc2sdkSeconds} | ${row.orvalSeconds} | ${row.ratio} |\n`);
  process.stdout.write("medians of alternating runs, each a new process: doc2sdk from the pages, orval from the OpenAPI document doc2sdk exports for them (--client fetch)\n");
}
const scaling = [...listOf(values.rows).map((count) => scalingRun("rows", count, rowsPage(count))), ...listOf(values.nesting).map((depth) => scalingRun("nesting", depth, nestedPage(depth))), ...listOf(values.cells).map((count) => scalingRun("cells", count, cellsPage(count)))];
if (scaling.length > 0) {
  process.stdout.write(`\n| series | size | s | µs per unit | × time of the first size, for × size |\n|---|---|---|---|---|\n`);
  for (const series of ["rows", "nesting", "cells"]) {
    const points = scaling.filter((point) => point.series === series);
    for (const point of points) process.stdout.write(`| ${series} | ${point.size} | ${point.seconds} | ${Math.round((point.seconds * 1e6) / point.size)} | ${(point.seconds / points[0]!.seconds).toFixed(2)} for ${(point.size / points[0]!.size).toFixed(0)} |\n`);
  }
}
writeFileSync(values.json, `${JSON.stringify({ node: process.version, cores: os.cpus().length, runs, rows, peers, scaling }, null, 2)}\n`);
process.stdout.write(`wrote ${values.json}\n`);
