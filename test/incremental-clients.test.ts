import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftOf } from "./support/draft.js";
import { incrementalClientResolution } from "../generator/incremental-clients.js";
import type { IrField, IrMethod, IrNamedType, IrTypeRef } from "../generator/ir.js";
import { resolveClients } from "../generator/lower/client-runtime.js";
import { GENAUTH_PROFILE } from "../generator/profile/index.js";

const place = { file: "docs/x.md", start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
const named = (name: string): IrTypeRef => ({ kind: "named", name });
const number: IrTypeRef = { kind: "primitive", name: "number" };
const field = (name: string, type: IrTypeRef): IrField => ({ name, type, required: false, description: "", default: null, example: null, source: place });
const object = (name: string, fields: IrField[]): IrNamedType => ({ kind: "object", name, role: "dto", description: "", fields, open: false, source: place, mergedFrom: [] });

/** Each type name's possible definitions: some make a method paged, some do not. */
const TYPE_VARIANTS: Record<string, IrField[][]> = {
  ListParams: [[field("page", number), field("limit", number)], [field("page", number)], [field("query", named("Item"))]],
  PageDto: [[field("list", { kind: "array", items: named("Item") }), field("totalCount", number)], [field("list", { kind: "array", items: named("Item") }), field("more", { kind: "array", items: number })]],
  Resp: [[field("data", named("PageDto"))], [field("data", named("Item"))]],
  Item: [[field("id", number)], [field("id", number), field("other", named("Other"))]],
};
const TYPE_NAMES = Object.keys(TYPE_VARIANTS);

function methodOf(name: string, parametersType: string | null, returns: string): IrMethod {
  return { kind: "request", name, parametersType, returns: named(returns), pagination: null, source: place, http: { verb: "GET", path: `/${name}` } } as unknown as IrMethod;
}

const edit = fc.oneof(
  fc.record({ kind: fc.constant("type" as const), name: fc.constantFrom(...TYPE_NAMES), variant: fc.nat(2) }),
  fc.record({ kind: fc.constant("removeType" as const), name: fc.constantFrom(...TYPE_NAMES) }),
  fc.record({
    kind: fc.constant("method" as const),
    client: fc.constantFrom("AuthenticationClient", "ManagementClient"),
    name: fc.constantFrom("listA", "listB", "getC", "listAAll"),
    parameters: fc.constantFrom("ListParams", null),
    returns: fc.constantFrom("Resp", "PageDto", "Item"),
  }),
  fc.record({ kind: fc.constant("removeMethod" as const), client: fc.constantFrom("AuthenticationClient", "ManagementClient"), name: fc.constantFrom("listA", "listB", "getC", "listAAll") }),
);

describe("incrementalClientResolution (watch mode's pagination and type imports)", () => {
  it("gives what resolveClients gives after every edit to methods and the types their pagination reads", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const types = new Map(TYPE_NAMES.map((name) => [name, object(name, TYPE_VARIANTS[name]![0]!)] as const));
        const clients = new Map([
          ["AuthenticationClient", new Map([["listA", methodOf("listA", "ListParams", "Resp")]])],
          ["ManagementClient", new Map([["getC", methodOf("getC", null, "Item")]])],
        ]);
        const resolve = incrementalClientResolution((_key, _method, _iteratorName, _consulted, paged) => paged());
        for (const step of edits) {
          if (step.kind === "type") types.set(step.name, object(step.name, TYPE_VARIANTS[step.name]![step.variant % TYPE_VARIANTS[step.name]!.length]!));
          else if (step.kind === "removeType") types.delete(step.name);
          else if (step.kind === "method") clients.get(step.client)!.set(step.name, methodOf(step.name, step.parameters, step.returns));
          else clients.get(step.client)!.delete(step.name);
          const draft = draftOf(types, clients);
          expect(resolve(draft, GENAUTH_PROFILE)).toEqual(resolveClients(draft, GENAUTH_PROFILE));
        }
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });

  it("pages a method again when a type its pagination read changes, and gathers the imports again", () => {
    const resolve = incrementalClientResolution((_key, _method, _iteratorName, _consulted, paged) => paged());
    const listA = methodOf("listA", "ListParams", "Resp");
    const draft = (pageDto: IrField[]) => ({
      types: [object("Item", TYPE_VARIANTS.Item![0]!), object("ListParams", TYPE_VARIANTS.ListParams![0]!), object("PageDto", pageDto), object("Resp", TYPE_VARIANTS.Resp![0]!)],
      clients: [{ name: "ManagementClient", methods: [listA] }],
    });
    const paged = resolve(draft(TYPE_VARIANTS.PageDto![0]!), GENAUTH_PROFILE);
    expect(paged.clients[0]!.methods[0]!.pagination?.iteratorName).toBe("listAAll");
    expect(paged.clients[0]!.typeImports).toEqual(["Item", "ListParams", "Resp"]);
    const unpaged = resolve(draft(TYPE_VARIANTS.PageDto![1]!), GENAUTH_PROFILE);
    expect(unpaged.clients[0]!.methods[0]!.pagination).toBeNull();
    expect(unpaged.clients[0]!.typeImports).toEqual(["ListParams", "Resp"]);
  });
});
