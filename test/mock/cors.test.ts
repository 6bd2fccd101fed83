import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../generator/mock/server.js";
import { generateFrom } from "../support/generate-from.js";

let withCors: MockServer;
let without: MockServer;

beforeAll(async () => {
  const { ir } = await generateFrom("docs-input");
  [withCors, without] = await Promise.all([startMockServer({ ir, port: 0, cors: true }), startMockServer({ ir, port: 0 })]);
});

afterAll(async () => {
  await Promise.all([withCors?.close(), without?.close()]);
});

const preflight = (server: MockServer) =>
  fetch(`${server.url}/api/v3/get-security-level`, {
    method: "OPTIONS",
    headers: { origin: "http://localhost:5173", "access-control-request-method": "GET", "access-control-request-headers": "x-genauth-app-id, authorization" },
  });

describe("the mock's --cors", () => {
  it("answers a preflight with the origin, the methods and the headers asked for, and logs no request", async () => {
    const answer = await preflight(withCors);
    expect(answer.status).toBe(204);
    expect(answer.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(answer.headers.get("access-control-allow-methods")).toContain("GET");
    expect(answer.headers.get("access-control-allow-headers")).toBe("x-genauth-app-id, authorization");
    expect(withCors.received).toEqual([]);
  });

  it("lets the origin read every answer, x-request-id included", async () => {
    const answer = await fetch(`${withCors.url}/api/v3/get-security-level`, { headers: { origin: "http://localhost:5173", "x-genauth-app-id": "mock-app-id" } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(answer.headers.get("access-control-expose-headers")).toContain("x-request-id");
  });

  it("is off unless asked for", async () => {
    const answer = await preflight(without);
    expect(answer.status).not.toBe(204);
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
  });
});
