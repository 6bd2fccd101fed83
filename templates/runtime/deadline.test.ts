import { describe, expect, it } from "vitest";
import { sleep, startDeadline } from "./deadline.js";

describe("startDeadline", () => {
  it("fires with cause timeout when the time is up", async () => {
    const deadline = startDeadline(5, undefined);
    await new Promise((resolve) => deadline.signal.addEventListener("abort", resolve));
    expect(deadline.cause()).toBe("timeout");
    deadline.dispose();
  });

  it("fires with cause caller when the caller aborts, even before it starts", () => {
    const controller = new AbortController();
    const deadline = startDeadline(60_000, controller.signal);
    expect(deadline.signal.aborted).toBe(false);
    controller.abort();
    expect(deadline.cause()).toBe("caller");
    deadline.dispose();
    const already = startDeadline(60_000, AbortSignal.abort());
    expect(already.signal.aborted).toBe(true);
    expect(already.cause()).toBe("caller");
    already.dispose();
  });

  it("leaves no timer and no listener behind once disposed", () => {
    const before = process.getActiveResourcesInfo().filter((name) => name === "Timeout").length;
    const controller = new AbortController();
    const deadline = startDeadline(60_000, controller.signal);
    expect(process.getActiveResourcesInfo().filter((name) => name === "Timeout").length).toBe(before + 1);
    deadline.dispose();
    expect(process.getActiveResourcesInfo().filter((name) => name === "Timeout").length).toBe(before);
    controller.abort();
    expect(deadline.signal.aborted).toBe(false);
  });

  it("has no timer for a timeout of 0", () => {
    const deadline = startDeadline(0, undefined);
    expect(deadline.cause()).toBeNull();
    deadline.dispose();
  });
});

describe("sleep", () => {
  it("resolves true after the wait and false when aborted", async () => {
    expect(await sleep(1, undefined)).toBe(true);
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort();
    expect(await waiting).toBe(false);
    expect(await sleep(1, AbortSignal.abort())).toBe(false);
  });
});
