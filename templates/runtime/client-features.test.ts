import { afterEach, describe, expect, it } from "vitest";
import { AuthenticationClientBase } from "./authentication.js";
import { ManagementClientBase } from "./management.js";
import type { Logger } from "./logger.js";

const TOKEN = "tok-abcdefghijklmnop";
const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith("GENAUTH_")) delete process.env[key];
  Object.assign(process.env, saved);
});

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => lines.push(`${level} ${message}`);
  return { lines, error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
}

describe("environment defaults", () => {
  it("reads GENAUTH_* variables on Node when the options are absent, and options win", async () => {
    process.env["GENAUTH_ACCESS_KEY_ID"] = "env-key";
    process.env["GENAUTH_ACCESS_KEY_SECRET"] = "env-secret-123";
    process.env["GENAUTH_HOST"] = "https://env.example";
    const seen: string[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      seen.push(`${url} ${(init.headers as Record<string, string>)["authorization"]?.split(":")[0]}`);
      return new Response('{"statusCode":200,"data":1}');
    }) as unknown as typeof fetch;
    await new ManagementClientBase({ fetch: fetchImpl }).makeRequest({ method: "GET", path: "/api/v3/x" });
    await new ManagementClientBase({ fetch: fetchImpl, accessKeyId: "given", host: "https://given.example" }).makeRequest({ method: "GET", path: "/api/v3/x" });
    expect(seen).toEqual(["https://env.example/api/v3/x GenAuth env-key", "https://given.example/api/v3/x GenAuth given"]);
  });

  it("says which option and variable are missing", () => {
    expect(() => new AuthenticationClientBase({ appHost: "https://a.example" })).toThrow("AuthenticationClient needs an appId (the option, or GENAUTH_APP_ID on Node)");
    process.env["GENAUTH_APP_ID"] = "app";
    process.env["GENAUTH_APP_HOST"] = "https://a.example";
    expect(() => new AuthenticationClientBase()).not.toThrow();
  });

  it("never looks in a browser", () => {
    process.env["GENAUTH_APP_ID"] = "app";
    process.env["GENAUTH_APP_HOST"] = "https://a.example";
    Object.assign(globalThis, { window: {}, document: {} });
    try {
      expect(() => new AuthenticationClientBase()).toThrow(/needs an appId/);
    } finally {
      delete (globalThis as Record<string, unknown>)["window"];
      delete (globalThis as Record<string, unknown>)["document"];
    }
  });
});

describe("makeRequest", () => {
  it("calls an undocumented endpoint with the client's auth, path parameters, retries and typed errors", async () => {
    const calls: string[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      calls.push(`${init.method} ${url} ${(init.headers as Record<string, string>)["authorization"]}`);
      return calls.length === 1 ? new Response('{"statusCode":503,"message":"busy"}', { status: 503 }) : new Response('{"statusCode":200,"data":{"id":"u1"}}');
    }) as unknown as typeof fetch;
    const client = new AuthenticationClientBase({ appId: "app", appHost: "https://a.example", accessToken: TOKEN, fetch: fetchImpl, logLevel: "off" });
    const body = await client.makeRequest<{ data: { id: string } }>({ method: "GET", path: "/api/v3/users/{id}", pathParameters: ["id"], query: { id: "u 1", full: true } });
    expect(body.data.id).toBe("u1");
    expect(calls).toEqual([`GET https://a.example/api/v3/users/u%201?full=true ${TOKEN}`, `GET https://a.example/api/v3/users/u%201?full=true ${TOKEN}`]);
  });
});

describe("logging", () => {
  it("writes one line per attempt at its level, with status, duration and retry number, and no credential", async () => {
    let call = 0;
    const fetchImpl = (async () => (++call === 1 ? new Response(`{"statusCode":500,"message":"boom ${TOKEN}"}`, { status: 500 }) : new Response('{"statusCode":200,"data":{}}'))) as unknown as typeof fetch;
    const logger = recordingLogger();
    const client = new AuthenticationClientBase({ appId: "app", appHost: "https://a.example", accessToken: TOKEN, fetch: fetchImpl, logger, logLevel: "info" });
    await client.makeRequest({ method: "GET", path: "/api/v3/get-profile", query: { token: TOKEN } });
    expect(logger.lines).toHaveLength(2);
    expect(logger.lines[0]).toMatch(/^warn \[genauth\] GET \/api\/v3\/get-profile 500 InternalServerError in \d+ ms; retrying in \d+ ms$/);
    expect(logger.lines[1]).toMatch(/^info \[genauth\] GET \/api\/v3\/get-profile ok in \d+ ms \(retry 1\)$/);
    for (const line of logger.lines) expect(line).not.toContain(TOKEN);
  });

  it("takes its level from GENAUTH_LOG, and logs nothing below it", async () => {
    process.env["GENAUTH_LOG"] = "error";
    const logger = recordingLogger();
    const fetchImpl = (async () => new Response('{"statusCode":200,"data":{}}')) as unknown as typeof fetch;
    await new AuthenticationClientBase({ appId: "app", appHost: "https://a.example", fetch: fetchImpl, logger }).makeRequest({ method: "GET", path: "/x" });
    expect(logger.lines).toEqual([]);
    const failing = (async () => new Response('{"statusCode":404,"message":"none"}')) as unknown as typeof fetch;
    await expect(new AuthenticationClientBase({ appId: "app", appHost: "https://a.example", fetch: failing, logger }).makeRequest({ method: "GET", path: "/y" })).rejects.toThrow("none");
    expect(logger.lines).toEqual([expect.stringMatching(/^error \[genauth\] GET \/y 404 NotFoundError in \d+ ms$/)]);
  });
});

describe("in a browser", () => {
  function inBrowser<T>(run: () => T): T {
    Object.assign(globalThis, { window: {}, document: {} });
    try {
      return run();
    } finally {
      delete (globalThis as Record<string, unknown>)["window"];
      delete (globalThis as Record<string, unknown>)["document"];
    }
  }

  it("the ManagementClient refuses to start unless the caller opts in, and explains why", () => {
    expect(() => inBrowser(() => new ManagementClientBase({ accessKeyId: "k", accessKeySecret: "s" }))).toThrow(/refuses to run in a browser: its access key secret would be shipped/);
  });

  it("an opted-in ManagementClient throws a clear error before sending, instead of a silent 401", async () => {
    let sent = 0;
    const fetchImpl = (async () => {
      sent++;
      return new Response('{"statusCode":200}');
    }) as unknown as typeof fetch;
    const client = inBrowser(() => new ManagementClientBase({ accessKeyId: "k", accessKeySecret: "s", fetch: fetchImpl, dangerouslyAllowBrowser: true }));
    Object.assign(globalThis, { window: {}, document: {} });
    try {
      await expect(client.makeRequest({ method: "GET", path: "/api/v3/get-user" })).rejects.toThrow(/was not sent: browsers do not send the Date header/);
    } finally {
      delete (globalThis as Record<string, unknown>)["window"];
      delete (globalThis as Record<string, unknown>)["document"];
    }
    expect(sent).toBe(0);
  });
});
