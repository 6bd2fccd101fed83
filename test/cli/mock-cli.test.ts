import { spawn } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../support/paths.js";
import { TSX_LOADER } from "../support/processes.js";

it("npm run mock serves the docs on loopback, prints its URL and stops on SIGTERM", async () => {
  const child = spawn(process.execPath, [...TSX_LOADER, path.join(ROOT, "generator", "mock-cli.ts"), "--port", "0"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once("close", () => reject(new Error(`mock exited before printing its URL: ${output}`)));
  });
  try {
    const response = await fetch(`${url}/api/v3/get-security-level`, { headers: { "x-genauth-app-id": "mock-app-id" } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { statusCode: number }).statusCode).toBe(200);
    const missing = await fetch(`${url}/api/v3/no-such-method`, { method: "POST" });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ statusCode: 404, message: "No documented method at POST /api/v3/no-such-method" });
    const wrongVerb = await fetch(`${url}/api/v3/get-security-level`, { method: "POST", headers: { "x-genauth-app-id": "mock-app-id" } });
    expect(wrongVerb.status).toBe(405);
  } finally {
    child.kill("SIGTERM");
  }
  expect(await exited).toBe(0);
});
