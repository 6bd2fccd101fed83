import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { incrementalMethodMerge } from "../generator/incremental-method-merge.js";
import { mergeMethods, methodKey } from "../generator/lower/merge-methods.js";
import type { LoweredMethod } from "../generator/lower/method.js";
import { knownTypesOf, lowerPage, type MethodPage } from "../generator/lower/page-lowering.js";
import { DEFAULT_PROFILE } from "../generator/profile/index.js";
import { parsePage } from "../generator/parse/page.js";
import { userMethodPage } from "./support/method-page.js";

/** A page as the test describes it: which method, which parameters (two tables make a conflict), which title. */
interface PageSpec {
  method: string;
  params: number;
  title: string;
}

const PARAMS = ["| userId | string | Yes | Who. |", "| userId | string | Yes | Who. |\n| nickname | string | No | Shown name. |"];

/** The page's methods, lowered from a fresh parse (new objects, as a page parsed again in watch mode). */
function methodsOf(spec: PageSpec, file: string): LoweredMethod[] {
  const text = userMethodPage({ method: spec.method, params: PARAMS[spec.params] }).replace("# Update a user", `# ${spec.title}`);
  const page = parsePage(text, file).page as MethodPage;
  return lowerPage(page, knownTypesOf([page]), DEFAULT_PROFILE).methods;
}

const pageSpec: fc.Arbitrary<PageSpec> = fc.record({
  method: fc.constantFrom("updateUser", "getUser", "deleteUser", "listUsers"),
  params: fc.integer({ min: 0, max: 1 }),
  title: fc.constantFrom("Update a user", "Change a user"),
});
const edit = fc.oneof(
  fc.record({ kind: fc.constant("rewrite" as const), page: fc.nat(), spec: pageSpec }),
  fc.record({ kind: fc.constant("reparse" as const), page: fc.nat() }),
  fc.record({ kind: fc.constant("remove" as const), page: fc.nat() }),
  fc.record({ kind: fc.constant("add" as const), page: fc.nat(), spec: pageSpec }),
);

describe("incrementalMethodMerge (watch mode's method merge)", () => {
  it("gives what mergeMethods gives after every edit, conflicts and duplicates included, and keeps an equal merge as the same object", () => {
    fc.assert(
      fc.property(fc.array(pageSpec, { minLength: 1, maxLength: 5 }), fc.array(edit, { maxLength: 6 }), (initial, edits) => {
        let pages = initial.map((spec, index) => ({ file: `docs/page-${index}.md`, spec, methods: methodsOf(spec, `docs/page-${index}.md`) }));
        let added = 0;
        const merge = incrementalMethodMerge();
        let previous = merge(pages.flatMap((page) => page.methods));
        expect(previous).toEqual(mergeMethods(pages.flatMap((page) => page.methods)));
        for (const step of edits) {
          const at = pages.length === 0 ? 0 : step.page % pages.length;
          if (step.kind === "add") {
            const file = `docs/page-new-${added++}.md`;
            pages = [...pages.slice(0, at), { file, spec: step.spec, methods: methodsOf(step.spec, file) }, ...pages.slice(at)];
          } else if (pages.length > 0) {
            const page = pages[at]!;
            const spec = step.kind === "rewrite" ? step.spec : page.spec;
            const replaced = step.kind === "remove" ? [] : [{ file: page.file, spec, methods: methodsOf(spec, page.file) }];
            pages = [...pages.slice(0, at), ...replaced, ...pages.slice(at + 1)];
          }
          const methods = pages.flatMap((page) => page.methods);
          const result = merge(methods);
          expect(result).toEqual(mergeMethods(methods));
          // A method documented differently on two pages is kept twice, the later one renamed afresh each run.
          const renamed = result.diagnostics.some((item) => item.code === "method-conflict");
          const before = new Map(previous.kept.map((kept) => [methodKey(kept), kept]));
          for (const kept of renamed ? [] : result.kept) {
            const old = before.get(methodKey(kept));
            if (old !== undefined && isDeepStrictEqual(old, kept)) expect(kept).toBe(old);
          }
          previous = result;
        }
      }),
      { numRuns: 60, seed: 20261202 },
    );
  });

  it("merges again only the methods whose pages changed", () => {
    const merge = incrementalMethodMerge();
    const get = methodsOf({ method: "getUser", params: 0, title: "Get a user" }, "docs/a.md");
    const update = methodsOf({ method: "updateUser", params: 0, title: "Update a user" }, "docs/b.md");
    const first = merge([...get, ...update]);
    const retitled = methodsOf({ method: "updateUser", params: 0, title: "Change a user" }, "docs/b.md");
    const second = merge([...get, ...retitled]);
    expect(second.kept[0]).toBe(first.kept[0]);
    expect(second.kept[1]).not.toBe(first.kept[1]);
    expect(second.kept[1]!.method.summary).toBe("Change a user");
    expect(second).toEqual(mergeMethods([...get, ...retitled]));
  });
});
