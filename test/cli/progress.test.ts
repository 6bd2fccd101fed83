import { afterEach, describe, expect, it, vi } from "vitest";
import { terminalProgress } from "../../generator/cli/progress.js";

afterEach(() => vi.useRealTimers());

describe("terminalProgress", () => {
  it("shows the stage on one terminal line once a run has taken a second, and clears it at the end", () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const progress = terminalProgress({ isTTY: true, write: (text: string) => written.push(text) });
    progress.stage("parsing and lowering 412 pages");
    expect(written).toEqual([]);
    vi.advanceTimersByTime(1000);
    progress.stage("emitting the package");
    progress.done();
    expect(written).toEqual(["\r\u001b[Kdoc2sdk: parsing and lowering 412 pages…", "\r\u001b[Kdoc2sdk: emitting the package…", "\r\u001b[K"]);
  });

  it("stays silent for a short run, and when the stream is not a terminal (CI logs, pipes)", () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const quick = terminalProgress({ isTTY: true, write: (text: string) => written.push(text) });
    quick.stage("reading pages");
    quick.done();
    vi.advanceTimersByTime(5000);
    const piped = terminalProgress({ isTTY: false, write: (text: string) => written.push(text) });
    piped.stage("reading pages");
    vi.advanceTimersByTime(5000);
    piped.done();
    expect(written).toEqual([]);
  });
});
