import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTemplates, readInputPages } from "../../generator/cli/files.js";
import { toOpenApi } from "../../generator/export/openapi.js";
import { generate, type GenerateResult } from "../../generator/generate.js";
import { startMockServer, type MockServer } from "../../generator/mock/server.js";
import { SHELF_PROFILE } from "../fixtures/profiles/shelf/profile.js";
import { memoryTypechecker } from "../support/memory-typecheck.js";
import { ROOT, SCRATCH } from "../support/paths.js";
import { runTsx } from "../support/processes.js";

/**
 * A second profile proves the seam: a made-up API ("Shelf") with one client,
 * a bearer token and REST paths, generated from pages written for it with no
 * change to the stages, compiled strictly, and called against the mock.
 */
const DOCS = path.relative(ROOT, path.join(ROOT, "test", "fixtures", "profiles", "shelf", "docs"));
const OUT = path.join(SCRATCH, "shelf-sdk");

let result: GenerateResult;
let server: MockServer;

interface ShelfModule {
  ShelfClient: new (options: { host: string; token: string; maxRetries?: number }) => Record<string, (params?: object) => Promise<{ statusCode: number; message: string; data?: unknown }>>;
  AuthenticationError: new (...args: never[]) => Error;
}

beforeAll(async () => {
  const pages = await readInputPages([DOCS], ROOT);
  const templates = await loadTemplates(path.join(ROOT, "templates"), SHELF_PROFILE.runtime);
  result = generate(pages, { templates, package: { name: SHELF_PROFILE.defaults.packageName, version: "1.0.0", title: SHELF_PROFILE.defaults.title }, source: DOCS, profile: SHELF_PROFILE });
  rmSync(OUT, { recursive: true, force: true });
  for (const file of result.files ?? []) {
    mkdirSync(path.dirname(path.join(OUT, file.path)), { recursive: true });
    writeFileSync(path.join(OUT, file.path), file.text);
  }
  server = await startMockServer({ ir: result.ir, port: 0, profile: SHELF_PROFILE });
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(OUT, { recursive: true, force: true });
});

describe("the Shelf profile", () => {
  it("generates without errors, one client bound by the profile's REST rule", () => {
    expect(result.diagnostics.filter((item) => item.severity === "error")).toEqual([]);
    expect(result.ir.clients.map((client) => client.name)).toEqual(["ShelfClient"]);
    const [client] = result.ir.clients;
    expect(client!.runtime).toEqual({ baseClass: "BearerClientBase", optionsType: "BearerClientOptions", optionsOptional: false, auth: "bearer" });
    expect(client!.methods.map((method) => [method.name, method.http.verb, method.http.path, method.http.pathParameters])).toEqual([
      ["createBook", "POST", "/v1/books", []],
      ["deleteBook", "DELETE", "/v1/books/{bookId}", ["bookId"]],
      ["getBook", "GET", "/v1/books/{bookId}", ["bookId"]],
      ["listBooks", "GET", "/v1/books", []],
    ]);
  });

  it("carries the profile's runtime and none of GenAuth's auth", () => {
    const paths = (result.files ?? []).map((file) => file.path);
    expect(paths).toContain("src/runtime/bearer.ts");
    for (const genauthFile of ["authentication.ts", "management.ts", "signing.ts"]) expect(paths).not.toContain(`src/runtime/${genauthFile}`);
    const client = result.files!.find((file) => file.path === "src/shelf-client.gen.ts")!.text;
    expect(client).toContain('import { BearerClientBase, type BearerClientOptions, type RequestOptions } from "./runtime/index.js";');
    expect(client).toContain("constructor(options: BearerClientOptions)");
    const readme = result.files!.find((file) => file.path === "README.md")!.text;
    expect(readme).toContain("new ShelfClient({ host: \"https://api.shelf.example\", token: process.env.SHELF_TOKEN! });");
    expect(readme).toContain("error instanceof ApiError");
    expect(readme).toContain("`ShelfClient` sends your API token as a bearer token");
    expect(readme).not.toMatch(/GenAuth|AuthenticationClient|ManagementClient/);
  });

  it("compiles under strict TypeScript", () => {
    expect(memoryTypechecker()(result.files!)).toEqual([]);
  }, 60_000);

  it("calls the mock with a bearer token: path parameters filled, the body sent, a wrong token refused", async () => {
    const sdk = (await import(path.join(OUT, "src", "index.ts"))) as ShelfModule;
    const shelf = new sdk.ShelfClient({ host: server.url, token: "shelf-test-token" });
    await expect(shelf.getBook!({ bookId: "bk 1" })).resolves.toMatchObject({ statusCode: 200, data: { bookId: "bk_1", title: "Dune" } });
    await expect(shelf.createBook!({ shelfId: "sh_1", title: "Dune" })).resolves.toMatchObject({ message: "created" });
    await expect(shelf.deleteBook!({ bookId: "bk_1" })).resolves.toMatchObject({ message: "deleted" });
    await expect(shelf.listBooks!({ shelfId: "sh_1", page: 2 })).resolves.toMatchObject({ data: { totalCount: 1 } });
    expect(server.received.map((entry) => `${entry.method} ${entry.path}`)).toEqual(["GET /v1/books/bk%201", "POST /v1/books", "DELETE /v1/books/bk_1", "GET /v1/books"]);
    const intruder = new sdk.ShelfClient({ host: server.url, token: "not-the-token", maxRetries: 0 });
    const refused = await intruder.getBook!({ bookId: "bk_1" }).then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(sdk.AuthenticationError);
    expect(refused).toMatchObject({ statusCode: 401, message: "Missing or wrong bearer token" });
  });

  it("exports OpenAPI with the profile's security scheme", () => {
    const { document } = toOpenApi(result.ir, { title: "Shelf", version: "1.0.0" }, SHELF_PROFILE);
    expect(document["components"]).toMatchObject({ securitySchemes: { token: { type: "http", scheme: "bearer" } } });
    expect(document["paths"]).toMatchObject({ "/v1/books/{bookId}": { get: { security: [{ token: [] }] } } });
  });
});

describe("generate --profile", () => {
  const out = path.join(SCRATCH, "shelf-cli");
  const cli = (...args: string[]) => runTsx([path.join(ROOT, "generator", "cli.ts"), ...args], 120_000);

  it("generates with a profile module named on the command line: its clients, runtime, package defaults and OpenAPI security", async () => {
    rmSync(out, { recursive: true, force: true });
    const profile = path.join("test", "fixtures", "profiles", "shelf", "profile.ts");
    const result = await cli("--profile", profile, "--input", DOCS, "--out", path.relative(ROOT, out), "--openapi", path.relative(ROOT, `${out}.json`), "--no-cache");
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(path.join(out, "src", "runtime"))).toContain("bearer.ts");
    expect(readdirSync(path.join(out, "src", "runtime"))).not.toContain("management.ts");
    expect(JSON.parse(readFileSync(path.join(out, "package.json"), "utf8")).name).toBe("@shelf/sdk");
    expect(JSON.parse(readFileSync(`${out}.json`, "utf8")).components.securitySchemes).toEqual({ token: { type: "http", scheme: "bearer" } });
    rmSync(out, { recursive: true, force: true });
    rmSync(`${out}.json`, { force: true });
  });

  it("refuses a module that does not export a profile, naming it, with the usage exit code", async () => {
    const result = await cli("--profile", "package.json", "--input", DOCS, "--out", path.relative(ROOT, out));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("package.json: expected a default export that is a profile");
  });
});
