import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readInputPages } from "../../generator/cli/files.js";
import type { IrObjectType, IrSdk } from "../../generator/ir.js";
import { cachedLowerSteps } from "../../generator/incremental.js";
import { lower, lowerWith } from "../../generator/lower/lower.js";
import type { PageModel } from "../../generator/page.js";
import { lowerPages, type MethodPage, type PagesLowering } from "../../generator/lower/page-lowering.js";
import { incrementalPageLowering } from "../../generator/incremental-pages.js";
import { DEFAULT_PROFILE } from "../../generator/profile/index.js";
import { parsePage } from "../../generator/parse/page.js";
import { userMethodPage } from "../support/method-page.js";
import { CORPUS, ROOT } from "../support/paths.js";

const corpusPages = await readInputPages([CORPUS], ROOT);
const corpusModels = corpusPages.map((page) => parsePage(page.text, page.file).page);

/** A watch session's lowering: cached steps, ended after every run. */
function cachedLower(): (models: readonly PageModel[]) => ReturnType<typeof lower> {
  const cache = cachedLowerSteps();
  return (models) => {
    const result = lowerWith(cache.steps, models);
    cache.endRun();
    return result;
  };
}

/** Re-parse one page with an edit, keeping every other page model as the same object (as watch mode does). */
function withEdit(models: readonly PageModel[], file: string, text: string): PageModel[] {
  return models.map((model) => (model.file === file ? parsePage(text, file).page : model));
}

