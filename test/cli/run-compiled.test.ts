import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rememberSourceFingerprint, sourceFingerprint } from "../../bin/source-fingerprint.mjs";
import { ROOT, SCRATCH } from "../support/paths.js";

const WORK = path.join(SCRATCH, "run-compiled");
// Inside the project, so that the bundle resolves the project's node_modules.
const BUILDS = path.join(WORK, "builds");
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

function launch(...args: string[]) {
  return launchIn(ROOT, ...args);
}

function launchIn(cwd: string, ...args: string[]) {
  return launchWithIn(cwd, {}, ...args);
}

function launchWith(env: Record<string, string>, ...args: string[]) {
  return launchWithIn(ROOT, env, ...args);
}

function launchWithIn(cwd: string, env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, "bin", "run.mjs"), ...args], { cwd, encoding: "utf8", env: { ...process.env, DOC2SDK_BUILD_DIR: BUILDS, ...env } });
  return { code: result.status, stderr: result.stderr };
}

function filesUnder(folder: string): Map<string, string> {
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(entries.map((entry) => [path.relative(folder, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name), "utf8")]));
}

describe("bin/run.mjs", () => {
  it("compiles once per source fingerprint, removes older bundles, and generates the same package as the sources", async () => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(path.join(BUILDS, "cli-0000-an-older-build"), { recursive: true });
    const out = path.join(WORK, "out");

    const first = launch("cli", "--input", "docs-input", "--out", path.relative(ROOT, out), "--no-cache");
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^doc2sdk: compiled generator\/ into /m);
    expect(readdirSync(BUILDS)).toEqual([`cli-${await sourceFingerprint(ROOT)}`]);
    expect(filesUnder(out)).toEqual(filesUnder(path.join(ROOT, "generated")));
    // The templates are precompiled in the bundle: the run rendered them with handlebars' runtime, never loading its compiler.
    const loaded = path.join(WORK, "loaded.json");
    const hook = path.join(WORK, "record-loaded.cjs");
    writeFileSync(hook, `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(loaded)}, JSON.stringify(Object.keys(require.cache))));\n`);
    const recorded = launchWith({ NODE_OPTIONS: `--require ${hook}` }, "cli", "--input", "docs-input", "--out", path.relative(ROOT, path.join(WORK, "recorded-out")), "--no-cache");
    expect(recorded.code).toBe(0);
    const modules = JSON.parse(readFileSync(loaded, "utf8")) as string[];
    expect(modules.some((file) => file.includes(path.join("handlebars", "dist", "cjs", "handlebars.runtime.js")))).toBe(true);
    expect(modules.filter((file) => file.includes(path.join("handlebars", "dist", "cjs", "handlebars", "compiler")))).toEqual([]);

    const second = launch("cli", "--input", "docs-input", "--out", path.relative(ROOT, out), "--no-cache", "--check");
    expect(second.code).toBe(0);
    expect(second.stderr).not.toMatch(/^doc2sdk: compiled/m);
  });

  it("runs the commands from V8's code cache, written by the first run beside their bundle and used as it is after", async () => {
    const out = path.join(WORK, "cached-out");
    const cache = path.join(BUILDS, `cli-${await sourceFingerprint(ROOT)}`, "commands.cjs.v8-cache");
    rmSync(cache, { force: true });
    expect(launch("cli", "--input", "docs-input", "--out", path.relative(ROOT, out), "--no-cache").code).toBe(0);
    const written = statSync(cache);
    expect(written.size).toBeGreaterThan(100_000);
    rmSync(out, { recursive: true, force: true });
    // V8 takes the cache (one it rejected would be written again), and the run gives the same package.
    expect(launch("cli", "--input", "docs-input", "--out", path.relative(ROOT, out), "--no-cache").code).toBe(0);
    expect(statSync(cache).mtimeMs).toBe(written.mtimeMs);
    expect(filesUnder(out)).toEqual(filesUnder(path.join(ROOT, "generated")));
    // A cache V8 cannot use (another Node, a damaged file) is replaced, and the run is unaffected.
    writeFileSync(cache, "not a code cache");
    rmSync(out, { recursive: true, force: true });
    expect(launch("cli", "--input", "docs-input", "--out", path.relative(ROOT, out), "--no-cache").code).toBe(0);
    expect(statSync(cache).size).toBeGreaterThan(100_000);
    expect(filesUnder(out)).toEqual(filesUnder(path.join(ROOT, "generated")));
  });

  it("imports a project's config module, JavaScript or TypeScript, from the compiled command", () => {
    for (const [name, text] of [
      ["doc2sdk.config.mjs", 'export default { input: "docs", out: "sdk", packageName: "@acme/from-mjs" };\n'],
      ["doc2sdk.config.ts", 'const config: { input: string; out: string; packageName: string } = { input: "docs", out: "sdk", packageName: "@acme/from-ts" };\nexport default config;\n'],
    ] as const) {
      const project = path.join(WORK, `config-${name}`);
      rmSync(project, { recursive: true, force: true });
      mkdirSync(path.join(project, "docs"), { recursive: true });
      mkdirSync(path.join(project, "node_modules"));
      writeFileSync(path.join(project, "docs", "page.md"), readFileSync(path.join(ROOT, "docs-input", "authentication", "delete-account.md")));
      writeFileSync(path.join(project, name), text);
      const run = launchIn(project, "cli", "--no-cache");
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(readFileSync(path.join(project, "sdk", "package.json"), "utf8")).name).toBe(name.endsWith(".ts") ? "@acme/from-ts" : "@acme/from-mjs");
    }
  });

  it("passes the exit code through and rejects an unknown command", () => {
    expect(launch("cli", "--no-such-option").code).toBe(2);
    const unknown = launch("publish");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("usage: node bin/run.mjs <cli|mock-cli|lint-cli|diff-cli>");
  });
});

