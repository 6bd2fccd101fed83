import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/paths.js";

/**
 * doc2sdk as another repository uses it: the packed tarball (not the source
 * tree), installed into a new project whose dependencies come from the npm
 * cache that `npm ci` filled, with the installed package made read-only.
 */
const work = mkdtempSync(path.join(os.tmpdir(), "doc2sdk-install-"));
const project = path.join(work, "project");
const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const doc2sdk = (...args: string[]) => spawnSync(path.join(project, "node_modules", ".bin", "doc2sdk"), args, { cwd: project, encoding: "utf8" });

beforeAll(() => {
  npm(["pack", "--pack-destination", work], ROOT);
  const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"))!;
  mkdirSync(path.join(project, "docs"), { recursive: true });
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "docs-team", private: true, type: "module" }));
  for (const page of ["authentication/delete-account.md", "management/get-user.md"]) cpSync(path.join(ROOT, "docs-input", page), path.join(project, "docs", path.basename(page)));
  npm(["install", "--prefer-offline", "--no-audit", "--no-fund", path.join(work, tarball)], project);
  chmodSync(path.join(project, "node_modules", "doc2sdk"), 0o555);
}, 300_000);
afterAll(() => {
  chmodSync(path.join(project, "node_modules", "doc2sdk"), 0o755);
  rmSync(work, { recursive: true, force: true });
});

describe("the packed doc2sdk, installed in another project", () => {
  it("ships only the compiled CLI and API, their types, the templates, README and LICENSE", () => {
    const files = JSON.parse(npm(["pack", "--dry-run", "--json", "--ignore-scripts"], ROOT))[0].files.map((file: { path: string }) => file.path) as string[];
    const tops = [...new Set(files.map((file) => file.split("/")[0]))].sort();
    expect(tops).toEqual(["LICENSE", "README.md", "dist", "package.json", "templates"]);
    expect(files).toContain("dist/bin.js");
    expect(files).toContain("dist/index.cjs");
    expect(files).toContain("dist/types/generator/index.d.ts");
    expect(files.filter((file) => file.endsWith(".test.ts"))).toEqual([]);
    expect(files.filter((file) => file.startsWith("templates/") && !file.startsWith("templates/runtime/")).length).toBeGreaterThan(3);
  });

  it("answers --version and --help, and refuses an unknown command with the usage exit code", () => {
    const version = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
    expect(doc2sdk("--version").stdout.trim()).toBe(version);
    expect(doc2sdk("lint", "--version").stdout.trim()).toBe(version);
    expect(doc2sdk("--help").stdout).toContain("Commands:");
    expect(doc2sdk("generate", "--help").stdout).toContain("--input");
    const unknown = doc2sdk("publish");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "publish"');
  });

  it("generates, lints and builds from the project's docs with nothing written inside the installed package", () => {
    writeFileSync(path.join(project, "doc2sdk.config.ts"), 'import { defineConfig } from "doc2sdk";\n\nexport default defineConfig({ input: "docs", out: "sdk", packageName: "@docs-team/sdk" });\n');
    const generated = doc2sdk("generate");
    expect(generated.status, generated.stderr).toBe(0);
    expect(readFileSync(path.join(project, "sdk", "src", "management-client.gen.ts"), "utf8")).toContain("getUser(");
    expect(JSON.parse(readFileSync(path.join(project, "sdk", "package.json"), "utf8")).name).toBe("@docs-team/sdk");
    // The commands' code cache is the project's, and the next run takes it (the config module still loads).
    const caches = readdirSync(path.join(project, "node_modules", ".cache", "doc2sdk")).filter((name) => /^commands-\w+\.v8-cache$/.test(name));
    expect(caches).toHaveLength(1);
    const again = doc2sdk("generate");
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain("sdk is up to date");
    const linted = doc2sdk("lint"); // its input comes from the config file
    expect(linted.status, linted.stdout + linted.stderr).toBe(0);
    const built = doc2sdk("build");
    expect(built.status, built.stderr).toBe(0);
    expect(readFileSync(path.join(project, "sdk", "dist", "esm", "index.js"), "utf8")).toContain("AuthenticationClient");
  });

  it("offers the programmatic API to ESM and CommonJS, typed", () => {
    const page = JSON.stringify([{ file: "a.md", text: "# A\n\n## Method name\n\n`AuthenticationClient.closeSession`\n" }]);
    const esm = execFileSync(process.execPath, ["--input-type=module", "-e", `import { analyse } from "doc2sdk"; console.log(analyse(${page}).ir.clients[0].methods[0].name)`], { cwd: project, encoding: "utf8" });
    const cjs = execFileSync(process.execPath, ["-e", `console.log(require("doc2sdk").analyse(${page}).ir.clients[0].methods[0].name)`], { cwd: project, encoding: "utf8" });
    expect([esm.trim(), cjs.trim()]).toEqual(["closeSession", "closeSession"]);
    writeFileSync(path.join(project, "use.ts"), 'import { generate, type GenerateResult } from "doc2sdk";\nconst run: typeof generate = generate;\nconst result: GenerateResult | null = null;\nexport { run, result };\n');
    writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, types: [] }, files: ["use.ts", "doc2sdk.config.ts"] }));
    const typecheck = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], { cwd: project, encoding: "utf8" });
    expect(typecheck.stdout + typecheck.stderr).toBe("");
  });
});
