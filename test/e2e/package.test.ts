import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compilePackage } from "../../generator/build/compile.js";
import { DEFAULT_MOCK_CREDENTIALS as CREDENTIALS } from "../../generator/profile/genauth/mock-auth.js";
import type { MockServer } from "../../generator/mock/server.js";
import { generateFrom } from "../support/generate-from.js";
import { startDocsInputMock } from "../support/mock.js";
import { ROOT, SCRATCH } from "../support/paths.js";
import { run, type ChildResult } from "../support/processes.js";

/**
 * The docs-input SDK as a user gets it: built to ESM + CJS + .d.ts, checked
 * by publint and arethetypeswrong, packed, installed from the tarball in a
 * fresh folder, and imported both ways to call the mock server.
 */
const WORK = path.join(SCRATCH, "package");
const PACKAGE_DIR = path.join(WORK, "genauth");
const CONSUMER_DIR = path.join(WORK, "consumer");

/** The script behind a dev dependency's command, run with this Node (no npx, no shell). */
function bin(packageName: string, command: string): string {
  const folder = path.join(ROOT, "node_modules", packageName);
  const manifest = JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")) as { bin: Record<string, string> };
  return path.join(folder, manifest.bin[command]!);
}

function npm(args: readonly string[], cwd: string): Promise<ChildResult> {
  return run("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, killAfterMs: 120_000 });
}

let server: MockServer;
let tarball: string;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  const generated = await generateFrom("docs-input");
  const built = compilePackage(generated.files!);
  expect(built.errors).toEqual([]);
  for (const file of [...generated.files!, ...built.files]) {
    mkdirSync(path.dirname(path.join(PACKAGE_DIR, file.path)), { recursive: true });
    writeFileSync(path.join(PACKAGE_DIR, file.path), file.text);
  }
  const packed = await npm(["pack", "--pack-destination", WORK], PACKAGE_DIR);
  expect(packed.code, packed.stderr).toBe(0);
  tarball = path.join(WORK, readdirSync(WORK).find((name) => name.endsWith(".tgz"))!);
  server = await startDocsInputMock();
}, 180_000);

afterAll(async () => {
  await server?.close();
});

describe("the built package", () => {
  it("compiles to ESM and CommonJS with declarations for both", () => {
    const generated = readdirSync(path.join(PACKAGE_DIR, "dist"), { recursive: true }).map(String).sort();
    for (const format of ["esm", "cjs"]) {
      expect(generated).toContain(`${format}/index.js`);
      expect(generated).toContain(`${format}/index.d.ts`);
      expect(generated).toContain(`${format}/runtime/client.js`);
    }
    expect(generated).toContain("cjs/package.json");
  });

  it("packs only what a user needs", async () => {
    const listed = await npm(["pack", "--dry-run", "--json"], PACKAGE_DIR);
    expect(listed.code, listed.stderr).toBe(0);
    const [summary] = JSON.parse(listed.stdout) as { files: { path: string }[] }[];
    const paths = summary!.files.map((file) => file.path);
    expect(paths.filter((file) => !file.startsWith("dist/")).sort()).toEqual(["README.md", "package.json"]);
    expect(paths.some((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))).toBe(false);
    expect(paths).toContain("dist/esm/index.js");
    expect(paths).toContain("dist/cjs/index.d.ts");
  });

  it("passes publint --strict", async () => {
    const result = await run(process.execPath, [bin("publint", "publint"), "--strict", PACKAGE_DIR], { killAfterMs: 120_000 });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain("All good!");
  });

  it("passes arethetypeswrong for node10, node16 (CJS and ESM) and bundlers", async () => {
    const result = await run(process.execPath, [bin("@arethetypeswrong/cli", "attw"), tarball, "--format", "json"], { killAfterMs: 120_000 });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { problems: unknown; analysis: { entrypoints: Record<string, unknown> } };
    expect(Object.keys(report.problems as object)).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toContain(".");
  });
});

