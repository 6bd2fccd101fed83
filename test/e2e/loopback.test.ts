import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuthenticationClient, ConnectionError, GenAuthApiError, ManagementClient, ResponseFormatError, TimeoutError } from "../../generated/src/index.js";
import type { MockServer } from "../../generator/mock/server.js";
import { DEFAULT_MOCK_CREDENTIALS as CREDENTIALS } from "../../generator/profile/genauth/mock-auth.js";
import { leakedHandles, lingeringHandles, startDocsInputMock } from "../support/mock.js";
import { ROOT } from "../support/paths.js";
import { runTsx } from "../support/processes.js";

/**
 * The generated docs-input client driven over real HTTP against the mock server.
 * Every test starts its own server and ends by checking that no socket, server
 * or timer is left open, so the process can exit on its own.
 */
let server: MockServer;
let baseline: Record<string, number>;

beforeEach(async () => {
  baseline = lingeringHandles();
  server = await startDocsInputMock();
});

afterEach(async () => {
  await server.close();
  expect(await leakedHandles(baseline)).toEqual({});
});

function management(overrides: Partial<ConstructorParameters<typeof ManagementClient>[0]> = {}) {
  return new ManagementClient({ accessKeyId: CREDENTIALS.accessKeyId, accessKeySecret: CREDENTIALS.accessKeySecret, host: server.url, ...overrides });
}

function authentication(overrides: Partial<ConstructorParameters<typeof AuthenticationClient>[0]> = {}) {
  return new AuthenticationClient({ appId: CREDENTIALS.appId, appHost: server.url, accessToken: CREDENTIALS.accessToken, ...overrides });
}

function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("documented calls over loopback", () => {
  it("deleteAccount answers with the page's example", async () => {
    const result = await authentication().deleteAccount({ deleteAccountToken: "token-from-verify" });
    expect(result.statusCode).toBe(200);
    expect(result.data).toEqual({ success: true });
  });

  it("resetUserPrincipalAuthenticationInfo is signed and accepted", async () => {
    const result = await management().resetUserPrincipalAuthenticationInfo({ userId: "6229ffaxxxxxxxxcade3e3d9", options: { userIdType: "user_id" } });
    expect(result).toMatchObject({ statusCode: 200, data: { success: true } });
  });

  it("getUser sends typed query parameters with GET", async () => {
    const result = await management().getUser({ userId: "6229ffaxxxxxxxxcade3e3d9", withCustomData: true, userIdType: "user_id" });
    expect(result.data?.userId).toBe("6229ffaxxxxxxxxcade3e3d9");
    expect(server.received).toEqual([expect.objectContaining({ method: "GET", path: "/api/v3/get-user" })]);
  });

  it("withResponse gives the answer's status, headers and request ID beside the body", async () => {
    const client = management();
    const { data, response } = await client.withResponse((options) => client.getUser({ userId: "u1" }, options));
    expect(data.data.userId).toBe("6229ffaxxxxxxxxcade3e3d9");
    expect(response.status).toBe(200);
    expect(response.requestId).toBe("3f0d9b72-6e1a-4c8b-a5d2-9e7f1b3c0a64");
    expect(response.headers.get("x-request-id")).toMatch(/^mock-\d+$/);
  });

  it("listUsersAll walks every page of listUsers, asking for each page only when the one before is used up", async () => {
    const users: string[] = [];
    for await (const user of management().listUsersAll({ limit: 2 })) users.push(user.userId);
    expect(users).toHaveLength(5);
    expect(server.received.map((entry) => entry.path)).toEqual(["/api/v3/list-users", "/api/v3/list-users", "/api/v3/list-users"]);
    const pages = server.received.map((entry) => entry.query);
    expect(pages).toEqual([{ limit: "2", page: "1" }, { limit: "2", page: "2" }, { limit: "2", page: "3" }]);
    const first = await management().listUsersAll().next();
    expect(first.value).toMatchObject({ userId: "6229ffaxxxxxxxxcade3e3d9" });
  });

  it("kickActiveUsers, from the sign-out guide, fills and encodes the path parameter and sends the rest as the body", async () => {
    const result = await management({ userPoolId: "pool-1" }).kickActiveUsers({ appId: "app/1 x", userIds: ["u1", "u2"] });
    expect(result).toEqual({ code: 200, message: "Users signed out" });
    expect(server.received).toEqual([expect.objectContaining({ method: "POST", path: "/api/applications/app%2F1%20x/kick-active-users" })]);
  });

  it("kickActiveUsers is validated like any method: a missing body field is named", async () => {
    const error = await rejection(management().kickActiveUsers({ appId: "app1" } as never));
    expect(error).toMatchObject({ statusCode: 400, message: "Missing required field `userIds`" });
  });

  it("buildLogoutUrl builds the front-channel logout URL on the app host without a request", () => {
    const callback = "https://example.com/after?x=1&y=two words";
    const url = new URL(authentication().buildLogoutUrl({ redirectUri: callback }));
    expect(url.origin + url.pathname).toBe(`${server.url}/login/profile/logout`);
    expect(url.searchParams.get("redirect_uri")).toBe(callback);
    expect(url.search).toBe(`?redirect_uri=${encodeURIComponent(callback).replace(/%20/g, "+")}`);
    expect(server.received).toEqual([]);
  });

  it("getSecurityLevel takes no parameters", async () => {
    const result = await authentication().getSecurityLevel();
    expect(result.statusCode).toBe(200);
  });
});

