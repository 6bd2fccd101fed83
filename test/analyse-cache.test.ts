import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { analyse, type ParsedPage } from "../generator/analyse.js";
import { pageCacheKey, type InputPage } from "../generator/analyse-pages.js";
import { readInputPages } from "../generator/cli/files.js";
import { syntheticPages } from "../scripts/bench/synthetic.js";
import { CORPUS, ROOT } from "./support/paths.js";

const NODE_PAGES = path.join(CORPUS, "genauth-docs/docs/reference/sdk/node");

describe("the parse cache", () => {
  it("gives the same IR and diagnostics cold, warm (through the on-disk encoding) and without a cache", async () => {
    const pages = await readInputPages([path.relative(ROOT, NODE_PAGES)], ROOT);
    const stored = new Map<string, Buffer>();
    let parsed = 0;
    const cache = {
      keyOf: (page: InputPage) => pageCacheKey(page, "test"),
      pages: {
        get: (key: string) => (stored.has(key) ? (deserialize(stored.get(key)!) as ParsedPage) : undefined),
        set: (key: string, value: ParsedPage) => {
          parsed++;
          stored.set(key, serialize(value));
        },
      },
    };
    const uncached = analyse(pages);
    const cold = analyse(pages, { cache });
    expect(parsed).toBe(pages.length);
    const warm = analyse(pages, { cache });
    expect(parsed).toBe(pages.length);
    expect(cold).toEqual(uncached);
    expect(warm).toEqual(uncached);
    expect(JSON.stringify(warm.ir)).toBe(JSON.stringify(uncached.ir));
  });
});

/** The first method pages of the shared Node corpus as synthetic templates, with the corpus's IR. */
async function nodeTemplates(count: number) {
  const real = await readInputPages([path.relative(ROOT, NODE_PAGES)], ROOT);
  const { ir } = analyse(real);
  const methodNames = new Map(ir.clients.flatMap((client) => client.methods.map((method) => [method.source.file, method.documentedName] as const)));
  const templates = real.filter((page) => methodNames.has(page.file)).slice(0, count).map((page) => ({ ...page, methodName: methodNames.get(page.file)! }));
  return { ir, templates };
}

describe("syntheticPages", () => {
  it("copies templates with a distinct method, DTOs and file per copy, and lowers without errors", async () => {
    const { ir, templates } = await nodeTemplates(10);
    const pages = syntheticPages(templates, ir.types.map((type) => type.name), { pages: 25, root: "synthetic" });
    expect(pages).toHaveLength(25);
    expect(new Set(pages.map((page) => page.file)).size).toBe(25);
    const result = analyse(pages);
    expect(result.diagnostics.filter((item) => item.severity === "error")).toEqual([]);
    const methods = result.ir.clients.flatMap((client) => client.methods.map((method) => method.name));
    expect(new Set(methods).size).toBe(25);
    expect(methods).toContain(`${templates[0]!.methodName}V2`);
    expect(result.ir.types.length).toBeGreaterThan(ir.types.filter((type) => pages.slice(0, 10).some((page) => page.text.includes(type.name))).length * 2);
  });

  it("marks every copy's description cells with the copy when asked, so that none repeats, and the copies still lower", async () => {
    const { ir, templates } = await nodeTemplates(5);
    const names = ir.types.map((type) => type.name);
    const plain = syntheticPages(templates, names, { pages: 15, root: "s" });
    const unique = syntheticPages(templates, names, { pages: 15, root: "s", uniqueDescriptions: true });
    // The first copy is the template itself; later copies differ only in their body rows' last cells.
    expect(unique.slice(0, 5)).toEqual(plain.slice(0, 5));
    const changed = (a: string, b: string) => a.split("\n").filter((line, index) => line !== b.split("\n")[index]);
    const rows = changed(unique[10]!.text, plain[10]!.text);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row).toMatch(/^\s*\|.* V2\s*\|\s*$/);
    // No marked row of one copy is a row of another copy of the same template.
    const marked = (text: string) => text.split("\n").filter((line) => / V\d+\s*\|\s*$/.test(line));
    const firstCopy = new Set(marked(unique[5]!.text));
    expect(marked(unique[10]!.text).filter((row) => firstCopy.has(row))).toEqual([]);
    expect(analyse(unique).diagnostics.filter((item) => item.severity === "error")).toEqual([]);
  });
});
