import path from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { readInputPages, loadTemplates } from "../generator/cli/files.js";
import { printDeclarations } from "../generator/emit/models.js";
import { modelsFile } from "./support/models-file.js";
import { EMIT_STEPS } from "../generator/emit/steps.js";
import { render, skeletonOf } from "../generator/emit/templates.js";
import { generate } from "../generator/generate.js";
import { cachedEmitSteps, incrementalGenerator } from "../generator/incremental.js";
import { pagePassParser } from "../generator/parse/page.js";
import { analyseFolders } from "./support/analyse-folder.js";
import { CORPUS, ROOT } from "./support/paths.js";

const templates = await loadTemplates(path.join(ROOT, "templates"));
const OPTIONS = { templates, package: { name: "@doc2sdk/genauth", version: "0.1.0", title: "GenAuth" }, source: "docs-input" };
const pages = await readInputPages(["docs-input"], ROOT);

describe("incrementalGenerator", () => {
  it("gives the same files as a cold generate after each edit, parsing only the edited page", () => {
    const session = incrementalGenerator(pagePassParser, OPTIONS);
    const first = session.run(pages);
    expect(first.parsed).toBe(pages.length);
    expect(first.files).toEqual(generate(pages, OPTIONS).files);

    const edited = pages.map((page) => (page.file.endsWith("get-user.md") ? { ...page, text: page.text.replace("| phone         | string   | No ", "| phone         | number   | No ") } : page));
    const second = session.run(edited);
    expect(second.parsed).toBe(1);
    expect(second.files).toEqual(generate(edited, OPTIONS).files);
    expect(second.files).not.toEqual(first.files);

    const removed = edited.filter((page) => !page.file.endsWith("get-security-level.md"));
    const third = session.run(removed);
    expect(third.parsed).toBe(0);
    expect(third.files).toEqual(generate(removed, OPTIONS).files);

    // The pages as they were are the page objects parsed in the first run: none is parsed again.
    const restored = session.run(pages);
    expect(restored.parsed).toBe(0);
    expect(restored.files).toEqual(first.files);

    // A page object new to the session is parsed, even with a text parsed before.
    const copied = pages.map((page) => (page.file.endsWith("get-user.md") ? { ...page } : page));
    expect(session.run(copied).parsed).toBe(1);
  });

  it("gives what a cold generate gives after any sequence of edits to the pages, in any order", () => {
    const edit = fc.record({ kind: fc.constantFrom("remove", "restore", "retitle", "copy", "reorder", "retype", "cut"), page: fc.nat(pages.length - 1) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const session = incrementalGenerator(pagePassParser, OPTIONS);
        let now = [...pages];
        session.run(now);
        for (const [index, { kind, page }] of edits.entries()) {
          const at = page % Math.max(now.length, 1);
          const target = now[at];
          if (kind === "restore" || !target) now = [...pages];
          else if (kind === "remove") now = now.filter((_, position) => position !== at);
          else if (kind === "copy") now = [...now, { file: target.file.replace(/\.md$/, `-copy-${index}.md`), text: target.text }];
          else if (kind === "reorder") now = [...now.slice(at), ...now.slice(0, at)];
          else {
            // A cut-off table row at the end of the page is a parse warning.
            const text = kind === "retitle" ? target.text.replace(/^# .*$/m, `# Edit ${index}`) : kind === "cut" ? `${target.text}\n| a |` : target.text.replace(/\| string/, "| number");
            now = now.map((item, position) => (position === at ? { file: item.file, text } : item));
          }
          const result = session.run(now);
          const cold = generate(now, OPTIONS);
          expect(result.diagnostics).toEqual(cold.diagnostics);
          expect(result.files?.map((file) => [file.path, file.text])).toEqual(cold.files?.map((file) => [file.path, file.text]));
        }
      }),
      { numRuns: 15, seed: 20261202 },
    );
  });

  it("returns no files while the docs have errors, and recovers", () => {
    const session = incrementalGenerator(pagePassParser, OPTIONS);
    const broken = pages.map((page) => ({ ...page, text: "# Now a guide\n\nProse only.\n" }));
    const failed = session.run(broken);
    expect(failed.files).toBeNull();
    expect(failed.diagnostics.some((item) => item.severity === "error")).toBe(true);
    expect(session.run(pages).files).toEqual(generate(pages, OPTIONS).files);
  });
});

describe("the models file with cached steps", () => {
  it("gives the same bytes as a plain emit, and prints each type object once", async () => {
    const { ir } = await analyseFolders(CORPUS);
    const cached = cachedEmitSteps();
    const whole = modelsFile(ir.types, "corpus");
    expect(modelsFile(ir.types, "corpus", cached.printDeclarations)).toBe(whole);

    const printing = vi.spyOn(EMIT_STEPS, "printDeclarations");
    expect(modelsFile(ir.types, "corpus", cached.printDeclarations)).toBe(whole);
    expect(modelsFile(ir.types.slice(1), "corpus", cached.printDeclarations)).toBe(modelsFile(ir.types.slice(1), "corpus"));
    expect(printing).not.toHaveBeenCalled();

    const changed = { ...ir.types[0]!, description: "Changed." };
    expect(modelsFile([changed, ...ir.types.slice(1)], "corpus", cached.printDeclarations)).toBe(modelsFile([changed, ...ir.types.slice(1)], "corpus"));
    expect(printing.mock.calls.at(-1)![0]).toEqual([changed]);
    printing.mockRestore();
  });
});

