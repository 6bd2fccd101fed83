import { describe, expect, it } from "vitest";
import { AuthenticationClientBase } from "./authentication.js";
import type { ApiRequest, RequestOptions } from "./client.js";
import { ConnectionError, GenAuthApiError } from "./errors.js";
import { ManagementClientBase } from "./management.js";
import { redact, redactError, REDACTED } from "./redact.js";

const TOKEN = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2Vu.sig";
const SECRET = "ak-secret-1234567890";

class Auth extends AuthenticationClientBase {
  call<T>(request: ApiRequest, options?: RequestOptions): Promise<T> {
    return this.request<T>(request, options);
  }
}
class Management extends ManagementClientBase {
  call<T>(request: ApiRequest, options?: RequestOptions): Promise<T> {
    return this.request<T>(request, options);
  }
}

/** Every string reachable from an error: message, stack, cause, own properties. */
function everything(error: unknown, depth = 0): string {
  if (depth > 3 || error === null || error === undefined) return "";
  if (typeof error !== "object") return String(error);
  const record = error as Record<string, unknown> & Error;
  return [record.message, record.stack, ...Object.values(record).map((value) => everything(value, depth + 1)), everything(record.cause, depth + 1)].join("\n");
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("redact", () => {
  it("removes secrets in plain, URL-encoded and JSON-escaped form, URL credentials and query strings", () => {
    const text = `token ${TOKEN}, ${encodeURIComponent("p@ss/word+1")} in https://user:p4ss@host.example/api/v3/x?access_token=abc&b=1 and "\\"q\\"uote"`;
    const safe = redact(text, [TOKEN, "p@ss/word+1", '"q"uote', "ab"]);
    expect(safe).toBe(`token ${REDACTED}, ${REDACTED} in https://${REDACTED}@host.example/api/v3/x?${REDACTED} and "${REDACTED}"`);
  });
  it("replaces a cause by a redacted copy", () => {
    const error = redactError(new Error(`failed with ${TOKEN}`, { cause: new TypeError(`bad header ${TOKEN}`) }), [TOKEN]) as Error;
    expect(everything(error)).not.toContain(TOKEN);
    expect((error.cause as Error).name).toBe("TypeError");
  });
});

describe("the clients never report their credentials", () => {
  const hostile: [string, () => Promise<unknown>][] = [
    ["a host without a scheme, with a token in the query", () => new Auth({ appId: "app", appHost: "host.example", accessToken: TOKEN, maxRetries: 0 }).call({ method: "GET", path: "/api/v3/get-user", query: { token: TOKEN } })],
    ["user and password in the host", () => new Auth({ appId: "app", appHost: `https://user:${SECRET}@127.0.0.1:1`, accessToken: TOKEN, maxRetries: 0 }).call({ method: "GET", path: "/api/v3/x" })],
    ["a token with CR/LF, which Headers rejects", () => new Auth({ appId: "app", appHost: "https://host.example", accessToken: `${TOKEN}\r\nx-evil: 1`, maxRetries: 0, fetch: ((url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.abort() })) as typeof fetch }).call({ method: "GET", path: "/api/v3/x" })],
    ["a server that echoes the authorization header", () => new Auth({ appId: "app", appHost: "https://host.example", accessToken: TOKEN, maxRetries: 0, fetch: (async (_url: string, init: RequestInit) => new Response(JSON.stringify({ statusCode: 401, message: `bad token ${(init.headers as Record<string, string>)["authorization"]}` }), { status: 401 })) as typeof fetch }).call({ method: "GET", path: "/api/v3/x" })],
    ["a per-call authorization header in a failing call", () => new Auth({ appId: "app", appHost: "https://host.example", maxRetries: 0, fetch: (async () => { throw new TypeError(`socket hang up while sending ${TOKEN}`); }) as unknown as typeof fetch }).call({ method: "GET", path: "/api/v3/x" }, { headers: { Authorization: TOKEN } })],
    ["an access key secret echoed by a server", () => new Management({ accessKeyId: "key-id", accessKeySecret: SECRET, host: "https://host.example", maxRetries: 0, fetch: (async () => new Response(JSON.stringify({ statusCode: 403, message: `secret ${SECRET} is wrong` }), { status: 403 })) as typeof fetch }).call({ method: "POST", path: "/api/v3/x", body: {} })],
  ];
  it.each(hostile)("%s", async (_name, call) => {
    const error = await rejection(call());
    expect(error instanceof ConnectionError || error instanceof GenAuthApiError || error instanceof TypeError).toBe(true);
    const reported = everything(error);
    expect(reported).not.toContain(TOKEN);
    expect(reported).not.toContain(SECRET);
  });
});

describe("1,000 calls under mixed faults", () => {
  it("all settle, leave no timer or handle behind, and no message holds a credential", async () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const faults = [
      async () => new Response('{"statusCode":200,"data":{}}', { status: 200 }),
      async () => new Response(`{"statusCode":500,"message":"boom ${TOKEN}"}`, { status: 500 }),
      async () => new Response('{"statusCode":429,"message":"slow down"}', { status: 429, headers: { "retry-after": "0" } }),
      async () => new Response(`<html>${TOKEN}</html>`, { status: 502 }),
      async () => {
        throw new TypeError(`fetch failed: ECONNRESET while sending authorization: ${TOKEN}`);
      },
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_, reject) => init.signal?.addEventListener("abort", () => reject(new DOMException(`aborted ${TOKEN}`, "AbortError")))),
    ];
    const fetchImpl = ((url: string, init: RequestInit) => faults[Math.floor(random() * faults.length)]!(url, init)) as typeof fetch;
    const client = new Auth({ appId: "app", appHost: "https://host.example", accessToken: TOKEN, timeout: 20, maxRetries: 1, fetch: fetchImpl });
    const timersBefore = process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;
    const results = await Promise.allSettled(Array.from({ length: 1000 }, (_, index) => client.call({ method: "GET", path: `/api/v3/item-${index}`, query: { token: TOKEN } })));
    expect(results).toHaveLength(1000);
    const failures = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(failures.length).toBeGreaterThan(100);
    expect(results.some((result) => result.status === "fulfilled")).toBe(true);
    for (const failure of failures) expect(everything(failure.reason)).not.toContain(TOKEN);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length).toBeLessThanOrEqual(timersBefore);
  });
});