describe("installed from the tarball in a fresh folder", () => {
  beforeAll(async () => {
    mkdirSync(CONSUMER_DIR, { recursive: true });
    writeFileSync(path.join(CONSUMER_DIR, "package.json"), `${JSON.stringify({ name: "consumer", private: true }, null, 2)}\n`);
    const installed = await npm(["install", tarball, "--no-package-lock"], CONSUMER_DIR);
    expect(installed.code, installed.stderr).toBe(0);
    const calls = (load: string) => `${load}
const url = process.argv[2];
const management = new sdk.ManagementClient({ accessKeyId: ${JSON.stringify(CREDENTIALS.accessKeyId)}, accessKeySecret: ${JSON.stringify(CREDENTIALS.accessKeySecret)}, host: url });
const authentication = new sdk.AuthenticationClient({ appId: ${JSON.stringify(CREDENTIALS.appId)}, appHost: url, accessToken: ${JSON.stringify(CREDENTIALS.accessToken)} });
Promise.all([
  management.getUser({ userId: "6229ffaxxxxxxxxcade3e3d9", withCustomData: true }),
  authentication.deleteAccount({ deleteAccountToken: "t" }),
  management.getUser({}).catch((error) => error),
]).then(([user, deleted, refused]) => {
  console.log(JSON.stringify({ userId: user.data.userId, deleted: deleted.data.success, refused: refused instanceof sdk.GenAuthApiError ? refused.message : String(refused) }));
});
`;
    writeFileSync(path.join(CONSUMER_DIR, "esm.mjs"), calls(`import * as sdk from "@doc2sdk/genauth";`));
    writeFileSync(path.join(CONSUMER_DIR, "cjs.cjs"), calls(`const sdk = require("@doc2sdk/genauth");`));
  }, 180_000);

  it.each(["esm.mjs", "cjs.cjs"])("%s imports both clients and calls the mock server, then exits on its own", async (script) => {
    const result = await run(process.execPath, [script, server.url], { cwd: CONSUMER_DIR, killAfterMs: 30_000 });
    expect(result.signal).toBeNull();
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ userId: "6229ffaxxxxxxxxcade3e3d9", deleted: true, refused: "Missing required field `userId`" });
  });
});

describe("one method's function, imported from its subpath", () => {
  it("bundles that method's code and not its client's other methods, and calls the mock", async () => {
    const { build } = await import("esbuild");
    writeFileSync(path.join(CONSUMER_DIR, "whole.mjs"), `import { AuthenticationClient } from "@doc2sdk/genauth";\nconsole.log(await new AuthenticationClient({ appId: process.argv[3], appHost: process.argv[2] }).getSecurityLevel());\n`);
    writeFileSync(
      path.join(CONSUMER_DIR, "one.mjs"),
      `import { AuthenticationClientBase } from "@doc2sdk/genauth";\nimport { getSecurityLevel } from "@doc2sdk/genauth/functions/authentication-client";\nconst client = new AuthenticationClientBase({ appId: process.argv[3], appHost: process.argv[2] });\nconsole.log(JSON.stringify((await getSecurityLevel(client)).statusCode));\n`,
    );
    const bundle = async (entry: string) => (await build({ entryPoints: [path.join(CONSUMER_DIR, entry)], bundle: true, minify: true, format: "esm", platform: "browser", write: false, absWorkingDir: CONSUMER_DIR, logLevel: "silent" })).outputFiles[0]!.text;
    const [whole, one] = await Promise.all([bundle("whole.mjs"), bundle("one.mjs")]);
    expect(whole).toContain("/api/v3/delete-account");
    expect(one).toContain("/api/v3/get-security-level");
    expect(one).not.toContain("/api/v3/delete-account");
    expect(one).not.toContain("/api/v3/verify-delete-account-request");
    expect(one.length).toBeLessThan(whole.length);
    const result = await run(process.execPath, ["one.mjs", server.url, CREDENTIALS.appId], { cwd: CONSUMER_DIR, killAfterMs: 30_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe("200");
  });
});
