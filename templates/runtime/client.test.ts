import { describe, expect, it } from "vitest";
import { ApiClient, type ApiRequest, type RequestOptions } from "./client.js";
import { ConnectionError, GenAuthApiError, ResponseFormatError } from "./errors.js";
import { encodeQuery } from "./query.js";

class TestClient extends ApiClient {
  call<T>(request: ApiRequest, options?: RequestOptions): Promise<T> {
    return this.request<T>(request, options);
  }
}

function recordingFetch(status: number, body: string) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: URL | RequestInfo, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response(body, { status });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

describe("encodeQuery", () => {
  it("sorts keys, repeats arrays and drops undefined", () => {
    expect(encodeQuery({ userId: "u 1", withCustomData: true, userIdType: undefined, ids: ["a", "b"] })).toBe("?ids=a&ids=b&userId=u+1&withCustomData=true");
    expect(encodeQuery({})).toBe("");
  });
});

describe("ApiClient", () => {
  it("sends GET parameters in the query and returns the body", async () => {
    const { calls, fetchImpl } = recordingFetch(200, '{"statusCode":200,"data":{"ok":true}}');
    const client = new TestClient({ host: "http://127.0.0.1:9", fetch: fetchImpl, headers: { "x-genauth-app-id": "app" } });
    const body = await client.call<{ data: { ok: boolean } }>({ method: "GET", path: "/api/v3/get-user", query: { userId: "u1" } });
    expect(body.data.ok).toBe(true);
    expect(calls[0]!.url).toBe("http://127.0.0.1:9/api/v3/get-user?userId=u1");
    expect(calls[0]!.init.body).toBeUndefined();
    expect((calls[0]!.init.headers as Record<string, string>)["x-genauth-app-id"]).toBe("app");
  });

  it("sends other verbs as JSON", async () => {
    const { calls, fetchImpl } = recordingFetch(200, '{"statusCode":200}');
    const client = new TestClient({ host: "http://127.0.0.1:9", fetch: fetchImpl });
    await client.call({ method: "POST", path: "/api/v3/delete-account", body: { deleteAccountToken: "t" } });
    expect(calls[0]!.init.body).toBe('{"deleteAccountToken":"t"}');
    expect((calls[0]!.init.headers as Record<string, string>)["content-type"]).toBe("application/json");
  });

  it("throws GenAuthApiError when statusCode is not 200", async () => {
    const { fetchImpl } = recordingFetch(200, '{"statusCode":400,"apiCode":1234,"message":"bad token","requestId":"r1"}');
    const client = new TestClient({ host: "http://127.0.0.1:9", fetch: fetchImpl });
    const error = await client.call({ method: "POST", path: "/x" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ statusCode: 400, apiCode: 1234, message: "bad token", requestId: "r1", httpStatus: 200 });
  });

  it("throws ResponseFormatError on a body that is not JSON", async () => {
    const { fetchImpl } = recordingFetch(502, "<html>bad gateway</html>");
    const client = new TestClient({ host: "http://127.0.0.1:9", fetch: fetchImpl });
    await expect(client.call({ method: "GET", path: "/x" })).rejects.toBeInstanceOf(ResponseFormatError);
  });

  it("throws ConnectionError when fetch fails", async () => {
    const failing = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof fetch;
    const client = new TestClient({ host: "http://127.0.0.1:9", fetch: failing });
    await expect(client.call({ method: "GET", path: "/x" })).rejects.toBeInstanceOf(ConnectionError);
  });
});
