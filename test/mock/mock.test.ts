import { describe, expect, it } from "vitest";
import type { IrField, IrNamedType, IrSdk, IrTypeRef, SourceLocation } from "../../generator/ir.js";
import { SIGNATURE_VECTORS, VECTOR_HEADERS, VECTOR_KEYS } from "../support/signature-vectors.js";
import { GENAUTH_PROFILE } from "../../generator/profile/index.js";
import { checkAppHeaders, checkSignature, DEFAULT_MOCK_CREDENTIALS } from "../../generator/profile/genauth/mock-auth.js";
import { readQuery, typeQuery } from "../../generator/mock/query.js";
import { examplePage } from "../../generator/mock/pages.js";
import { mockRoutes, pickRoute, routeKey } from "../../generator/mock/routes.js";
import { validateParameters } from "../../generator/ir-utils/validate-values.js";

const at: SourceLocation = { file: "t.md", start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

function field(name: string, type: IrTypeRef, required = false): IrField {
  return { name, type, required, description: "", default: null, example: null, source: at };
}

const types = new Map<string, IrNamedType>([
  ["Params", { kind: "object", name: "Params", role: "parameters", description: "", open: false, source: at, mergedFrom: [], fields: [
    field("userId", { kind: "primitive", name: "string" }, true),
    field("page", { kind: "primitive", name: "number" }),
    field("flag", { kind: "primitive", name: "boolean" }),
    field("ids", { kind: "array", items: { kind: "primitive", name: "string" } }),
    field("options", { kind: "named", name: "Options" }),
  ] }],
  ["Options", { kind: "object", name: "Options", role: "dto", description: "", open: false, source: at, mergedFrom: [], fields: [field("userIdType", { kind: "named", name: "IdType" }, true)] }],
  ["IdType", { kind: "enum", name: "IdType", description: "", source: at, mergedFrom: [], members: [{ value: "user_id", description: "" }, { value: "phone", description: "" }] }],
  ["Loose", { kind: "object", name: "Loose", role: "dto", description: "", open: true, source: at, mergedFrom: [], fields: [] }],
] as [string, IrNamedType][]);

describe("validateParameters", () => {
  it.each([
    ["a valid request", { userId: "u", page: 1, flag: true, ids: ["a"], options: { userIdType: "phone" } }, []],
    ["a missing required field", {}, ["Missing required field `userId`"]],
    ["an unknown field", { userId: "u", nope: 1 }, ["Unknown field `nope`"]],
    ["a wrong primitive", { userId: "u", page: "2" }, ['Field `page` must be a number, got the string "2"']],
    ["a nested enum value", { userId: "u", options: { userIdType: "fax" } }, ['Field `options.userIdType` must be one of user_id, phone, got the string "fax"']],
    ["a nested missing field", { userId: "u", options: {} }, ["Missing required field `options.userIdType`"]],
    ["an array item", { userId: "u", ids: ["a", 2] }, ["Field `ids[1]` must be a string, got number 2"]],
    ["a body that is not an object", [1], ["The parameters must be an object, got an array"]],
  ])("reports %s", (_, parameters, problems) => {
    expect(validateParameters(parameters, "Params", types)).toEqual(problems);
  });

  it("accepts any field in an open type, and nothing for a method without parameters", () => {
    expect(validateParameters({ anything: 1 }, "Loose", types)).toEqual([]);
    expect(validateParameters({}, null, types)).toEqual([]);
    expect(validateParameters({ x: 1 }, null, types)).toEqual(["Unknown field `x`: this method takes no parameters"]);
  });
});

describe("query parameters", () => {
  it("reads key[] pairs as arrays and types text by the documented field types", () => {
    const raw = readQuery(new URLSearchParams("userId=u&page=2&flag=true&ids%5B%5D=a&options=%7B%22userIdType%22%3A%22phone%22%7D"));
    expect(raw).toEqual({ userId: "u", page: "2", flag: "true", ids: ["a"], options: '{"userIdType":"phone"}' });
    const fieldTypes = new Map((types.get("Params") as { fields: IrField[] }).fields.map((item) => [item.name, item.type] as const));
    const typed = typeQuery(raw, fieldTypes, types);
    expect(typed).toEqual({ userId: "u", page: 2, flag: true, ids: ["a"], options: { userIdType: "phone" } });
    expect(validateParameters(typed, "Params", types)).toEqual([]);
    expect(typeQuery({ flag: "yes", page: "two" }, fieldTypes, types)).toEqual({ flag: "yes", page: "two" });
  });
});

describe("mock authentication checks", () => {
  const vectorHeaders = { ...VECTOR_HEADERS, date: VECTOR_HEADERS.date!, authorization: SIGNATURE_VECTORS[1]!.authorization };
  const keys = { ...DEFAULT_MOCK_CREDENTIALS, ...VECTOR_KEYS };
  const request = { method: "GET", path: "/api/v3/get-user", headers: vectorHeaders, parameters: { userId: "6229ffaxxxxxxxxcade3e3d9", withCustomData: "true" } };
  const now = Date.parse(vectorHeaders.date);

  it("accepts the issue's GET test vector once, then refuses the replayed nonce", async () => {
    const context = { now, usedNonces: new Set<string>() };
    expect(await checkSignature(request, keys, context)).toBeNull();
    expect(await checkSignature(request, keys, context)).toMatchObject({ statusCode: 401, message: "Replayed x-genauth-signature-nonce" });
  });

  it("refuses a changed parameter, a stale date and an unknown key", async () => {
    const fresh = () => ({ now, usedNonces: new Set<string>() });
    expect(await checkSignature({ ...request, parameters: { userId: "someone-else", withCustomData: "true" } }, keys, fresh())).toMatchObject({ message: "Signature mismatch" });
    expect(await checkSignature(request, keys, { ...fresh(), now: now + 16 * 60 * 1000 })).toMatchObject({ statusCode: 401, apiCode: 40105 });
    expect(await checkSignature(request, { ...keys, accessKeyId: "other" }, fresh())).toMatchObject({ message: "Unknown access key id" });
    expect(await checkSignature({ ...request, headers: { ...vectorHeaders, authorization: "Bearer x" } }, keys, fresh())).toMatchObject({ apiCode: 40101 });
  });

  it("checks the app id, the token and Basic credentials on token endpoints only", () => {
    const base = { method: "POST", parameters: {}, path: "/api/v3/delete-account" };
    const credentials = DEFAULT_MOCK_CREDENTIALS;
    const basic = `Basic ${btoa(`${credentials.appId}:${credentials.appSecret}`)}`;
    expect(checkAppHeaders({ ...base, headers: {} }, credentials)).toMatchObject({ statusCode: 400, message: "Missing x-genauth-app-id header" });
    expect(checkAppHeaders({ ...base, headers: { "x-genauth-app-id": credentials.appId } }, credentials)).toBeNull();
    expect(checkAppHeaders({ ...base, headers: { "x-genauth-app-id": credentials.appId, authorization: credentials.accessToken } }, credentials)).toBeNull();
    expect(checkAppHeaders({ ...base, headers: { "x-genauth-app-id": credentials.appId, authorization: "forged" } }, credentials)).toMatchObject({ statusCode: 401 });
    expect(checkAppHeaders({ ...base, headers: { "x-genauth-app-id": credentials.appId, authorization: basic } }, credentials)).toMatchObject({ apiCode: 40110 });
    expect(checkAppHeaders({ ...base, path: "/oidc/token", headers: { "x-genauth-app-id": credentials.appId, authorization: basic } }, credentials)).toBeNull();
  });
});

describe("mock routes", () => {
  it("serves one route per client at a shared path and picks by the kind of credentials", () => {
    const method = () => ({
      name: "getThing", documentedName: "getThing", kind: "request" as const, summary: "", description: "", parametersType: null, parametersRequired: false,
      returns: { kind: "unknown" as const }, exampleResult: null, usage: null, usageSource: null, source: at, alsoDocumentedAt: [], pagination: null,
      http: { verb: "GET" as const, path: "/api/v3/get-thing", origin: "rule" as const, parametersIn: "query" as const, idempotent: true, pathParameters: [], wireNames: [], headers: [], server: null },
    });
    const ir: IrSdk = { clients: ["AuthenticationClient", "ManagementClient"].map((name) => ({ name, methods: [method()], runtime: GENAUTH_PROFILE.clientRuntime(name), typeImports: [] })), types: [] };
    const table = mockRoutes(ir);
    const candidates = table.routes.get(routeKey("get", "/api/v3/get-thing"))!;
    expect(candidates).toHaveLength(2);
    expect(pickRoute(candidates, (auth) => GENAUTH_PROFILE.mock.claims(auth, { authorization: "GenAuth ak:sig" }))!.client).toBe("ManagementClient");
    expect(pickRoute(candidates, (auth) => GENAUTH_PROFILE.mock.claims(auth, {}))!.client).toBe("AuthenticationClient");
    expect(table.routes.get(routeKey("POST", "/api/v3/get-thing"))).toBeUndefined();
    expect(table.paths.has("/api/v3/get-thing")).toBe(true);
  });
});

describe("mock pages", () => {
  const pagination = { iteratorName: "listAll", pageParameter: "page", sizeParameter: "limit", parametersRequired: false, itemsPath: ["data", "list"], totalPath: ["data", "totalCount"], itemType: { kind: "unknown" as const } };
  const example = { statusCode: 200, data: { totalCount: 5, list: ["a", "b"] } };
  it("serves the example's items as a list of its total count, sliced by page number and size", () => {
    expect(examplePage(example, pagination, { page: 1, limit: 2 })).toEqual({ statusCode: 200, data: { totalCount: 5, list: ["a", "b"] } });
    expect(examplePage(example, pagination, { page: 3, limit: 2 })).toEqual({ statusCode: 200, data: { totalCount: 5, list: ["a"] } });
    expect(examplePage(example, pagination, { page: "2", limit: "3" })).toEqual({ statusCode: 200, data: { totalCount: 5, list: ["b", "a"] } });
    expect(examplePage(example, pagination, { page: 4, limit: 2 })).toEqual({ statusCode: 200, data: { totalCount: 5, list: [] } });
  });
  it("leaves an example without items as it is", () => {
    expect(examplePage({ data: {} }, pagination, { page: 2 })).toEqual({ data: {} });
  });
});
