import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { ROOT, SCRATCH } from "../support/paths.js";
import { TSX_LOADER } from "../support/processes.js";

const WORK = path.join(SCRATCH, "cli");
const DOCS = path.join(WORK, "docs");
const OUT = path.join(WORK, "out");

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [...TSX_LOADER, path.join(ROOT, "generator", "cli.ts"), ...args], { cwd: WORK, encoding: "utf8" });
  return { code: result.status, stderr: result.stderr };
}

const GOOD = "# Delete\n\n## Method name\n\n`AuthenticationClient.deleteAccount`\n\n## Request parameters\n\n| Name | Type | Required | Description |\n| - | - | - | - |\n| token | string | Yes | t |\n\n## Request response\n\nType: `string`\n";

beforeEach(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(DOCS, { recursive: true });
  writeFileSync(path.join(DOCS, "delete-account.md"), GOOD);
});

describe("generate CLI", () => {
  it("writes the package, then --check passes, and fails once the docs change", () => {
    expect(run("--input", "docs", "--out", "out").code).toBe(0);
    expect(readFileSync(path.join(OUT, "src", "authentication-client.gen.ts"), "utf8")).toContain("deleteAccount(params: DeleteAccountParams");
    expect(run("--input", "docs", "--out", "out", "--check").code).toBe(0);
    writeFileSync(path.join(DOCS, "delete-account.md"), GOOD.replace("| token | string | Yes | t |", "| token | string | No | t |"));
    const check = run("--input", "docs", "--out", "out", "--check");
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("src/models.gen.ts (differs)");
  });

  it("writes the OpenAPI document with --openapi, as JSON or YAML by the file name, with the same content", () => {
    const json = run("--input", "docs", "--out", "out", "--openapi", "api/openapi.json");
    expect(json.code, json.stderr).toBe(0);
    const yaml = run("--input", "docs", "--out", "out", "--openapi", "api/openapi.yaml");
    expect(yaml.code, yaml.stderr).toBe(0);
    const fromJson = JSON.parse(readFileSync(path.join(WORK, "api", "openapi.json"), "utf8"));
    expect(fromJson.paths["/api/v3/delete-account"].post.operationId).toBe("AuthenticationClient_deleteAccount");
    expect(parseYaml(readFileSync(path.join(WORK, "api", "openapi.yaml"), "utf8"))).toEqual(fromJson);
  });

  it("compiles the package to dist/ with --build; a plain run keeps it while current and drops it once stale", () => {
    const built = run("--input", "docs", "--out", "out", "--build");
    expect(built.code, built.stderr).toBe(0);
    expect(readFileSync(path.join(OUT, "dist", "esm", "authentication-client.gen.js"), "utf8")).toContain("deleteAccount(params, options)");
    expect(readFileSync(path.join(OUT, "dist", "cjs", "index.d.ts"), "utf8")).toContain("AuthenticationClient");
    const unchanged = run("--input", "docs", "--out", "out");
    expect(unchanged.stderr).toContain("is up to date (");
    expect(existsSync(path.join(OUT, "dist", "esm", "index.js"))).toBe(true);
    writeFileSync(path.join(DOCS, "delete-account.md"), GOOD.replace("| token | string | Yes | t |", "| token | string | No | t |"));
    expect(run("--input", "docs", "--out", "out").code).toBe(0);
    expect(existsSync(path.join(OUT, "dist"))).toBe(false);
  });

  it("gives byte-identical output with a cold cache, a warm cache and no cache, and re-parses only changed pages", () => {
    const snapshot = () => readFileSync(path.join(OUT, "src", "models.gen.ts"), "utf8") + readFileSync(path.join(OUT, "src", "authentication-client.gen.ts"), "utf8");
    writeFileSync(path.join(DOCS, "get-thing.md"), GOOD.replace("deleteAccount", "getThing"));
    const cold = run("--input", "docs", "--out", "out");
    expect(cold.stderr).toContain("2 pages (2 parsed, 0 from cache)");
    const coldText = snapshot();
    rmSync(OUT, { recursive: true });
    const warm = run("--input", "docs", "--out", "out");
    expect(warm.stderr).toContain("2 pages (0 parsed, 2 from cache)");
    expect(snapshot()).toBe(coldText);
    rmSync(OUT, { recursive: true });
    expect(run("--input", "docs", "--out", "out", "--no-cache").code).toBe(0);
    expect(snapshot()).toBe(coldText);
    writeFileSync(path.join(DOCS, "get-thing.md"), GOOD.replace("deleteAccount", "getThing").replace("| t |", "| changed |"));
    expect(run("--input", "docs", "--out", "out").stderr).toContain("2 pages (1 parsed, 1 from cache)");
    expect(snapshot()).toContain("changed");
  });

  it("repeats the last run when nothing changed, without reading the parsed pages, and still applies --strict", () => {
    writeFileSync(path.join(DOCS, "no-response.md"), GOOD.replace("deleteAccount", "noResponse").replace("## Request response\n\nType: `string`\n", ""));
    const cold = run("--input", "docs", "--out", "out");
    expect(cold.code).toBe(0);
    expect(cold.stderr).toContain("1 warning");
    const coldText = readFileSync(path.join(OUT, "src", "authentication-client.gen.ts"), "utf8");

    rmSync(path.join(WORK, ".doc2sdk-cache", "pages.v8"));
    rmSync(OUT, { recursive: true });
    const repeated = run("--input", "docs", "--out", "out");
    expect(repeated.code).toBe(0);
    expect(repeated.stderr).toContain("2 pages (0 parsed, 2 from cache), 0 errors, 1 warning");
    expect(repeated.stderr).toMatch(/no-response\.md:\d+:\d+: warning: Missing response section/);
    expect(readFileSync(path.join(OUT, "src", "authentication-client.gen.ts"), "utf8")).toBe(coldText);

    const strict = run("--input", "docs", "--out", "out", "--strict");
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("nothing written");

    const withIr = run("--input", "docs", "--out", "out", "--ir", "ir.json");
    expect(withIr.stderr).toContain("2 pages (2 parsed, 0 from cache)");
    expect(JSON.parse(readFileSync(path.join(WORK, "ir.json"), "utf8")).clients[0].methods.map((method: { name: string }) => method.name)).toEqual(["deleteAccount", "noResponse"]);
  });

  it("contains a fault confined to one page as a warning at file:line:column; --strict makes it fatal and leaves the output exactly as it was", () => {
    expect(run("--input", "docs", "--out", "out").code).toBe(0);
    const before = readFileSync(path.join(OUT, "src", "models.gen.ts"), "utf8");
    writeFileSync(path.join(DOCS, "broken.md"), "# Broken\n\n## Method name\n\n`AuthenticationClient.broken`\n\n## Request parameters\n\n| Name | Type | Required | Description |\n| - | - | - | - |\n| a | strnig thing | Yes | a |\n");
    const strict = run("--input", "docs", "--out", "out", "--strict");
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("docs/broken.md:11:5: warning: Unexpected type `strnig thing`");
    expect(strict.stderr).toContain("nothing written");
    expect(readFileSync(path.join(OUT, "src", "models.gen.ts"), "utf8")).toBe(before);

    const lenient = run("--input", "docs", "--out", "out");
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain("docs/broken.md:11:5: warning: Unexpected type `strnig thing`");
    expect(readFileSync(path.join(OUT, "src", "models.gen.ts"), "utf8")).toMatch(/export interface BrokenParams \{[^}]*a: unknown;/);
  });

  it("refuses to replace an SDK with an empty one when no page documents a method", () => {
    expect(run("--input", "docs", "--out", "out").code).toBe(0);
    const before = readFileSync(path.join(OUT, "src", "authentication-client.gen.ts"), "utf8");
    writeFileSync(path.join(DOCS, "delete-account.md"), "# Now a guide\n\nProse only.\n");
    const result = run("--input", "docs", "--out", "out");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/docs\/delete-account\.md:1:1: error: Unexpected docs without any SDK method/);
    expect(readFileSync(path.join(OUT, "src", "authentication-client.gen.ts"), "utf8")).toBe(before);
  });

  it("writes the IR as JSON with --ir", () => {
    expect(run("--input", "docs", "--out", "out", "--ir", "ir.json").code).toBe(0);
    const ir = JSON.parse(readFileSync(path.join(WORK, "ir.json"), "utf8"));
    expect(ir.clients[0].methods[0]).toMatchObject({ name: "deleteAccount", source: { file: "docs/delete-account.md", start: { line: 5, column: 1 } } });
  });

  it("fails on warnings with --strict", () => {
    writeFileSync(path.join(DOCS, "delete-account.md"), GOOD.replace("| token | string | Yes | t |", "| token | string | is | t |"));
    const result = run("--input", "docs", "--out", "out", "--strict");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/docs\/delete-account\.md:11:\d+: warning: Unexpected `is`/);
  });
});

