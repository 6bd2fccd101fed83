import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { incrementalTypeMerge } from "../generator/incremental-type-merge.js";
import type { IrField, IrNamedType } from "../generator/ir.js";
import { mergeNamedTypes } from "../generator/lower/merge-types.js";
import { editedPages, pageEdit } from "./support/page-edits.js";

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

describe("incrementalTypeMerge (watch mode's type merge)", () => {
  it("gives what mergeNamedTypes gives after every edit, and keeps a type that comes out equal as the same object", () => {
    fc.assert(
      fc.property(fc.array(pageSpec, { minLength: 1, maxLength: 6 }), fc.array(pageEdit(pageSpec), { maxLength: 8 }), (initial, edits) => {
        const pages = editedPages(initial, (specs, file) => specs.map((spec) => definitionOf(spec, file)));
        const merge = incrementalTypeMerge();
        let previous = merge(pages.items());
        expect(previous).toEqual(mergeNamedTypes(pages.items()));
        for (const edit of edits) {
          pages.apply(edit);
          const definitions = pages.items();
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