describe("the mock validates like the API", () => {
  it("names a missing required field", async () => {
    const error = await rejection(management().getUser({} as never));
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ statusCode: 400, httpStatus: 400, message: "Missing required field `userId`" });
  });

  it("names an unknown field and a wrong type", async () => {
    const unknown = await rejection(authentication().deleteAccount({ deleteAccountToken: "t", extra: 1 } as never));
    expect(unknown).toMatchObject({ statusCode: 400, message: "Unknown field `extra`" });
    const wrongType = await rejection(management().resetUserPrincipalAuthenticationInfo({ userId: 42 } as never));
    expect((wrongType as GenAuthApiError).message).toContain("Field `userId` must be a string, got number 42");
  });

  it("rejects a signature made with the wrong secret", async () => {
    const error = await rejection(management({ accessKeySecret: "not-the-secret" }).getUser({ userId: "u1" }));
    expect(error).toMatchObject({ name: "AuthenticationError", statusCode: 401, message: "Signature mismatch" });
    expect(String(error)).not.toContain("not-the-secret");
  });

  it("rejects an unknown app id and a wrong access token", async () => {
    await expect(authentication({ appId: "someone-else" }).getSecurityLevel()).rejects.toMatchObject({ statusCode: 400, message: "Unknown application id" });
    const client = authentication();
    client.setAccessToken("stolen-token");
    await expect(client.getSecurityLevel()).rejects.toMatchObject({ statusCode: 401, message: "Invalid or expired access token" });
  });
});

describe("injected faults", () => {
  it("a reset connection fails a POST once, and a GET is retried", async () => {
    server.injectFault({ kind: "reset" });
    const error = await rejection(authentication().deleteAccount({ deleteAccountToken: "t" }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(server.received).toHaveLength(1);
    server.injectFault({ kind: "reset" });
    await expect(management().getUser({ userId: "u1" })).resolves.toMatchObject({ statusCode: 200 });
    expect(server.received).toHaveLength(3);
  });

  it("a response slower than the timeout gives TimeoutError", async () => {
    server.injectFault({ kind: "delay", ms: 5000 });
    const error = await rejection(authentication({ timeout: 150, maxRetries: 0 }).deleteAccount({ deleteAccountToken: "t" }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 150 });
  });

  it("500 then 200 succeeds on the retry", async () => {
    server.injectFault({ kind: "status", status: 500, headers: { "retry-after-ms": "10" } });
    await expect(management().getUser({ userId: "u1" })).resolves.toMatchObject({ statusCode: 200 });
    expect(server.received.map((request) => request.path)).toEqual(["/api/v3/get-user", "/api/v3/get-user"]);
  });

  it("429 with Retry-After waits as asked, then succeeds", async () => {
    server.injectFault({ kind: "status", status: 429, headers: { "retry-after": "1" } });
    await expect(authentication().deleteAccount({ deleteAccountToken: "t" })).resolves.toMatchObject({ statusCode: 200 });
    const [first, second] = server.received;
    expect(server.received).toHaveLength(2);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  });

  it("a body that is not JSON gives ResponseFormatError", async () => {
    server.injectFault({ kind: "non-json" });
    const error = await rejection(authentication().deleteAccount({ deleteAccountToken: "t" }));
    expect(error).toBeInstanceOf(ResponseFormatError);
    expect(error).toMatchObject({ httpStatus: 200 });
  });
});

describe("nothing is left pending", () => {
  it("a process that used the client through faults exits on its own, with no timer left", async () => {
    server.injectFault({ kind: "delay", ms: 3000, path: "/api/v3/delete-account" });
    server.injectFault({ kind: "status", status: 429, headers: { "retry-after": "1" }, path: "/api/v3/get-user" });
    server.injectFault({ kind: "delay", ms: 3000, path: "/api/v3/get-security-level" });
    const child = await runTsx([path.join(ROOT, "test/e2e/fixtures/exit-on-its-own.ts"), server.url], 60_000);
    expect(child.signal).toBeNull();
    expect(child.code).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual({ outcomes: { timeout: "TimeoutError", retried: "ok", aborted: "RequestAbortedError" }, timers: 0 });
  });
});
