import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { incrementalClientGrouping } from "../generator/incremental-client-grouping.js";
import type { IrMethod, IrObjectType } from "../generator/ir.js";
import { groupClients } from "../generator/lower/client-grouping.js";
import type { LoweredMethod } from "../generator/lower/method.js";
import { withParametersTypeName } from "../generator/lower/parameter-type-names.js";
import { editedPages, pageEdit } from "./support/page-edits.js";

/** A kept method as the test describes it: its client, its name, and its parameter type's name (or none). */
interface MethodSpec {
  client: string;
  method: string;
  params: string | null;
}

/** The method, made afresh (new objects, as a page lowered again in watch mode). */
function keptOf(spec: MethodSpec, file: string): LoweredMethod[] {
  const source = { file, start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
  const parametersType: IrObjectType | null = spec.params ? { kind: "object", name: spec.params, description: "", fields: [], source, open: false } as unknown as IrObjectType : null;
  const method = { name: spec.method, summary: spec.method, parametersType: spec.params, source } as unknown as IrMethod;
  return [{ client: spec.client, method, parametersType, nameConfidence: 2 } as LoweredMethod];
}

const methodSpec: fc.Arbitrary<MethodSpec> = fc.record({
  client: fc.constantFrom("AuthenticationClient", "ManagementClient", "OtherClient"),
  method: fc.constantFrom("getUser", "listUsers", "deleteUser", "updateUser", "createUser", "getRole"),
  // Names two clients may share (prefixed then), one that is never prefixed (not …Params), and none.
  params: fc.constantFrom("GetUserParams", "ListUsersParams", "UserDto", null),
});

describe("incrementalClientGrouping (watch mode's client grouping)", () => {
  it("gives what groupClients gives after every edit: names taken by a second client and given up, methods moved between clients", () => {
    fc.assert(
      fc.property(fc.array(methodSpec, { minLength: 1, maxLength: 8 }), fc.array(pageEdit(methodSpec), { maxLength: 8 }), (initial, edits) => {
        const pages = editedPages(initial, keptOf);
        const group = incrementalClientGrouping(withParametersTypeName);
        expect(group(pages.items())).toEqual(groupClients(pages.items()));
        for (const edit of edits) {
          pages.apply(edit);
          expect(group(pages.items())).toEqual(groupClients(pages.items()));
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });

  it("keeps a client the edit did not touch as the same object, and prefixes both clients' types when a second takes a name", () => {
    const pages = editedPages<MethodSpec, LoweredMethod>(
      [
        { client: "AuthenticationClient", method: "getUser", params: "GetUserParams" },
        { client: "ManagementClient", method: "listUsers", params: "ListUsersParams" },
        { client: "OtherClient", method: "getRole", params: null },
      ],
      keptOf,
    );
    const group = incrementalClientGrouping(withParametersTypeName);
    const first = group(pages.items());
    expect(first.parameterTypes.map((type) => type.name)).toEqual(["GetUserParams", "ListUsersParams"]);
    pages.apply({ kind: "rewrite", page: 1, spec: { client: "ManagementClient", method: "getUser", params: "GetUserParams" } });
    const second = group(pages.items());
    expect(second.parameterTypes.map((type) => type.name)).toEqual(["AuthenticationGetUserParams", "ManagementGetUserParams"]);
    expect(second.clients.find((client) => client.name === "OtherClient")).toBe(first.clients.find((client) => client.name === "OtherClient"));
    expect(second).toEqual(groupClients(pages.items()));
  });
});
