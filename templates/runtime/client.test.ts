import { describe, expect, it } from "vitest";
import { AuthenticationClientBase } from "./authentication.js";
import { ApiClient, type ApiRequest, type RequestOptions } from "./client.js";
import { ConnectionError, GenAuthApiError, RequestAbortedError, ResponseFormatError, TimeoutError } from "./errors.js";
import { ManagementClientBase } from "./management.js";
import { stringToSign, signatureAuthorization } from "./signing.js";

/** What the fake fetch answers each call with, in order. */
type Step = { status: number; body: string; headers?: Record<string, string> } | { error: Error } | "hang";

interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A fetch that plays a script and records every call; "hang" waits for the abort signal like real fetch. */
function scriptedFetch(...steps: Step[]) {
  const calls: RecordedCall[] = [];
  const fetchImpl = (async (url: string | URL | Request, init: RequestInit = {}) => {
    calls.push({ url: String(url), method: String(init.method), headers: { ...(init.headers as Record<string, string>) }, body: init.body as string | undefined });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)]!;
    if (step === "hang") {
      return new Promise<Response>((_, reject) => {
        const abort = () => reject(new DOMException("aborted", "AbortError"));
        if (init.signal?.aborted) abort();
        else init.signal?.addEventListener("abort", abort);
      });
    }
    if ("error" in step) throw step.error;
    return new Response(step.body, { status: step.status, headers: step.headers ?? {} });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const OK = { status: 200, body: '{"statusCode":200,"data":{"ok":true}}' };

class TestClient extends ApiClient {
  call<T>(request: ApiRequest, options?: RequestOptions): Promise<T> {
    return this.request<T>(request, options);
  }
}

class TestManagementClient extends ManagementClientBase {
  call<T>(request: ApiRequest, options?: RequestOptions): Promise<T> {
    return this.request<T>(request, options);
  }
}

class TestAuthenticationClient extends AuthenticationClientBase {
  call<T>(request: ApiRequest, options?: RequestOptions): Promise<T> {
    return this.request<T>(request, options);
  }
}

function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("ApiClient requests", () => {
  it("sends GET parameters in the query and returns the body", async () => {
    const { calls, fetchImpl } = scriptedFetch(OK);
    const client = new TestClient({ host: "http://127.0.0.1:9/prefix/", fetch: fetchImpl, headers: { "X-Custom": "1" } }, { name: "pkg", version: "1.2.3" });
    const body = await client.call<{ data: { ok: boolean } }>({ method: "GET", path: "/api/v3/get-user", query: { userId: "u1", flag: false } });
    expect(body.data.ok).toBe(true);
    expect(calls[0]).toMatchObject({ url: "http://127.0.0.1:9/prefix/api/v3/get-user?flag=false&userId=u1", method: "GET", body: undefined });
    expect(calls[0]!.headers).toMatchObject({ accept: "application/json", "x-custom": "1", "x-genauth-sdk-version": "pkg:1.2.3" });
  });

  it("sends other verbs as JSON without undefined fields", async () => {
    const { calls, fetchImpl } = scriptedFetch(OK);
    const client = new TestClient({ host: "http://127.0.0.1:9", fetch: fetchImpl });
    await client.call({ method: "POST", path: "/api/v3/delete-account", body: { deleteAccountToken: "t", reason: undefined } });
    expect(calls[0]!.body).toBe('{"deleteAccountToken":"t"}');
    expect(calls[0]!.headers["content-type"]).toBe("application/json");
  });

  it("throws GenAuthApiError when statusCode is not 200, whatever the HTTP status", async () => {
    const { fetchImpl } = scriptedFetch({ status: 200, body: '{"statusCode":400,"apiCode":1234,"message":"bad token","requestId":"r1"}' });
    const client = new TestClient({ host: "http://127.0.0.1:9", fetch: fetchImpl });
    const error = await caught(client.call({ method: "POST", path: "/x" }));
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ statusCode: 400, apiCode: 1234, message: "bad token", requestId: "r1", httpStatus: 200 });
    const { fetchImpl: notFound } = scriptedFetch({ status: 404, body: '{"message":"no route"}' });
    const error404 = await caught(new TestClient({ host: "http://h", fetch: notFound }).call({ method: "POST", path: "/x" }));
    expect(error404).toMatchObject({ name: "NotFoundError", statusCode: 404, httpStatus: 404, message: "no route" });
  });

  it("throws ResponseFormatError on a body that is not JSON", async () => {
    const { fetchImpl } = scriptedFetch({ status: 200, body: "<html>maintenance</html>" });
    const client = new TestClient({ host: "http://127.0.0.1:9", fetch: fetchImpl });
    const error = await caught(client.call({ method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(ResponseFormatError);
    expect(error).toMatchObject({ httpStatus: 200, message: "GET /x answered HTTP 200 with a body that is not JSON" });
  });
});

describe("ApiClient retries", () => {
  const fast = { "retry-after-ms": "1" };

  it("retries a GET after 500 and returns the second answer", async () => {
    const { calls, fetchImpl } = scriptedFetch({ status: 500, body: '{"statusCode":500,"message":"boom"}', headers: fast }, OK);
    const client = new TestClient({ host: "http://h", fetch: fetchImpl });
    await expect(client.call({ method: "GET", path: "/x" })).resolves.toMatchObject({ data: { ok: true } });
    expect(calls).toHaveLength(2);
  });

  it("does not retry a POST after 500, unless it is marked idempotent", async () => {
    const failing = { status: 500, body: '{"statusCode":500,"message":"boom"}', headers: { "retry-after-ms": "1" } };
    const once = scriptedFetch(failing, OK);
    await expect(new TestClient({ host: "http://h", fetch: once.fetchImpl }).call({ method: "POST", path: "/x", body: {} })).rejects.toMatchObject({ statusCode: 500 });
    expect(once.calls).toHaveLength(1);
    const marked = scriptedFetch(failing, OK);
    await new TestClient({ host: "http://h", fetch: marked.fetchImpl }).call({ method: "POST", path: "/x", body: {}, idempotent: true });
    expect(marked.calls).toHaveLength(2);
  });

  it("retries 429 for any verb, and stops after maxRetries", async () => {
    const limited = { status: 429, body: '{"statusCode":429,"message":"slow down"}', headers: { "retry-after-ms": "1" } };
    const { calls, fetchImpl } = scriptedFetch(limited);
    const client = new TestClient({ host: "http://h", fetch: fetchImpl, maxRetries: 3 });
    await expect(client.call({ method: "POST", path: "/x", body: {} })).rejects.toMatchObject({ statusCode: 429, httpStatus: 429 });
    expect(calls).toHaveLength(4);
    await expect(client.call({ method: "POST", path: "/x", body: {} }, { maxRetries: 0 })).rejects.toBeInstanceOf(GenAuthApiError);
    expect(calls).toHaveLength(5);
  });

  it("does not wait for a Retry-After longer than a minute", async () => {
    const { calls, fetchImpl } = scriptedFetch({ status: 429, body: '{"statusCode":429}', headers: { "retry-after": "3600" } }, OK);
    await expect(new TestClient({ host: "http://h", fetch: fetchImpl }).call({ method: "GET", path: "/x" })).rejects.toMatchObject({ statusCode: 429 });
    expect(calls).toHaveLength(1);
  });

  it("retries a connection failure of a GET, and re-authorizes every attempt", async () => {
    const reset = new TypeError("fetch failed", { cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }) });
    const { calls, fetchImpl } = scriptedFetch({ error: reset }, OK);
    const client = new TestManagementClient({ accessKeyId: "ak", accessKeySecret: "sk", host: "http://h", fetch: fetchImpl });
    const retried = client.call({ method: "GET", path: "/x" });
    await expect(retried).resolves.toMatchObject({ statusCode: 200 });
    expect(calls).toHaveLength(2);
    expect(calls[0]!.headers["x-genauth-signature-nonce"]).not.toBe(calls[1]!.headers["x-genauth-signature-nonce"]);
  });

  it("gives ConnectionError for a POST whose connection was reset", async () => {
    const reset = new TypeError("fetch failed", { cause: new Error("read ECONNRESET") });
    const { calls, fetchImpl } = scriptedFetch({ error: reset }, OK);
    const error = await caught(new TestClient({ host: "http://h", fetch: fetchImpl }).call({ method: "POST", path: "/x", body: {} }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe("POST /x failed: fetch failed (read ECONNRESET)");
    expect(calls).toHaveLength(1);
  });
});

describe("ApiClient timeouts and aborts", () => {
  it("times out per client, and a call's own timeout wins", async () => {
    const { calls, fetchImpl } = scriptedFetch("hang");
    const client = new TestClient({ host: "http://h", fetch: fetchImpl, timeout: 20, maxRetries: 0 });
    const error = await caught(client.call({ method: "POST", path: "/x", body: {} }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 20, message: "POST /x timed out after 20 ms" });
    await expect(client.call({ method: "POST", path: "/x", body: {} }, { timeout: 5 })).rejects.toMatchObject({ timeoutMs: 5 });
    expect(calls).toHaveLength(2);
  });

  it("retries a timed-out GET", async () => {
    const { calls, fetchImpl } = scriptedFetch("hang", OK);
    const client = new TestClient({ host: "http://h", fetch: fetchImpl, timeout: 10 });
    await expect(client.call({ method: "GET", path: "/x" })).resolves.toMatchObject({ statusCode: 200 });
    expect(calls).toHaveLength(2);
  });

  it("reports the caller's abort as RequestAbortedError and does not retry it", async () => {
    const { calls, fetchImpl } = scriptedFetch("hang");
    const controller = new AbortController();
    const client = new TestClient({ host: "http://h", fetch: fetchImpl });
    const pending = caught(client.call({ method: "GET", path: "/x" }, { signal: controller.signal }));
    controller.abort();
    expect(await pending).toBeInstanceOf(RequestAbortedError);
    expect(calls).toHaveLength(1);
  });

  it("stops waiting between retries when the caller aborts", async () => {
    const { calls, fetchImpl } = scriptedFetch({ status: 503, body: "{}", headers: { "retry-after": "30" } });
    const controller = new AbortController();
    const pending = caught(new TestClient({ host: "http://h", fetch: fetchImpl }).call({ method: "GET", path: "/x" }, { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    expect(await pending).toBeInstanceOf(RequestAbortedError);
    expect(calls).toHaveLength(1);
  });
});

describe("AuthenticationClientBase", () => {
  it("sends the app id always and the access token once set", async () => {
    const { calls, fetchImpl } = scriptedFetch(OK);
    const client = new TestAuthenticationClient({ appId: "app-1", appHost: "http://h", fetch: fetchImpl });
    await client.call({ method: "POST", path: "/api/v3/delete-account", body: {} });
    client.setAccessToken("token-1");
    await client.call({ method: "POST", path: "/api/v3/delete-account", body: {} });
    expect(calls[0]!.headers["x-genauth-app-id"]).toBe("app-1");
    expect(calls[0]!.headers.authorization).toBeUndefined();
    expect(calls[1]!.headers.authorization).toBe("token-1");
  });

  it("uses Basic app credentials on token endpoints with client_secret_basic, the token elsewhere", async () => {
    const { calls, fetchImpl } = scriptedFetch(OK);
    const client = new TestAuthenticationClient({ appId: "app-1", appSecret: "secret-1", appHost: "http://h", accessToken: "token-1", tokenEndPointAuthMethod: "client_secret_basic", fetch: fetchImpl });
    await client.call({ method: "POST", path: "/oidc/token", body: {} });
    await client.call({ method: "POST", path: "/api/v3/signin", body: {} });
    await client.call({ method: "GET", path: "/api/v3/get-profile" });
    expect(calls[0]!.headers.authorization).toBe(`Basic ${btoa("app-1:secret-1")}`);
    expect(calls[1]!.headers.authorization).toBe(`Basic ${btoa("app-1:secret-1")}`);
    expect(calls[2]!.headers.authorization).toBe("token-1");
  });

  it("rejects missing settings at construction", () => {
    expect(() => new TestAuthenticationClient({ appId: "", appHost: "http://h" })).toThrow(/appId/);
    expect(() => new TestAuthenticationClient({ appId: "a", appHost: "http://h", tokenEndPointAuthMethod: "client_secret_basic" })).toThrow(/appSecret/);
  });
});

describe("ManagementClientBase", () => {
  it("signs with the documented headers, and the signature verifies", async () => {
    const { calls, fetchImpl } = scriptedFetch(OK);
    const client = new TestManagementClient({ accessKeyId: "ak-test", accessKeySecret: "sk-test", host: "http://h", tenantId: "tenant-1", fetch: fetchImpl });
    const body = { userId: "u1", options: { userIdType: "user_id" } };
    await client.call({ method: "POST", path: "/api/v3/reset-user-principal-authentication-info", body });
    const headers = calls[0]!.headers;
    expect(headers).toMatchObject({ "x-genauth-signature-method": "HMAC-SHA1", "x-genauth-signature-version": "1.0", "x-genauth-lang": "zh-CN", "x-genauth-app-id": "tenant-1" });
    expect(headers["x-genauth-signature-nonce"]).toMatch(/^[0-9a-f]{32}$/);
    expect(new Date(headers.date!).toUTCString()).toBe(headers.date);
    const expected = await signatureAuthorization({ accessKeyId: "ak-test", accessKeySecret: "sk-test" }, stringToSign({ method: "POST", path: "/api/v3/reset-user-principal-authentication-info", headers, parameters: body }));
    expect(headers.authorization).toBe(expected);
  });

  it("signs GET query parameters", async () => {
    const { calls, fetchImpl } = scriptedFetch(OK);
    const client = new TestManagementClient({ accessKeyId: "ak", accessKeySecret: "sk", host: "http://h", lang: "en-US", fetch: fetchImpl });
    const query = { userId: "u1", withCustomData: true, userIdType: undefined };
    await client.call({ method: "GET", path: "/api/v3/get-user", query });
    const headers = calls[0]!.headers;
    expect(headers["x-genauth-lang"]).toBe("en-US");
    expect(headers["x-genauth-app-id"]).toBeUndefined();
    expect(headers.authorization).toBe(await signatureAuthorization({ accessKeyId: "ak", accessKeySecret: "sk" }, stringToSign({ method: "GET", path: "/api/v3/get-user", headers, parameters: query })));
  });
});

describe("secrets and isolation", () => {
  it("never puts a secret or token in an error, nor in the client's printed form", async () => {
    const secrets = ["sk-very-secret", "token-very-secret", "app-secret-very-secret"];
    const failures: Step[] = [{ error: new TypeError("fetch failed") }, { status: 401, body: '{"statusCode":401,"message":"invalid signature"}' }, { status: 502, body: "<html/>" }, "hang"];
    for (const step of failures) {
      const { fetchImpl } = scriptedFetch(step);
      const management = new TestManagementClient({ accessKeyId: "ak", accessKeySecret: secrets[0]!, host: "http://h", fetch: fetchImpl, timeout: 5, maxRetries: 0 });
      const authentication = new TestAuthenticationClient({ appId: "a", appSecret: secrets[2]!, accessToken: secrets[1]!, appHost: "http://h", fetch: fetchImpl, timeout: 5, maxRetries: 0 });
      for (const client of [management, authentication]) {
        const error = (await caught(client.call({ method: "POST", path: "/oidc/token", body: {} }))) as Error;
        const printed = [String(error), error.stack ?? "", JSON.stringify(error), JSON.stringify(client), String(client)].join("\n");
        for (const secret of secrets) expect(printed).not.toContain(secret);
      }
    }
  });

  it("keeps two clients with different hosts and credentials apart", async () => {
    const first = scriptedFetch(OK);
    const second = scriptedFetch(OK);
    const a = new TestAuthenticationClient({ appId: "app-a", appHost: "http://a.example", accessToken: "ta", fetch: first.fetchImpl, headers: { "x-extra": "a" } });
    const b = new TestAuthenticationClient({ appId: "app-b", appHost: "http://b.example", fetch: second.fetchImpl });
    await Promise.all([a.call({ method: "GET", path: "/p" }), b.call({ method: "GET", path: "/p" })]);
    b.setAccessToken("tb");
    await a.call({ method: "GET", path: "/p" });
    expect(first.calls.map((call) => [call.url, call.headers["x-genauth-app-id"], call.headers.authorization, call.headers["x-extra"]])).toEqual([
      ["http://a.example/p", "app-a", "ta", "a"],
      ["http://a.example/p", "app-a", "ta", "a"],
    ]);
    expect(second.calls[0]).toMatchObject({ url: "http://b.example/p", headers: { "x-genauth-app-id": "app-b" } });
    expect(second.calls[0]!.headers["x-extra"]).toBeUndefined();
  });
});

describe("raw responses", () => {
  it("hand onResponse the status, the headers and the request ID, from the body first, else from x-request-id", async () => {
    const fromHeader = scriptedFetch({ status: 201, body: '{"statusCode":200,"data":{}}', headers: { "x-request-id": "req-header", "x-ratelimit-remaining": "41" } });
    const seen: unknown[] = [];
    await new TestClient({ host: "https://api.test", fetch: fromHeader.fetchImpl }).call({ method: "GET", path: "/a" }, { onResponse: (response) => seen.push(response) });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ status: 201, requestId: "req-header" });
    expect((seen[0] as { headers: Headers }).headers.get("x-ratelimit-remaining")).toBe("41");
    const fromBody = scriptedFetch({ status: 200, body: '{"statusCode":200,"requestId":"req-body"}', headers: { "x-request-id": "req-header" } });
    const client = new TestClient({ host: "https://api.test", fetch: fromBody.fetchImpl });
    const { data, response } = await client.withResponse((options) => client.call<{ requestId: string }>({ method: "GET", path: "/b" }, options));
    expect(data.requestId).toBe("req-body");
    expect(response).toMatchObject({ status: 200, requestId: "req-body" });
  });

  it("call onResponse once, for the answer that resolves the call, and never for a failure", async () => {
    const { fetchImpl } = scriptedFetch({ status: 503, body: '{"statusCode":503,"message":"busy"}' }, OK);
    const seen: number[] = [];
    await new TestClient({ host: "https://api.test", fetch: fetchImpl, maxRetries: 1 }).call({ method: "GET", path: "/a" }, { onResponse: (response) => seen.push(response.status) });
    expect(seen).toEqual([200]);
    const failing = scriptedFetch({ status: 404, body: '{"statusCode":404,"message":"no"}' });
    const client = new TestClient({ host: "https://api.test", fetch: failing.fetchImpl });
    await expect(client.withResponse((options) => client.call({ method: "GET", path: "/a" }, options))).rejects.toMatchObject({ statusCode: 404 });
  });
});
