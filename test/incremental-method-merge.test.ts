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
import { editedPages, pageEdit } from "./support/page-edits.js";

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
describe("incrementalMethodMerge (watch mode's method merge)", () => {
  it("gives what mergeMethods gives after every edit, conflicts and duplicates included, and keeps an equal merge as the same object", () => {
    fc.assert(
      fc.property(fc.array(pageSpec, { minLength: 1, maxLength: 5 }), fc.array(pageEdit(pageSpec), { maxLength: 6 }), (initial, edits) => {
        const pages = editedPages(initial, methodsOf);
        const merge = incrementalMethodMerge();
        let previous = merge(pages.items());
        expect(previous).toEqual(mergeMethods(pages.items()));
        for (const edit of edits) {
          pages.apply(edit);
          const methods = pages.items();
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