describe("generate CLI --out safety", () => {
  it.each([
    ["the input folder", "docs", /is the input folder "docs"/],
    ["the current folder", ".", /is the current folder/],
    ["the project's parent", "..", /contains the current folder/],
    ["the filesystem root", "/", /is the filesystem root/],
  ])("refuses %s with exit 2 and deletes nothing", (_name, out, reason) => {
    const result = run("--input", "docs", "--out", out, "--no-cache");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(readFileSync(path.join(DOCS, "delete-account.md"), "utf8")).toBe(GOOD);
  });

  it("refuses a folder of the user's that doc2sdk did not create, and keeps the user's files in its own", () => {
    mkdirSync(path.join(WORK, "mine"));
    writeFileSync(path.join(WORK, "mine", "notes.txt"), "mine\n");
    const refused = run("--input", "docs", "--out", "mine");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("is not empty and has no .doc2sdk-manifest.json");
    expect(readFileSync(path.join(WORK, "mine", "notes.txt"), "utf8")).toBe("mine\n");

    expect(run("--input", "docs", "--out", "out").code).toBe(0);
    mkdirSync(path.join(OUT, "node_modules", "dep"), { recursive: true });
    writeFileSync(path.join(OUT, "node_modules", "dep", "index.js"), "dep\n");
    writeFileSync(path.join(OUT, "notes.txt"), "mine\n");
    writeFileSync(path.join(DOCS, "delete-account.md"), GOOD.replace("| t |", "| changed |"));
    expect(run("--input", "docs", "--out", "out").code).toBe(0);
    expect(readFileSync(path.join(OUT, "node_modules", "dep", "index.js"), "utf8")).toBe("dep\n");
    expect(readFileSync(path.join(OUT, "notes.txt"), "utf8")).toBe("mine\n");
    expect(run("--input", "docs", "--out", "out", "--check").code).toBe(0);
  });

  it.each([
    ["staged", "the old output, and the next run removes the staging"],
    ["applying", "a committed write that the next run finishes"],
  ])("a kill -9 while %s leaves %s", async (step) => {
    expect(run("--input", "docs", "--out", "out", "--no-cache").code).toBe(0);
    const oldModels = readFileSync(path.join(OUT, "src", "models.gen.ts"), "utf8");
    writeFileSync(path.join(OUT, "notes.txt"), "mine\n");
    writeFileSync(path.join(DOCS, "delete-account.md"), GOOD.replace("| t |", "| changed |"));
    const marker = path.join(WORK, "paused");
    const child = spawn(process.execPath, [...TSX_LOADER, path.join(ROOT, "generator", "cli.ts"), "--input", "docs", "--out", "out", "--no-cache"], {
      cwd: WORK,
      env: { ...process.env, DOC2SDK_TEST_PAUSE: `${step}:${marker}` },
      stdio: "ignore",
    });
    const ended = new Promise((resolve) => child.on("close", resolve));
    for (let waited = 0; !existsSync(marker) && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(marker)).toBe(true);
    child.kill("SIGKILL");
    await ended;
    expect(existsSync(path.join(OUT, ".doc2sdk-tx"))).toBe(true);
    if (step === "staged") expect(readFileSync(path.join(OUT, "src", "models.gen.ts"), "utf8")).toBe(oldModels);
    expect(run("--input", "docs", "--out", "out", "--check").code).toBe(1);

    expect(run("--input", "docs", "--out", "out", "--no-cache").code).toBe(0);
    expect(existsSync(path.join(OUT, ".doc2sdk-tx"))).toBe(false);
    expect(readFileSync(path.join(OUT, "src", "models.gen.ts"), "utf8")).toContain("changed");
    expect(readFileSync(path.join(OUT, "notes.txt"), "utf8")).toBe("mine\n");
    expect(run("--input", "docs", "--out", "out", "--check").code).toBe(0);
  }, 60_000);
});

