import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { incrementalDangling } from "../generator/incremental-dangling.js";
import type { IrMethod, IrNamedType } from "../generator/ir.js";
import { danglingReferences } from "../generator/lower/dangling-references.js";

const NAMES = ["Alpha", "Beta", "Gamma", "Delta"];
/** What a field or a response may refer to: the names types may have, and two no type ever has. */
const REFERENCES = [...NAMES, "Missing", "Unknown"];

const place = (file: string, line: number) => ({ file, start: { line, column: 1 }, end: { line, column: 9 } });

function typeOf(name: string, references: readonly string[]): IrNamedType {
  const fields = references.map((reference, index) => ({
    name: `field${index}`,
    type: { kind: "named" as const, name: reference },
    required: true,
    description: "",
    default: null,
    example: null,
    source: place(`docs/${name}.md`, index + 2),
  }));
  return { kind: "object", name, role: "dto", description: "", fields, open: false, source: place(`docs/${name}.md`, 1), mergedFrom: [] };
}

/** A method as the check reads it: its name, its response and its place. */
function methodOf(name: string, returns: string): IrMethod {
  return { name, http: { verb: "GET", path: `/${name}` }, returns: { kind: "named", name: returns }, source: place(`docs/${name}.md`, 1) } as unknown as IrMethod;
}

const step = fc.oneof(
  fc.record({ kind: fc.constant("type" as const), name: fc.constantFrom(...NAMES), references: fc.array(fc.constantFrom(...REFERENCES), { maxLength: 2 }) }),
  fc.record({ kind: fc.constant("removeType" as const), name: fc.constantFrom(...NAMES) }),
  fc.record({ kind: fc.constant("method" as const), name: fc.constantFrom("get", "list", "update"), returns: fc.constantFrom(...REFERENCES) }),
  fc.record({ kind: fc.constant("removeMethod" as const), name: fc.constantFrom("get", "list", "update") }),
  fc.record({ kind: fc.constant("dataStructure" as const), name: fc.constantFrom("get", "list", "update", ...NAMES) }),
);

describe("incrementalDangling (watch mode's check for undefined types)", () => {
  it("gives what danglingReferences gives after every edit, and keeps an open type for the same name and place as the same object", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const types = new Map<string, IrNamedType>([["Alpha", typeOf("Alpha", ["Beta"])]]);
        const methods = new Map<string, IrMethod>([["get", methodOf("get", "Alpha")]]);
        const withoutDataStructure = new Set<string>();
        const check = incrementalDangling();
        let previous: ReturnType<typeof check> | null = null;
        for (const edit of steps) {
          if (edit.kind === "type") types.set(edit.name, typeOf(edit.name, edit.references));
          else if (edit.kind === "removeType") types.delete(edit.name);
          else if (edit.kind === "method") methods.set(edit.name, methodOf(edit.name, edit.returns));
          else if (edit.kind === "removeMethod") methods.delete(edit.name);
          else {
            const file = `docs/${edit.name}.md`;
            if (!withoutDataStructure.delete(file)) withoutDataStructure.add(file);
          }
          const sortedTypes = [...types.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
          const clients = [{ name: "Client", methods: [...methods.values()].sort((a, b) => (a.name < b.name ? -1 : 1)) }];
          const lacks = (file: string) => withoutDataStructure.has(file);
          const result = check(sortedTypes, clients, lacks);
          expect(result).toEqual(danglingReferences(sortedTypes, clients, lacks));
          for (const open of result.openTypes) {
            const before = previous?.openTypes.find((type) => type.name === open.name);
            if (before && JSON.stringify(before.source) === JSON.stringify(open.source)) expect(open).toBe(before);
          }
          previous = result;
        }
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });

  it("keeps last run's result when an edit replaced a type by one of the same name that refers to defined types", () => {
    const check = incrementalDangling();
    const clients = [{ name: "Client", methods: [methodOf("get", "Missing")] }];
    const first = check([typeOf("Alpha", ["Beta"]), typeOf("Beta", [])], clients, () => false);
    expect(first.diagnostics.map((item) => item.code)).toEqual(["dangling-reference"]);
    expect(check([typeOf("Alpha", []), typeOf("Beta", [])], clients, () => false)).toBe(first);
    expect(check([typeOf("Alpha", ["Gone"]), typeOf("Beta", [])], clients, () => false).openTypes.map((type) => type.name)).toEqual(["Gone", "Missing"]);
  });
});
