import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { InputPage } from "../../generator/analyse-pages.js";
import { DEFAULT_LIMITS } from "../../generator/cli/limits.js";
import { refresh } from "../../generator/cli/watch.js";
import { ROOT, SCRATCH } from "../support/paths.js";
import { TSX_LOADER } from "../support/processes.js";

const WORK = path.join(SCRATCH, "watch");
/** How many pages docs-input has (the watch tests copy it). */
const PAGES = readdirSync(path.join(ROOT, "docs-input"), { recursive: true }).filter((name) => String(name).endsWith(".md")).length;

const CLI = path.join(ROOT, "generator", "cli.ts");
let child: ChildProcess | null = null;

afterEach(() => {
  child?.kill("SIGKILL");
  child = null;
});

/** Everything the watcher printed so far, and a way to wait for a line. */
function startWatch(env: NodeJS.ProcessEnv = {}): { output: () => string; waitFor: (pattern: RegExp, count?: number) => Promise<void>; stop: () => Promise<number | null> } {
  let output = "";
  const started = spawn(process.execPath, [...TSX_LOADER, CLI, "--input", "docs", "--out", "watched", "--watch", "--strict"], { cwd: WORK, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  child = started;
  started.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  started.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const waitFor = (pattern: RegExp, count = 1): Promise<void> =>
    new Promise((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output:\n${output}`)), 30_000);
      const check = (): void => {
        const seen = output.match(new RegExp(pattern.source, "g"))?.length ?? 0;
        if (seen >= count) {
          clearTimeout(deadline);
          resolve();
        } else setTimeout(check, 20);
      };
      check();
    });
  const stop = (): Promise<number | null> =>
    new Promise((resolve) => {
      started.once("exit", (code) => resolve(code));
      started.kill("SIGTERM");
    });
  return { output: () => output, waitFor, stop };
}

/** A fresh copy of docs-input, watched once the first run is done. */
async function watchCopyOfDocsInput(env: NodeJS.ProcessEnv = {}): Promise<ReturnType<typeof startWatch>> {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  cpSync(path.join(ROOT, "docs-input"), path.join(WORK, "docs"), { recursive: true });
  const watcher = startWatch(env);
  await watcher.waitFor(/watching docs/);
  return watcher;
}

/** Every file under a folder, by relative path. */
function tree(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files[path.relative(folder, absolute)] = readFileSync(absolute, "utf8");
  }
  return files;
}

function coldRun(out: string): void {
  const result = spawnSync(process.execPath, [...TSX_LOADER, CLI, "--input", "docs", "--out", out, "--no-cache"], { cwd: WORK, encoding: "utf8" });
  expect(result.status, result.stderr).toBe(0);
}

describe("generate --watch", () => {
  it("regenerates after each change, parsing only the changed page, with output identical to a cold run; faults under --strict write nothing", async () => {
    const watcher = await watchCopyOfDocsInput();
    expect(watcher.output()).toContain(`${PAGES} pages (${PAGES} parsed)`);

    const page = path.join(WORK, "docs", "management", "get-user.md");
    writeFileSync(page, readFileSync(page, "utf8").replace("| phone         | string   | No ", "| phone         | number   | No "));
    // Parsed once, or twice when the watcher read the page between its truncation and its write (a busy machine).
    await watcher.waitFor(new RegExp(`${PAGES} pages \\([12] parsed\\), 0 errors, 0 warnings, 0 notes; wrote \\d+ files`));
    expect(readFileSync(path.join(WORK, "watched", "src", "models.gen.ts"), "utf8")).toContain("phone?: number;");
    coldRun("cold");
    expect(tree(path.join(WORK, "watched"))).toEqual(tree(path.join(WORK, "cold")));

    const before = tree(path.join(WORK, "watched"));
    writeFileSync(page, readFileSync(page, "utf8").replace("`ManagementClient.getUser`", "`ManagementClient.`"));
    await watcher.waitFor(/nothing written, watched is unchanged/);
    expect(watcher.output()).toMatch(/docs\/management\/get-user\.md:\d+:\d+: warning: /);
    expect(tree(path.join(WORK, "watched"))).toEqual(before);

    writeFileSync(path.join(WORK, "docs", "authentication", "new-page.md"), readFileSync(path.join(WORK, "docs", "authentication", "delete-account.md"), "utf8").replace("AuthenticationClient.deleteAccount", "AuthenticationClient.deleteAccountLater"));
    writeFileSync(page, readFileSync(page, "utf8").replace("`ManagementClient.`", "`ManagementClient.getUser`"));
    await watcher.waitFor(new RegExp(`${PAGES + 1} pages \\(\\d parsed\\), 0 errors.*wrote \\d+ files`));
    rmSync(path.join(WORK, "cold"), { recursive: true });
    coldRun("cold");
    expect(tree(path.join(WORK, "watched"))).toEqual(tree(path.join(WORK, "cold")));
    expect(readFileSync(path.join(WORK, "watched", "src", "authentication-client.gen.ts"), "utf8")).toContain("deleteAccountLater(");
    expect(await watcher.stop()).toBe(0);
  });

  it("publishes one run, of the whole page, when an editor writes a page in steps within the settling time", async () => {
    // A settling time wide enough that the second step lands inside it however busy the machine is.
    const watcher = await watchCopyOfDocsInput({ DOC2SDK_TEST_SETTLE_MS: "1000" });
    const runs = (): number => watcher.output().match(/doc2sdk: \d+ pages \(/g)?.length ?? 0;
    const before = runs();
    const page = path.join(WORK, "docs", "authentication", "delete-account.md");
    const whole = readFileSync(page, "utf8").replace("Whether the account was closed.", "Closed, saved in two steps.");
    // The first step alone fails --strict (the page ends inside its tables); the run it starts must not be published.
    writeFileSync(page, whole.slice(0, Math.floor(whole.length / 2)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(page, whole);
    await watcher.waitFor(/doc2sdk: \d+ pages \(/, before + 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(runs()).toBe(before + 1);
    expect(watcher.output()).not.toContain("nothing written");
    // The page is parsed once or twice, as the watcher read it half-written or not.
    expect(watcher.output().trim().split("\n").at(-1)).toMatch(new RegExp(`${PAGES} pages \\([12] parsed\\), 0 errors, 0 warnings, 0 notes; wrote \\d+ files`));
    expect(readFileSync(path.join(WORK, "watched", "src", "models.gen.ts"), "utf8")).toContain("Closed, saved in two steps.");
    expect(await watcher.stop()).toBe(0);
  });

  it("prints why a page is left out with the run, even when another page changed while the run was settling", async () => {
    const watcher = await watchCopyOfDocsInput({ DOC2SDK_TEST_SETTLE_MS: "1000" });
    const before = watcher.output().match(/doc2sdk: \d+ pages \(/g)?.length ?? 0;
    const broken = path.join(WORK, "docs", "authentication", "delete-account.md");
    const other = path.join(WORK, "docs", "management", "get-user.md");
    writeFileSync(broken, Buffer.from([0x23, 0x20, 0xc3, 0x28]));
    // The second page lands in the settling time of the run the first started: that run reads it alone, again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(other, readFileSync(other, "utf8").replace(/^# (.*)$/m, "# $1, edited"));
    await watcher.waitFor(/doc2sdk: \d+ pages \(/, before + 1);
    expect(watcher.output()).toMatch(/docs\/authentication\/delete-account\.md:1:3: error: Unexpected bytes that are not UTF-8.*left out until it is fixed/);
    expect(await watcher.stop()).toBe(0);
  });

  it("sees pages saved by rename (atomic saves, sed -i, git checkout), new, renamed and deleted pages, every time", async () => {
    const watcher = await watchCopyOfDocsInput();
    const page = path.join(WORK, "docs", "authentication", "delete-account.md");
    const original = readFileSync(page, "utf8");
    const models = (): string => readFileSync(path.join(WORK, "watched", "src", "models.gen.ts"), "utf8");
    const client = (): string => readFileSync(path.join(WORK, "watched", "src", "authentication-client.gen.ts"), "utf8");
    const runs = (): number => watcher.output().match(/doc2sdk: \d+ pages \(/g)?.length ?? 0;
    /** Do something to the docs, then wait for the watcher's next run and return its line. */
    const nextRun = async (change: () => void): Promise<string> => {
      const before = runs();
      change();
      await watcher.waitFor(/doc2sdk: \d+ pages \(/, before + 1);
      return watcher.output().trim().split("\n").at(-1)!;
    };
    for (const word of ["first", "second", "third"]) {
      const line = await nextRun(() => {
        writeFileSync(`${page}.tmp`, original.replace("Whether the account was closed.", `Closed, ${word} save.`));
        renameSync(`${page}.tmp`, page);
      });
      expect(line).toMatch(new RegExp(`${PAGES} pages .*wrote \\d+ files`));
      expect(models()).toContain(`Closed, ${word} save.`);
    }
    const added = path.join(WORK, "docs", "authentication", "added.md");
    expect(await nextRun(() => writeFileSync(added, original.replace("AuthenticationClient.deleteAccount", "AuthenticationClient.addedLater")))).toMatch(new RegExp(`${PAGES + 1} pages .*wrote \\d+ files`));
    expect(client()).toContain("addedLater(");
    const moved = path.join(WORK, "docs", "moved.md");
    expect(await nextRun(() => renameSync(added, moved))).toMatch(new RegExp(`${PAGES + 1} pages `));
    expect(await nextRun(() => writeFileSync(moved, original.replace("AuthenticationClient.deleteAccount", "AuthenticationClient.movedLater")))).toMatch(new RegExp(`${PAGES + 1} pages .*wrote \\d+ files`));
    expect(client()).toContain("movedLater(");
    expect(client()).not.toContain("addedLater(");
    expect(await nextRun(() => rmSync(moved))).toMatch(new RegExp(`${PAGES} pages .*wrote \\d+ files`));
    expect(client()).not.toContain("movedLater(");
    await nextRun(() => writeFileSync(page, Buffer.from([0x23, 0x20, 0xc3, 0x28])));
    expect(watcher.output()).toMatch(/docs\/authentication\/delete-account\.md:1:3: error: Unexpected bytes that are not UTF-8.*left out until it is fixed/);
    expect(await nextRun(() => writeFileSync(page, original))).toMatch(new RegExp(`${PAGES} pages .*wrote \\d+ files`));
    expect(await watcher.stop()).toBe(0);
  });

  it("refuses options it cannot honour while watching", () => {
    mkdirSync(path.join(WORK, "docs"), { recursive: true });
    const result = spawnSync(process.execPath, [...TSX_LOADER, CLI, "--input", "docs", "--watch", "--check"], { cwd: WORK, encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--watch writes the package only");
  });
});

describe("refresh (re-reading a page the watcher reported)", () => {
  const folder = path.join(SCRATCH, "watch-refresh");
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("says a page changed only when its text did, was added, removed or left out: one save often gives two events", async () => {
    mkdirSync(folder, { recursive: true });
    const page = path.join(folder, "page.md");
    const file = path.relative(ROOT, page).split(path.sep).join("/");
    const pages = new Map<string, InputPage>();
    const read = () => refresh(pages, page, ROOT, DEFAULT_LIMITS);

    writeFileSync(page, "# A page\n");
    expect(await read()).toEqual({ changed: true, note: null });
    const first = pages.get(file);
    expect(first?.text).toBe("# A page\n");
    expect(await read()).toEqual({ changed: false, note: null });
    expect(pages.get(file)).toBe(first);

    writeFileSync(page, "# The page\n");
    expect(await read()).toEqual({ changed: true, note: null });
    expect(pages.get(file)?.text).toBe("# The page\n");

    writeFileSync(page, Buffer.from([0x23, 0x20, 0xff, 0x0a]));
    const unreadable = await read();
    expect(unreadable.changed).toBe(true);
    expect(unreadable.note).toMatch(/page\.md:1:3: error: Unexpected bytes that are not UTF-8.*left out until it is fixed/);
    expect(pages.has(file)).toBe(false);
    expect((await read()).changed).toBe(false);

    writeFileSync(page, "# The page\n");
    expect(await read()).toEqual({ changed: true, note: null });
    rmSync(page);
    expect(await read()).toEqual({ changed: true, note: null });
    expect(pages.has(file)).toBe(false);
    expect(await read()).toEqual({ changed: false, note: null });
  });
});