describe("generate CLI --bindings", () => {
  it("applies the bindings file, and a changed bindings file is not answered from the last-run cache", () => {
    writeFileSync(path.join(WORK, "bindings.yaml"), "AuthenticationClient.deleteAccount:\n  method: DELETE\n  path: /api/v3/account\n");
    expect(run("--input", "docs", "--out", "out", "--bindings", "bindings.yaml").code).toBe(0);
    expect(readFileSync(path.join(OUT, "src", "authentication-client.functions.gen.ts"), "utf8")).toContain('method: "DELETE", path: "/api/v3/account", query: params');
    writeFileSync(path.join(WORK, "bindings.yaml"), "AuthenticationClient.deleteAccount:\n  path: /api/v3/accounts/delete\n");
    expect(run("--input", "docs", "--out", "out", "--bindings", "bindings.yaml").code).toBe(0);
    expect(readFileSync(path.join(OUT, "src", "authentication-client.functions.gen.ts"), "utf8")).toContain('method: "POST", path: "/api/v3/accounts/delete", body: params');
    writeFileSync(path.join(WORK, "bindings.yaml"), "AuthenticationClient.gone:\n  method: GET\n");
    const failed = run("--input", "docs", "--out", "out", "--bindings", "bindings.yaml");
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("bindings.yaml:1:1: error: Unexpected binding for `AuthenticationClient.gone`");
  });
});