describe("sourceFingerprint", () => {
  it("changes with any generator source or the lockfile, by content, and only then", async () => {
    const root = path.join(WORK, "fingerprint");
    rmSync(root, { recursive: true, force: true });
    mkdirSync(path.join(root, "generator", "lower"), { recursive: true });
    writeFileSync(path.join(root, "generator", "lower", "a.ts"), "export const a = 1;\n");
    writeFileSync(path.join(root, "package-lock.json"), "{}\n");
    const first = await sourceFingerprint(root);
    expect(await sourceFingerprint(root)).toBe(first);

    writeFileSync(path.join(root, "generator", "lower", "a.ts"), "export const a = 2;\n");
    const edited = await sourceFingerprint(root);
    expect(edited).not.toBe(first);
    writeFileSync(path.join(root, "generator", "b.ts"), "");
    expect(await sourceFingerprint(root)).not.toBe(edited);
    writeFileSync(path.join(root, "package-lock.json"), "{ }\n");
    writeFileSync(path.join(root, "README.md"), "not code\n");
    const relocked = await sourceFingerprint(root);
    writeFileSync(path.join(root, "README.md"), "still not code\n");
    expect(await sourceFingerprint(root)).toBe(relocked);
  });

  it("returns the value the launcher remembered for this process, so the command does not hash the sources again", async () => {
    const root = path.join(WORK, "remembered");
    rmSync(root, { recursive: true, force: true });
    mkdirSync(path.join(root, "generator"), { recursive: true });
    writeFileSync(path.join(root, "generator", "a.ts"), "export const a = 1;\n");
    const computed = await sourceFingerprint(root);
    rememberSourceFingerprint(root, "launched");
    expect(await sourceFingerprint(root)).toBe("launched");
    expect(await sourceFingerprint(path.join(root, "generator", ".."))).toBe("launched");
    expect(computed).not.toBe("launched");
  });
});
