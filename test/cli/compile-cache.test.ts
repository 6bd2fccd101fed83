import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/paths.js";
import { run, TSX_LOADER } from "../support/processes.js";

const work = mkdtempSync(path.join(os.tmpdir(), "doc2sdk-compile-cache-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Load TypeScript in a new process with the cache installed for `cwd`; prints what TypeScript's version is. */
function loadTypeScript(cwd: string) {
  const script = `import { cacheTypeScriptCompilation } from ${JSON.stringify(path.join(ROOT, "generator", "cli", "compile-cache.ts"))};
cacheTypeScriptCompilation(${JSON.stringify(cwd)});
const { createRequire } = await import("node:module");
console.log(createRequire(${JSON.stringify(path.join(ROOT, "package.json"))})("typescript").version);`;
  return run(process.execPath, [...TSX_LOADER, "--input-type=module", "-e", script], { cwd, killAfterMs: 60_000 });
}

describe("the TypeScript compile cache", () => {
  it("is written in the project's node_modules/.cache, then used as it is, and TypeScript works from it", async () => {
    const project = path.join(work, "project");
    mkdirSync(path.join(project, "node_modules"), { recursive: true });
    const first = await loadTypeScript(project);
    expect(first.code, first.stderr).toBe(0);
    const folder = path.join(project, "node_modules", ".cache", "doc2sdk");
    const [cache] = readdirSync(folder).filter((name) => name.startsWith("v8-"));
    expect(cache).toBeDefined();
    const written = statSync(path.join(folder, cache!));
    expect(written.size).toBeGreaterThan(100_000);
    const second = await loadTypeScript(project);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(path.join(folder, cache!)).mtimeMs).toBe(written.mtimeMs);
  });

  it("writes nothing in a folder without node_modules", async () => {
    const bare = path.join(work, "bare");
    mkdirSync(bare, { recursive: true });
    const result = await loadTypeScript(bare);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(bare)).toEqual([]);
  });
});
