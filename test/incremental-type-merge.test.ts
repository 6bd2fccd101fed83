import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { incrementalTypeMerge } from "../generator/incremental-type-merge.js";
import type { IrField, IrNamedType } from "../generator/ir.js";
import { mergeNamedTypes } from "../generator/lower/merge-types.js";

/** A definition as the test describes it: which name, where, and with which fields. */
interface DefinitionSpec {
  name: string;
  line: number;
  fields: { name: string; number: boolean; required: boolean }[];
}

const place = (file: string, line: number) => ({ file, start: { line, column: 1 }, end: { line, column: 9 } });

function definitionOf(spec: DefinitionSpec, file: string): IrNamedType {
  const fields: IrField[] = spec.fields.map((field) => ({
    name: field.name,
    type: { kind: "primitive", name: field.number ? "number" : "string" },
    required: field.required,
    description: "",
    default: null,
    example: null,
    source: place(file, spec.line),
  }));
  return { kind: "object", name: spec.name, role: "dto", description: "", fields, open: false, source: place(file, spec.line), mergedFrom: [] };
}

const definitionSpec: fc.Arbitrary<DefinitionSpec> = fc.record({
  name: fc.constantFrom("Alpha", "Beta", "Gamma", "Delta", "beta"),
  line: fc.integer({ min: 1, max: 4 }),
  fields: fc.uniqueArray(fc.record({ name: fc.constantFrom("id", "kind", "size"), number: fc.boolean(), required: fc.boolean() }), { selector: (field) => field.name, maxLength: 3 }),
});
const pageSpec = fc.array(definitionSpec, { maxLength: 4 });

/** What a watch edit does to the pages: rewrite one, parse one again unchanged, remove one, add one. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant("rewrite" as const), page: fc.nat(), definitions: pageSpec }),
  fc.record({ kind: fc.constant("reparse" as const), page: fc.nat() }),
  fc.record({ kind: fc.constant("remove" as const), page: fc.nat() }),
  fc.record({ kind: fc.constant("add" as const), page: fc.nat(), definitions: pageSpec }),
);

describe("incrementalTypeMerge (watch mode's type merge)", () => {
  it("gives what mergeNamedTypes gives after every edit, and keeps a type that comes out equal as the same object", () => {
    fc.assert(
      fc.property(fc.array(pageSpec, { minLength: 1, maxLength: 6 }), fc.array(edit, { maxLength: 8 }), (initial, edits) => {
        let pages = initial.map((specs, index) => ({ file: `docs/page-${index}.md`, specs, definitions: specs.map((spec) => definitionOf(spec, `docs/page-${index}.md`)) }));
        let added = 0;
        const merge = incrementalTypeMerge();
        let previous = merge(pages.flatMap((page) => page.definitions));
        expect(previous).toEqual(mergeNamedTypes(pages.flatMap((page) => page.definitions)));
        for (const step of edits) {
          const at = pages.length === 0 ? 0 : step.page % pages.length;
          if (step.kind === "add") {
            const file = `docs/page-new-${added++}.md`;
            pages = [...pages.slice(0, at), { file, specs: step.definitions, definitions: step.definitions.map((spec) => definitionOf(spec, file)) }, ...pages.slice(at)];
          } else if (pages.length > 0) {
            const page = pages[at]!;
            const specs = step.kind === "rewrite" ? step.definitions : page.specs;
            const replaced = step.kind === "remove" ? [] : [{ file: page.file, specs, definitions: specs.map((spec) => definitionOf(spec, page.file)) }];
            pages = [...pages.slice(0, at), ...replaced, ...pages.slice(at + 1)];
          }
          const definitions = pages.flatMap((page) => page.definitions);
          const result = merge(definitions);
          expect(result).toEqual(mergeNamedTypes(definitions));
          const before = new Map(previous.types.map((type) => [type.name, type]));
          for (const type of result.types) {
            const old = before.get(type.name);
            if (old !== undefined && isDeepStrictEqual(old, type)) expect(type).toBe(old);
          }
          previous = result;
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });

  it("merges again only the names whose definitions changed", () => {
    const merge = incrementalTypeMerge();
    const alpha = definitionOf({ name: "Alpha", line: 1, fields: [{ name: "id", number: false, required: true }] }, "docs/a.md");
    const beta = definitionOf({ name: "Beta", line: 1, fields: [{ name: "id", number: false, required: true }] }, "docs/b.md");
    const first = merge([alpha, beta]);
    const betaAgain = definitionOf({ name: "Beta", line: 1, fields: [{ name: "id", number: true, required: true }] }, "docs/b.md");
    const second = merge([alpha, betaAgain]);
    expect(second.types[0]).toBe(first.types[0]);
    expect(second.types[1]).not.toBe(first.types[1]);
    expect(second).toEqual(mergeNamedTypes([alpha, betaAgain]));
    // The same definitions again: the very same result.
    expect(merge([alpha, betaAgain])).toBe(second);
  });
});
