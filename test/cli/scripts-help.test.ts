import { describe, expect, it } from "vitest";
import { runTsx } from "../support/processes.js";
import { ROOT } from "../support/paths.js";
import path from "node:path";

describe("the project's scripts", () => {
  it.each(["bench.ts", "synthetic-corpus.ts"])("%s answers --help, and refuses an unknown option with exit 2", async (script) => {
    const help = await runTsx([path.join(ROOT, "scripts", script), "--help"], 60_000);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run /);
    const wrong = await runTsx([path.join(ROOT, "scripts", script), "--nope"], 60_000);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Unknown option '--nope'");
  });
});
