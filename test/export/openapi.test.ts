import SwaggerParser from "@apidevtools/swagger-parser";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toOpenApi, type Json } from "../../generator/export/openapi.js";
import type { IrSdk } from "../../generator/ir.js";
import { analyseFolders } from "../support/analyse-folder.js";
import { CORPUS, ROOT } from "../support/paths.js";

const INFO = { title: "GenAuth", version: "1.2.3" };
const docsInput = await analyseFolders(path.join(ROOT, "docs-input"));

/** Validate with an established validator (it dereferences its argument, so it gets a copy). */
async function validate(document: object): Promise<void> {
  await SwaggerParser.validate(structuredClone(document) as never);
}

type Doc = { paths: Record<string, Record<string, Record<string, Json>>>; components: { schemas: Record<string, Record<string, Json>> } };

describe("toOpenApi on docs-input", () => {
  const { document, diagnostics } = toOpenApi(docsInput.ir, INFO);
  const doc = document as unknown as Doc;

  it("is a valid OpenAPI 3.1 document", async () => {
    expect(document["openapi"]).toBe("3.1.0");
    expect(diagnostics).toEqual([]);
    await validate(document);
  });

  it("has one operation per method with its verb, tag, operationId and security", () => {
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/applications/{appId}/kick-active-users",
      "/api/v3/delete-account",
      "/api/v3/get-security-level",
      "/api/v3/get-user",
      "/api/v3/list-users",
      "/api/v3/reset-user-principal-authentication-info",
      "/api/v3/verify-delete-account-request",
      "/login/profile/logout",
    ]);
    expect(doc.paths["/api/v3/get-user"]!["get"]).toMatchObject({ operationId: "ManagementClient_getUser", tags: ["ManagementClient"], security: [{ signature: [] }] });
    expect(doc.paths["/api/v3/delete-account"]!["post"]).toMatchObject({ tags: ["AuthenticationClient"], security: [{ appId: [], accessToken: [] }, { appId: [] }] });
  });

  it("sends GET parameters in the query with their types, defaults and descriptions", () => {
    const parameters = doc.paths["/api/v3/get-user"]!["get"]!["parameters"] as Record<string, Json>[];
    expect(parameters.map((parameter) => [parameter["name"], parameter["in"], parameter["required"]])).toEqual([
      ["userId", "query", true],
      ["userIdType", "query", false],
      ["withCustomData", "query", false],
      ["withIdentities", "query", false],
      ["withDepartmentIds", "query", false],
    ]);
    expect(parameters[2]).toMatchObject({ schema: { type: "boolean" } });
  });

  it("sends a POST body as a reference to the parameter schema, and answers with the page's example", () => {
    const post = doc.paths["/api/v3/delete-account"]!["post"]!;
    expect(post["requestBody"]).toEqual({ required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/DeleteAccountParams" } } } });
    const ok = (post["responses"] as Record<string, Record<string, Record<string, Record<string, Json>>>>)["200"]!["content"]!["application/json"]!;
    expect(ok["schema"]).toEqual({ $ref: "#/components/schemas/IsSuccessRespDto" });
    expect(ok["example"]).toMatchObject({ statusCode: 200 });
  });

  it("puts a path parameter in the path and the rest of the parameters in the body", () => {
    const post = doc.paths["/api/applications/{appId}/kick-active-users"]!["post"]!;
    expect(post["parameters"]).toEqual([
      expect.objectContaining({ name: "appId", in: "path", required: true, schema: { type: "string" } }),
      expect.objectContaining({ name: "x-authing-userpool-id", in: "header", required: true }),
    ]);
    expect(post["requestBody"]).toMatchObject({ content: { "application/json": { schema: { type: "object", properties: { userIds: { type: "array", items: { type: "string" } } }, required: ["userIds"] } } } });
  });

  it("describes a link builder as a redirecting GET with the query key the browser sends", () => {
    const get = doc.paths["/login/profile/logout"]!["get"]!;
    expect(get["parameters"]).toEqual([expect.objectContaining({ name: "redirect_uri", in: "query", required: true })]);
    expect(Object.keys(get["responses"] as object)).toEqual(["302"]);
    expect(get["x-doc2sdk-link"]).toBe(true);
  });

  it("has a component schema per named type with required fields, descriptions and examples", () => {
    const user = doc.components.schemas["UserDto"]!;
    expect(user["required"]).toEqual(["userId", "status"]);
    expect(user["properties"]).toMatchObject({
      email: { type: "string", description: "Email address.", examples: ["ada@example.com"] },
      departmentIds: { type: "array", items: { type: "string" }, examples: [["60b49eb83fd80adb96f26e68"]] },
      identities: { type: "array", items: { $ref: "#/components/schemas/IdentityDto" } },
    });
    expect(Object.keys(doc.components.schemas)).toEqual(docsInput.ir.types.map((type) => type.name));
  });

  it("is the same document on every run", () => {
    expect(JSON.stringify(toOpenApi(docsInput.ir, INFO).document)).toBe(JSON.stringify(document));
  });
});

describe("toOpenApi edge cases", () => {
  it("keeps the first of two operations on one verb and path, with a positioned warning", () => {
    const [client] = docsInput.ir.clients;
    const copy: IrSdk = { ...docsInput.ir, clients: [client!, { ...client!, name: "OtherClient", methods: client!.methods.slice(0, 1) }] };
    const { document, diagnostics } = toOpenApi(copy, INFO);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "openapi-duplicate-operation", severity: "warning", place: client!.methods[0]!.source })]);
    expect(JSON.stringify(document)).not.toContain("OtherClient_");
  });

  it("fails validation when the document is broken, so the validator is really checking", async () => {
    const { document } = toOpenApi(docsInput.ir, INFO);
    await expect(validate({ ...document, paths: { "no-leading-slash": {} } })).rejects.toThrow();
  });
});

describe("toOpenApi on the whole shared corpus", () => {
  it("validates", async () => {
    const corpus = await analyseFolders(path.join(CORPUS, "genauth-docs"), path.join(CORPUS, "authing-docs-factory"));
    expect(corpus.diagnostics.filter((item) => item.severity === "error")).toEqual([]);
    const { document } = toOpenApi(corpus.ir, INFO);
    const doc = document as unknown as Doc;
    expect(Object.keys(doc.paths).length).toBeGreaterThan(90);
    expect(doc.paths["/api/applications/{appId}/kick-active-users"]).toBeDefined();
    await validate(document);
  });
});
