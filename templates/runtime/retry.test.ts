import { describe, expect, it } from "vitest";
import { backoffDelay, isIdempotent, isRetryableFailure, isRetryableStatus, retryAfterDelay } from "./retry.js";

describe("retry policy", () => {
  it("treats GET, PUT and DELETE as idempotent, POST only when marked", () => {
    expect(isIdempotent("GET", undefined)).toBe(true);
    expect(isIdempotent("DELETE", undefined)).toBe(true);
    expect(isIdempotent("POST", undefined)).toBe(false);
    expect(isIdempotent("POST", true)).toBe(true);
  });

  it.each([
    [429, false, true],
    [408, false, true],
    [500, true, true],
    [503, false, false],
    [501, true, false],
    [400, true, false],
    [404, true, false],
  ])("status %i, idempotent %s → retry %s", (status, idempotent, expected) => {
    expect(isRetryableStatus(status, idempotent)).toBe(expected);
  });

  it("retries a refused connection for any request, other failures only when idempotent", () => {
    const refused = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
    const reset = new TypeError("fetch failed", { cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }) });
    expect(isRetryableFailure(refused, false)).toBe(true);
    expect(isRetryableFailure(reset, false)).toBe(false);
    expect(isRetryableFailure(reset, true)).toBe(true);
  });

  it("backs off exponentially with at most 25 % jitter, capped at 8 s", () => {
    expect([0, 1, 2, 3, 4, 10].map((attempt) => backoffDelay(attempt, 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(backoffDelay(1, 0.999)).toBeGreaterThanOrEqual(750);
    expect(backoffDelay(1, 0.999)).toBeLessThan(1000);
  });

  it("reads Retry-After in seconds, as a date, and retry-after-ms", () => {
    const now = Date.parse("Sun, 22 Nov 2026 10:00:00 GMT");
    expect(retryAfterDelay(new Headers({ "retry-after": "3" }), now)).toBe(3000);
    expect(retryAfterDelay(new Headers({ "retry-after": "Sun, 22 Nov 2026 10:00:05 GMT" }), now)).toBe(5000);
    expect(retryAfterDelay(new Headers({ "retry-after": "Sun, 22 Nov 2026 09:00:00 GMT" }), now)).toBe(0);
    expect(retryAfterDelay(new Headers({ "retry-after-ms": "250", "retry-after": "9" }), now)).toBe(250);
    expect(retryAfterDelay(new Headers({ "retry-after": "soon" }), now)).toBeUndefined();
    expect(retryAfterDelay(new Headers(), now)).toBeUndefined();
  });
});