describe("cachedEmitSteps: whole files", () => {
  it("keeps a file's text while its parts are equal, and makes it again when one part changes", () => {
    const steps = cachedEmitSteps();
    let made = 0;
    const make = (text: string) => () => {
      made++;
      return [text];
    };
    const view = { header: "// h", methods: ["a", "b"], typeImports: ["X"] };
    const first = steps.assembleFile("src/x.ts", ["template", view], make("one"));
    expect(steps.assembleFile("src/x.ts", ["template", { header: "// h", methods: ["a", "b"], typeImports: ["X"] }], make("two"))).toBe(first);
    expect(made).toBe(1);
    expect(steps.assembleFile("src/x.ts", ["template", { ...view, methods: ["a", "c"] }], make("three"))).toEqual(["three"]);
    expect(steps.assembleFile("src/x.ts", ["other template", { ...view, methods: ["a", "c"] }], make("four"))).toEqual(["four"]);
    expect(steps.assembleFile("src/y.ts", ["other template", { ...view, methods: ["a", "c"] }], make("five"))).toEqual(["five"]);
    expect(steps.assembleFile("src/x.ts", ["other template", { ...view, methods: ["a", "c"], extra: 1 }], make("six"))).toEqual(["six"]);
    expect(made).toBe(5);
  });

  it("renders a line of the README's method reference once per method object", async () => {
    const { ir } = await analyseFolders("docs-input");
    const steps = cachedEmitSteps();
    const method = ir.clients[0]!.methods[0]!;
    const rendering = vi.spyOn(EMIT_STEPS, "renderReadmeLine");
    const line = steps.renderReadmeLine(method, templates);
    expect(line).toBe(`- \`${method.name}\`: ${method.summary.replace(/\s+/g, " ").trim()} (\`${method.source.file}:${method.source.start.line}\`)`);
    expect(steps.renderReadmeLine(method, templates)).toBe(line);
    expect(steps.renderReadmeLine({ ...method, summary: "Changed." }, templates)).toContain(": Changed. (");
    expect(rendering).toHaveBeenCalledTimes(2);
    rendering.mockRestore();
  });

  it("keeps a file of items' skeleton while its frame is equal, and puts the new items in its places", () => {
    const steps = cachedEmitSteps();
    const template = "{{header}}\n{{#each items}}[{{this}}]\n{{/each}}";
    let skeletons = 0;
    const assemble = (header: string, items: string[]) => {
      const view = { header, items };
      const skeleton = () => (skeletons++, skeletonOf(template, view, ["items"]));
      return steps.assembleItems("src/x.ts", [template, { header, items: items.length }], items, skeleton, () => [render(template, view)]);
    };
    const first = assemble("h", ["a", "b"]);
    expect(first).toEqual(["h\n[", "a", "]\n[", "b", "]\n"]);
    expect(assemble("h", ["a", "b"])).toBe(first);
    expect(assemble("h", ["a", "c"])).toEqual(["h\n[", "a", "]\n[", "c", "]\n"]);
    expect(skeletons).toBe(1);
    expect(assemble("g", ["a", "c"])).toEqual(["g\n[", "a", "]\n[", "c", "]\n"]);
    expect(assemble("g", ["a", "b", "c"]).join("")).toBe("g\n[a]\n[b]\n[c]\n");
    expect(skeletons).toBe(3);
    // An empty item does not fit a skeleton: the file is rendered whole.
    expect(assemble("g", ["a", "", "c"])).toEqual(["g\n[a]\n[]\n[c]\n"]);
    expect(EMIT_STEPS.assembleItems("src/x.ts", [], ["a", "b"], () => ["<", "|", ">"], () => ["whole"])).toEqual(["<a|b>"]);
  });

  it("gives the bytes of a cold generate after an edit that changes no file, and after one that changes one", () => {
    const session = incrementalGenerator(pagePassParser, OPTIONS);
    const first = session.run(pages);
    const appended = pages.map((page) => (page.file.endsWith("get-user.md") ? { ...page, text: `${page.text}\nA closing remark.\n` } : page));
    const same = session.run(appended);
    expect(same.files).toEqual(first.files);
    const retitled = pages.map((page) => (page.file.endsWith("get-user.md") ? { ...page, text: page.text.replace(/^# .*$/m, "# Fetch one user") } : page));
    const changed = session.run(retitled);
    expect(changed.files).toEqual(generate(retitled, OPTIONS).files);
    expect(changed.files).not.toEqual(first.files);
    // The client modules come in pieces (one a method), whose joined text is the cold run's.
    const client = changed.files!.find((file) => file.path.endsWith("-client.gen.ts"))!;
    expect(client.pieces!.length).toBeGreaterThan(3);
    expect(client.pieces!.join("")).toBe(generate(retitled, OPTIONS).files!.find((file) => file.path === client.path)!.text);
  });
});
