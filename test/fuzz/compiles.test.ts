import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadTemplates } from "../../generator/cli/files.js";
import { generate } from "../../generator/generate.js";
import { pageSet } from "../support/fuzz-pages.js";
import { memoryTypechecker } from "../support/memory-typecheck.js";
import { ROOT } from "../support/paths.js";

/** `npm run fuzz` sets DOC2SDK_FUZZ_RUNS (and may set DOC2SDK_FUZZ_SEED); `npm test` runs a fixed, bounded sample. */
const RUNS = Number(process.env["DOC2SDK_FUZZ_RUNS"] ?? 25);
const SEED = Number(process.env["DOC2SDK_FUZZ_SEED"] ?? 20261201);

describe("generated SDKs from hostile pages", () => {
  it(`never crash, and every SDK written without errors compiles under tsc --strict (${RUNS} runs, seed ${SEED})`, async () => {
    const templates = await loadTemplates(path.join(ROOT, "templates"));
    const typecheck = memoryTypechecker();
    let pages = 0;
    let compiled = 0;
    fc.assert(
      fc.property(pageSet, (set) => {
        pages += set.length;
        const result = generate(set, { templates, package: { name: "@fuzz/sdk", version: "0.0.1", title: "Fuzz */ `x`" }, source: "docs\u2028*/" });
        if (result.files === null) return;
        compiled++;
        const errors = typecheck(result.files);
        if (errors.length > 0) throw new Error(`${errors.slice(0, 3).join("\n")}\n--- pages:\n${set.map((page) => `${page.file}\n${page.text}`).join("\n---\n")}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    if (process.env["DOC2SDK_FUZZ_RUNS"]) process.stdout.write(`fuzz: ${RUNS} runs, ${pages} pages, ${compiled} SDKs compiled strictly, 0 failures\n`);
    expect(compiled).toBeGreaterThan(0);
  }, Math.max(120_000, RUNS * 1_000));
});
