import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftOf } from "./support/draft.js";
import { incrementalSettling } from "../generator/incremental-identifiers.js";
import type { IrMethod, IrNamedType } from "../generator/ir.js";
import { settleIdentifiers } from "../generator/lower/identifiers.js";

const place = { file: "docs/a.md", start: { line: 3, column: 1 }, end: { line: 3, column: 2 } };
const typeOf = (name: string): IrNamedType => ({ kind: "enum", name, description: "", members: [], source: place, mergedFrom: [] });
const methodOf = (name: string): IrMethod => ({ name, parametersType: null, returns: { kind: "primitive", name: "string" }, source: place }) as unknown as IrMethod;

/** Names that stand, and names that must change: keywords, built-ins, runtime exports, base members, client names, no identifier. */
const TYPE_NAMES = ["UserDto", "Role", "Promise", "class", "bad-name", "ManagementClient", "SdkError", "ClientOptions", "CustomBase"];
const METHOD_NAMES = ["getUser", "listRoles", "constructor", "toString", "delete-user", "3d"];

const edit = fc.oneof(
  fc.record({ kind: fc.constantFrom("type" as const, "removeType" as const), name: fc.constantFrom(...TYPE_NAMES) }),
  fc.record({ kind: fc.constantFrom("method" as const, "removeMethod" as const), client: fc.constantFrom("ManagementClient", "AuthenticationClient"), name: fc.constantFrom(...METHOD_NAMES) }),
  fc.record({ kind: fc.constant("profile" as const), names: fc.subarray(["CustomBase", "CustomOptions"]) }),
);

describe("incrementalSettling (watch mode's identifier settling)", () => {
  it("gives what settleIdentifiers gives after every edit, names that must change included", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const types = new Map([["UserDto", typeOf("UserDto")]]);
        const clients = new Map([
          ["AuthenticationClient", new Map([["getUser", methodOf("getUser")]])],
          ["ManagementClient", new Map<string, IrMethod>()],
        ]);
        let profileNames = new Set<string>();
        const settle = incrementalSettling();
        for (const step of edits) {
          if (step.kind === "type") types.set(step.name, typeOf(step.name));
          else if (step.kind === "removeType") types.delete(step.name);
          else if (step.kind === "method") clients.get(step.client)!.set(step.name, methodOf(step.name));
          else if (step.kind === "removeMethod") clients.get(step.client)!.delete(step.name);
          else if (step.kind === "profile") profileNames = new Set(step.names);
          const draft = draftOf(types, clients);
          expect(settle(draft, profileNames)).toEqual(settleIdentifiers(draft, profileNames));
        }
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });

  it("hands back the draft itself while nothing needs renaming, and settles again when an added name must change", () => {
    const settle = incrementalSettling();
    const clients = [{ name: "ManagementClient", methods: [methodOf("getUser")] }];
    const first = { types: [typeOf("UserDto")], clients };
    expect(settle(first, new Set()).ir).toBe(first);
    const second = { types: [typeOf("Role"), typeOf("UserDto")], clients };
    expect(settle(second, new Set())).toEqual({ ir: second, diagnostics: [] });
    const third = { types: [typeOf("Promise"), typeOf("UserDto")], clients };
    expect(settle(third, new Set()).ir.types.map((type) => type.name)).toEqual(["Promise_", "UserDto"]);
  });
});
