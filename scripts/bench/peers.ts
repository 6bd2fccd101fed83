/**
 * The bench's side-by-side series: doc2sdk against orval (a pinned dev
 * dependency) on the same API. orval reads the OpenAPI document doc2sdk
 * exports for the corpus, and writes a full typed fetch client. Runs alternate,
 * each in a fresh process, and the ratio is of the medians.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** One corpus, both tools. */
export interface PeerRow {
  corpus: string;
  doc2sdkSeconds: number;
  orvalSeconds: number;
  /** doc2sdk's median over orval's: below 1, doc2sdk is the faster. */
  ratio: number;
}

/** How dense a corpus's pages are: what parsing pays for. */
export interface Density {
  charactersPerPage: number;
  tableRowsPerPage: number;
}

/**
 * Time doc2sdk (cold, no cache) and orval on one corpus, alternating.
 *
 * @param name The corpus's name in the table.
 * @param folder The corpus.
 * @param runs Runs of each tool.
 * @param root The project root.
 * @param work A scratch folder.
 * @returns The medians and their ratio.
 */
export function benchPeers(name: string, folder: string, runs: number, root: string, work: string): PeerRow {
  const openapi = path.join(work, `peer-${name}.openapi.json`);
  const doc2sdkOut = path.join(work, `peer-${name}-doc2sdk`);
  const orvalOut = path.join(work, `peer-${name}-orval`);
  const doc2sdk = [path.join(root, "bin/run.mjs"), "cli", "--input", path.relative(root, folder), "--out", path.relative(root, doc2sdkOut), "--no-cache", "--quiet"];
  mustRun(process.execPath, [...doc2sdk, "--openapi", openapi], root);
  const config = path.join(work, `peer-${name}.orval.config.cjs`);
  writeFileSync(config, `module.exports = ${JSON.stringify({ api: { input: openapi, output: { target: path.join(orvalOut, "api.ts"), client: "fetch" } } })};\n`);
  const orval = [path.join(root, "node_modules/orval/dist/bin/orval.js"), "--config", config];
  const times = { doc2sdk: [] as number[], orval: [] as number[] };
  for (let run = 0; run < runs; run++) {
    rmSync(doc2sdkOut, { recursive: true, force: true });
    times.doc2sdk.push(timed(process.execPath, doc2sdk, root));
    rmSync(orvalOut, { recursive: true, force: true });
    times.orval.push(timed(process.execPath, orval, work));
  }
  const doc2sdkSeconds = median(times.doc2sdk);
  const orvalSeconds = median(times.orval);
  return { corpus: name, doc2sdkSeconds: round(doc2sdkSeconds), orvalSeconds: round(orvalSeconds), ratio: round(doc2sdkSeconds / orvalSeconds) };
}

/**
 * Characters and table rows (not counting separator rows) per page.
 *
 * @param files The corpus's pages.
 * @returns The means.
 */
export function densityOf(files: readonly string[]): Density {
  let characters = 0;
  let rows = 0;
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    characters += [...text].length;
    for (const line of text.split("\n")) if (/^\s*\|/.test(line) && !/^[\s|:-]+$/.test(line)) rows++;
  }
  const pages = Math.max(1, files.length);
  return { charactersPerPage: Math.round(characters / pages), tableRowsPerPage: round(rows / pages) };
}

function timed(command: string, args: readonly string[], cwd: string): number {
  const started = performance.now();
  mustRun(command, args, cwd);
  return (performance.now() - started) / 1000;
}

function mustRun(command: string, args: readonly string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${path.basename(args[0] ?? command)} failed (${result.status}): ${result.stderr}`);
}

/**
 * The middle of some numbers (the upper of the two middles of an even count).
 *
 * @param values The numbers.
 * @returns Their median.
 */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
