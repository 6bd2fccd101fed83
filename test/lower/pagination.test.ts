import { describe, expect, it } from "vitest";
import type { IrField, IrMethod, IrNamedType, IrTypeRef } from "../../generator/ir.js";
import { resolveClients } from "../../generator/lower/client-runtime.js";
import { paginationOf } from "../../generator/lower/pagination.js";
import { GENAUTH_PROFILE } from "../../generator/profile/index.js";
import { analyseFolders } from "../support/analyse-folder.js";

const at = { file: "docs/a.md", start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
const number: IrTypeRef = { kind: "primitive", name: "number" };
const string: IrTypeRef = { kind: "primitive", name: "string" };
const field = (name: string, type: IrTypeRef, required = false): IrField => ({ name, type, required, description: "", default: null, example: null, source: at });
const object = (name: string, fields: IrField[]): IrNamedType => ({ kind: "object", name, role: "dto", description: "", fields, open: false, source: at, mergedFrom: [] });
const named = (name: string): IrTypeRef => ({ kind: "named", name });
const method = (parametersType: string | null, returns: IrTypeRef): IrMethod => ({
  name: "listThings", documentedName: "listThings", kind: "request", summary: "", description: "", parametersType, parametersRequired: false, returns,
  exampleResult: null, usage: null, usageSource: null, source: at, alsoDocumentedAt: [], pagination: null,
  http: { verb: "GET", path: "/x", origin: "rule", parametersIn: "query", idempotent: true, pathParameters: [], wireNames: [], headers: [], server: null },
});
const types = (...list: IrNamedType[]) => new Map(list.map((type) => [type.name, type] as const));

const THING = object("ThingDto", [field("id", string, true)]);
const PAGE = object("ThingPagingDto", [field("totalCount", number, true), field("list", { kind: "array", items: named("ThingDto") }, true)]);
const RESPONSE = object("ThingListRespDto", [field("statusCode", number, true), field("data", named("ThingPagingDto"), true)]);

describe("paginationOf", () => {
  it("finds a page number and a page size in the parameters, and the one list and its total in the response", () => {
    const params = object("ListThingsParams", [field("page", number), field("limit", number), field("keyword", string, true)]);
    expect(paginationOf(method("ListThingsParams", named("ThingListRespDto")), types(params, THING, PAGE, RESPONSE)).pagination).toEqual({
      pageParameter: "page", sizeParameter: "limit", parametersRequired: true, itemsPath: ["data", "list"], totalPath: ["data", "totalCount"], itemType: named("ThingDto"),
    });
  });

  it("needs a numeric page parameter", () => {
    const noPage = object("ListThingsParams", [field("limit", number)]);
    expect(paginationOf(method("ListThingsParams", named("ThingListRespDto")), types(noPage, THING, PAGE, RESPONSE)).pagination).toBeNull();
    const textPage = object("ListThingsParams", [field("page", string)]);
    expect(paginationOf(method("ListThingsParams", named("ThingListRespDto")), types(textPage, THING, PAGE, RESPONSE)).pagination).toBeNull();
  });

  it("needs exactly one list in the response: two lists side by side are not pages", () => {
    const params = object("ListThingsParams", [field("page", number)]);
    const twoLists = object("ThingPagingDto", [field("list", { kind: "array", items: string }), field("others", { kind: "array", items: string })]);
    expect(paginationOf(method("ListThingsParams", named("ThingListRespDto")), types(params, twoLists, RESPONSE)).pagination).toBeNull();
    const noTotal = object("ThingPagingDto", [field("list", { kind: "array", items: string })]);
    expect(paginationOf(method("ListThingsParams", named("ThingListRespDto")), types(params, noTotal, RESPONSE)).pagination).toMatchObject({ sizeParameter: null, totalPath: null, parametersRequired: false });
  });

  it("gives docs-input's listUsers an iterator, and no other method", async () => {
    const { ir } = await analyseFolders("docs-input");
    const paged = ir.clients.flatMap((client) => client.methods.filter((candidate) => candidate.pagination).map((candidate) => [client.name, candidate.name, candidate.pagination!.iteratorName]));
    expect(paged).toEqual([["ManagementClient", "listUsers", "listUsersAll"]]);
    expect(ir.clients.find((client) => client.name === "ManagementClient")!.typeImports).toContain("UserDto");
  });

  it("names the iterator after the method, and makes none when a documented method has that name", () => {
    const params = object("ListThingsParams", [field("page", number)]);
    const draft = (names: string[]) => ({ clients: [{ name: "ManagementClient", methods: names.map((name) => ({ ...method("ListThingsParams", named("ThingListRespDto")), name })) }], types: [params, THING, PAGE, RESPONSE] });
    const resolved = resolveClients(draft(["listThings"]), GENAUTH_PROFILE);
    expect(resolved.clients[0]!.methods[0]!.pagination?.iteratorName).toBe("listThingsAll");
    const taken = resolveClients(draft(["listThings", "listThingsAll"]), GENAUTH_PROFILE);
    expect(taken.clients[0]!.methods.find((candidate) => candidate.name === "listThings")!.pagination).toBeNull();
  });
});
