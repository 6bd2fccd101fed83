import { execFileSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../generator/mock/server.js";
import { generateFrom } from "../support/generate-from.js";
import { ROOT, SCRATCH } from "../support/paths.js";

/**
 * The generated docs-input client in a real headless Chromium (Debian's,
 * installed by scripts/install-browser.sh), calling the mock server on
 * another origin, so that every call goes through a CORS preflight.
 */
const SCREENSHOT = path.join(SCRATCH, "browser", "page.png");

let browser: Browser;
let mock: MockServer;
let site: Server;
let siteUrl: string;

beforeAll(async () => {
  const bundled = await build({ entryPoints: [path.join(ROOT, "test", "browser", "page.ts")], bundle: true, format: "esm", platform: "browser", target: "es2022", write: false, logLevel: "silent" });
  const script = bundled.outputFiles[0]!.text;
  site = createServer((request, response) => {
    if (request.url?.startsWith("/page.js")) {
      response.writeHead(200, { "content-type": "text/javascript" }).end(script);
      return;
    }
    response.writeHead(200, { "content-type": "text/html" }).end('<!doctype html><title>doc2sdk in a browser</title><h1>doc2sdk in a browser</h1><pre id="results"></pre><script type="module" src="/page.js"></script>');
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  mock = await startMockServer({ ir: (await generateFrom("docs-input")).ir, port: 0, cors: true });
  const executablePath = execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
  await new Promise((resolve) => site?.close(resolve));
});

describe("the generated client in Chromium", () => {
  it("calls the API across origins, and keeps the management secret out of the browser", async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/?api=${encodeURIComponent(mock.url)}`);
    await page.waitForSelector("body[data-done='true']", { timeout: 30_000 });
    const results = JSON.parse((await page.textContent("#results")) ?? "{}") as Record<string, string>;
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.close();

    expect(results["securityLevel"]).toBe("ok 200");
    expect(results["requestId"]).toBe("ok true");
    expect(results["management"]).toMatch(/^SdkError: ManagementClient refuses to run in a browser/);
    expect(results["optedIn"]).toMatch(/^SdkError: GET \/api\/v3\/get-user was not sent/);
    // The management call never left the browser: only the two authentication calls reached the mock.
    expect(mock.received.map((entry) => `${entry.method} ${entry.path}`)).toEqual(["GET /api/v3/get-security-level", "GET /api/v3/get-security-level"]);
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(1000);
  });
});