describe("lower with cached steps", () => {
  it("gives the same IR and diagnostics as a cold lower after each edit to the shared corpus", () => {
    const lowerCached = cachedLower();
    expect(lowerCached(corpusModels)).toEqual(lower(corpusModels));

    const target = corpusPages.find((page) => page.text.includes("| string") && page.text.includes("Data Structure"))!;
    const edited = withEdit(corpusModels, target.file, target.text.replace("| string", "| number"));
    const afterEdit = lowerCached(edited);
    expect(afterEdit).toEqual(lower(edited));
    expect(afterEdit).not.toEqual(lower(corpusModels));

    const removed = edited.filter((model) => model.file !== target.file);
    expect(lowerCached(removed)).toEqual(lower(removed));
    expect(lowerCached(corpusModels)).toEqual(lower(corpusModels));
  });

  it("gives what a cold lower gives after any sequence of edits to the shared corpus: removals, copies, retitles, retypes, shifted lines", () => {
    const texts = new Map(corpusPages.map((page) => [page.file, page.text]));
    const files = corpusPages.map((page) => page.file);
    const edit = fc.record({ kind: fc.constantFrom("remove", "restore", "retitle", "shift", "copy", "retype"), page: fc.nat(files.length - 1) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        const lowerCached = cachedLower();
        let models = [...corpusModels];
        lowerCached(models);
        for (const [index, { kind, page }] of edits.entries()) {
          const file = files[page]!;
          const text = texts.get(file)!;
          if (kind === "remove") models = models.filter((model) => model.file !== file);
          else if (kind === "restore") models = [...corpusModels];
          else if (kind === "copy") models = [...models, parsePage(text, file.replace(/\.md$/, `-copy-${index}.md`)).page];
          else {
            const edited = kind === "retitle" ? text.replace(/^# .*$/m, `# Edit ${index}`) : kind === "shift" ? `\n${text}` : text.replace(/\| string/, "| number");
            models = models.filter((model) => model.file !== file).concat(parsePage(edited, file).page);
          }
          expect(lowerCached(models)).toEqual(lower(models));
        }
      }),
      { numRuns: 25, seed: 20261202 },
    );
  });

  it("keeps what an edit did not change as the same objects, and replaces what it did", () => {
    const lowerCached = cachedLower();
    const before = lowerCached(corpusModels).ir;
    const isString = (text: string | undefined) => text?.trim().toLowerCase() === "string";
    // A DTO only one page defines: a change to a type defined on several pages may be outvoted by the others (merge by majority).
    const methodModels = corpusModels.filter((model) => model.kind === "method");
    const definedOnce = (name: string) => methodModels.filter((model) => model.dtos.some((dto) => dto.name.text === name)).length === 1;
    const retypable = (dto: (typeof methodModels)[number]["dtos"][number]) => definedOnce(dto.name.text) && dto.table?.rows.some((row) => isString(row.cells.type?.text));
    const target = methodModels.find((model) => model.dtos.some(retypable))!;
    const page = corpusPages.find((input) => input.file === target.file)!;
    const beforeTypes = new Map(before.types.map((type) => [type.name, type]));
    const methodsBefore = new Set(before.clients.flatMap((client) => client.methods));

    // A new title changes the method only: the page's types are lowered again but come out equal, so they stay the same objects.
    const retitled = lowerCached(withEdit(corpusModels, target.file, page.text.replace(/^# .*$/m, "# Retitled"))).ir;
    expect(retitled.types.filter((type) => beforeTypes.get(type.name) !== type)).toEqual([]);
    const changedMethods = retitled.clients.flatMap((client) => client.methods).filter((method) => !methodsBefore.has(method));
    expect(changedMethods.map((method) => method.summary)).toEqual(["Retitled"]);

    // A changed field type replaces the types that hold it, and only those.
    const dto = target.dtos.find(retypable)!;
    const row = dto.table!.rows.find((candidate) => isString(candidate.cells.type?.text))!;
    const lines = page.text.split("\n");
    lines[row.place.start.line - 1] = lines[row.place.start.line - 1]!.replace(/\|\s*string\s*\|/i, "| number |");
    const retyped = lowerCached(withEdit(corpusModels, target.file, lines.join("\n"))).ir;
    const replaced = retyped.types.filter((type) => beforeTypes.get(type.name) !== type).map((type) => type.name);
    expect(replaced).toContain(dto.name.text);
    expect(replaced.length).toBeLessThan(5);
    for (const type of retyped.types) if (isDeepStrictEqual(type, beforeTypes.get(type.name))) expect(type).toBe(beforeTypes.get(type.name));
  });

  it("lowers only the edited page while the pages define the same type names, and every page when they change", () => {
    const step = incrementalPageLowering();
    const first = step(corpusModels, DEFAULT_PROFILE);
    expect(first).toEqual(lowerPages(corpusModels, DEFAULT_PROFILE));
    const target = corpusModels.find((model): model is MethodPage => model.kind === "method" && model.dtos.length > 0)!;
    const text = corpusPages.find((page) => page.file === target.file)!.text;
    const others = (lowering: PagesLowering) => lowering.types.filter((type) => type.source.file !== target.file);

    // A page parsed again that defines the same names: every other page keeps its types, the very same objects.
    const retitled = corpusModels.map((model) => (model === target ? parsePage(text.replace(/^# .*$/m, "# Retitled"), model.file).page : model));
    const second = step(retitled, DEFAULT_PROFILE);
    expect(second).toEqual(lowerPages(retitled, DEFAULT_PROFILE));
    expect(others(second).length).toBeGreaterThan(100);
    expect(others(second).every((type, index) => type === others(first)[index])).toBe(true);
    expect(step(retitled, DEFAULT_PROFILE)).toBe(second);

    // A renamed type is a new set of names: every page is lowered again.
    const name = target.dtos[0]!.name.text;
    const renamed = retitled.map((model) => (model.file === target.file ? parsePage(text.replaceAll(name, `${name}Renamed`), model.file).page : model));
    const third = step(renamed, DEFAULT_PROFILE);
    expect(third).toEqual(lowerPages(renamed, DEFAULT_PROFILE));
    expect(third.types.some((type) => type.name === `${name}Renamed`)).toBe(true);
    const kept = new Set(second.types);
    expect(third.types.filter((type) => kept.has(type))).toEqual([]);
  });

  it("incremental lowerPages gives what lowerPages gives after any sequence of edits, in any input order", () => {
    const texts = new Map(corpusPages.map((page) => [page.file, page.text]));
    const files = corpusPages.map((page) => page.file);
    const edit = fc.record({ kind: fc.constantFrom("remove", "restore", "retitle", "shift", "copy", "retype", "rename", "reorder", "twin"), page: fc.nat(files.length - 1) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const step = incrementalPageLowering();
        let models = [...corpusModels];
        step(models, DEFAULT_PROFILE);
        for (const [index, { kind, page }] of edits.entries()) {
          const file = files[page]!;
          const text = texts.get(file)!;
          const replace = (edited: string) => models.map((model) => (model.file === file ? parsePage(edited, file).page : model));
          if (kind === "remove") models = models.filter((model) => model.file !== file);
          else if (kind === "restore") models = [...corpusModels];
          else if (kind === "copy") models = [...models, parsePage(text, file.replace(/\.md$/, `-copy-${index}.md`)).page];
          // A second page with the same path: the order of the two is the input's.
          else if (kind === "twin") {
            const twin = parsePage(text.replace(/^# .*$/m, `# Twin ${index}`), file).page;
            // Or two new pages with one new path.
            const copy = (title: string) => parsePage(text.replace(/^# .*$/m, `# ${title}`), file.replace(/\.md$/, `-twin-${index}.md`)).page;
            models = index % 3 === 0 ? [twin, ...models] : index % 3 === 1 ? [...models, twin] : [copy("First"), ...models, copy("Second")];
          }
          else if (kind === "reorder") models = [...models.slice(page % Math.max(models.length, 1)), ...models.slice(0, page % Math.max(models.length, 1))];
          else if (kind === "rename") models = replace(text.replace(/<a id="(\w+)"><\/a>\s*(\w+)/, (_, id, title) => `<a id="${id}Edited"></a> ${title}Edited`));
          else models = replace(kind === "retitle" ? text.replace(/^# .*$/m, `# Edit ${index}`) : kind === "shift" ? `\n${text}` : text.replace(/\| string/, "| number"));
          expect(step(models, DEFAULT_PROFILE)).toEqual(lowerPages(models, DEFAULT_PROFILE));
        }
      }),
      { numRuns: 40, seed: 20261202 },
    );
  });

  it("lowers every page again when the set of type names changes", () => {
    const kindParams = '| userId | string | Yes | Who. |\n| kind | string | No | What kind, see <a href="#Kind">Kind</a>. |';
    const pages = [
      parsePage(userMethodPage({ method: "updateUser" }), "docs/update-user.md").page,
      parsePage(userMethodPage({ method: "setKind", params: kindParams }), "docs/set-kind.md").page,
    ];
    const kindType = (ir: IrSdk) => (ir.types.find((type) => type.name === "SetKindParams") as IrObjectType | undefined)?.fields.find((field) => field.name === "kind")?.type;
    const lowerCached = cachedLower();
    expect(kindType(lowerCached(pages).ir)).toEqual({ kind: "primitive", name: "string" });

    const kindEnum = '### <a id="Kind"></a> Kind\n\n| Name | Type | Description |\n| --- | --- | --- |\n| admin | enum | Runs things. |\n\n### <a id="Status">';
    const defined = [parsePage(userMethodPage({ method: "updateUser" }).replace('### <a id="Status">', kindEnum), "docs/update-user.md").page, pages[1]!];
    const resolved = lowerCached(defined);
    expect(kindType(resolved.ir)).toEqual({ kind: "named", name: "Kind" });
    expect(resolved).toEqual(lower(defined));
  });
});
