import { describe, expect, it } from "vitest";
import type { IrObjectType } from "../../generator/ir.js";
import { responseFromExample, splitUrl, urlProblem } from "../../generator/lower/guide-method.js";
import { lower } from "../../generator/lower/lower.js";
import { parsePage } from "../../generator/parse/page.js";

const at = { file: "g.md", start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

function lowerGuide(text: string) {
  return lower([parsePage(text, "guides/g.md").page]);
}

const ENDPOINT = (headers: string, extra = "") => `# G

## Server side

- Interface description: Ends sessions.
- Interface address: \`POST\` \`https://<domain>/api/apps/:appId/end-sessions\`
${extra}- Request header:

| Parameter | Type | Required | Description |
| --- | --- | --- | --- |
${headers}

- Request parameters:

| Parameter | Type | Required | Description |
| --- | --- | --- | --- |
| userIds | string[] | Yes | Users. |

- Return data:

\`\`\`json
{ "code": 200, "message": "ok", "data": { "n": 1 }, "ids": ["a"] }
\`\`\`
`;

describe("splitUrl", () => {
  it("separates origin, path parameters in either notation, and query pairs", () => {
    expect(splitUrl("https://<your domain>.genauth.ai/api/a/:appId/b/{userId}?x={{X}}&y=")).toEqual({
      origin: "https://<your domain>.genauth.ai",
      path: "/api/a/{appId}/b/{userId}",
      segments: ["api", "a", "{appId}", "b", "{userId}"],
      pathParameters: ["appId", "userId"],
      query: [{ key: "x", value: "{{X}}" }, { key: "y", value: "" }],
    });
    expect(splitUrl("/relative/only")).toMatchObject({ origin: null, path: "/relative/only", pathParameters: [] });
  });
});

describe("responseFromExample", () => {
  it("types each top-level key from its value, optional, keeping the value as the example", () => {
    const type = responseFromExample("R", '{ "code": 200, "ok": true, "ids": ["a"], "data": {}, "nothing": null }', at)!;
    expect(type.fields.map((field) => [field.name, field.type, field.required])).toEqual([
      ["code", { kind: "primitive", name: "number" }, false],
      ["ok", { kind: "primitive", name: "boolean" }, false],
      ["ids", { kind: "array", items: { kind: "primitive", name: "string" } }, false],
      ["data", { kind: "map", values: { kind: "unknown" } }, false],
      ["nothing", { kind: "unknown" }, false],
    ]);
    expect(type.fields[0]!.example).toEqual({ value: 200, text: "200" });
  });
  it("gives null for an example that is not a JSON object", () => {
    expect(responseFromExample("R", "[1]", at)).toBeNull();
    expect(responseFromExample("R", "{ not json", at)).toBeNull();
  });
});

describe("lowering guide endpoints", () => {
  it("makes an administrator endpoint a ManagementClient method with its path parameter", () => {
    const { ir, diagnostics } = lowerGuide(ENDPOINT("| x-authing-userpool-id | string | Yes | Pool. |"));
    const client = ir.clients.find((candidate) => candidate.name === "ManagementClient")!;
    const method = client.methods[0]!;
    expect(method).toMatchObject({ name: "endSessions", kind: "request", summary: "Ends sessions.", parametersType: "EndSessionsParams", parametersRequired: true });
    expect(method.http).toMatchObject({ verb: "POST", path: "/api/apps/{appId}/end-sessions", origin: "page", parametersIn: "body", idempotent: false, pathParameters: ["appId"], server: "https://<domain>" });
    expect(method.http.headers).toEqual([expect.objectContaining({ name: "x-authing-userpool-id", required: true })]);
    const params = ir.types.find((type) => type.name === "EndSessionsParams") as IrObjectType;
    expect(params.fields.map((field) => [field.name, field.required])).toEqual([["userIds", true], ["appId", true]]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "undocumented-path-parameter", severity: "warning" })]);
    expect(method.returns).toEqual({ kind: "named", name: "EndSessionsResponse" });
    expect(ir.types.map((type) => type.name)).toContain("EndSessionsResponse");
  });

  it("puts an endpoint without administrator credentials on the AuthenticationClient", () => {
    const { ir } = lowerGuide(ENDPOINT("| x-app-id | string | Yes | App. |"));
    expect(ir.clients.map((client) => client.name)).toEqual(["AuthenticationClient"]);
  });

  it("takes the name from an SDK method line over the path", () => {
    const { ir } = lowerGuide(ENDPOINT("| x-app-id | string | Yes | App. |", "- SDK method: `ManagementClient.kickUsers`\n"));
    expect(ir.clients[0]).toMatchObject({ name: "ManagementClient", methods: [expect.objectContaining({ name: "kickUsers" })] });
  });

  it("makes a link template a URL builder with camelCase parameters mapped to their query keys", () => {
    const { ir, diagnostics } = lowerGuide("# Sign out\n\n## In the browser\n\nGo to `https://app.example.com/login/profile/logout?redirect_uri={{CALLBACK}}&state=`.\n");
    expect(diagnostics).toEqual([]);
    const method = ir.clients[0]!.methods[0]!;
    expect(ir.clients[0]!.name).toBe("AuthenticationClient");
    expect(method).toMatchObject({ name: "buildLogoutUrl", kind: "link", returns: { kind: "primitive", name: "string" }, parametersRequired: true });
    expect(method.http.wireNames).toEqual([{ parameter: "redirectUri", wire: "redirect_uri" }]);
    const params = ir.types.find((type) => type.name === "BuildLogoutUrlParams") as IrObjectType;
    expect(params.fields.map((field) => [field.name, field.required])).toEqual([["redirectUri", true], ["state", false]]);
  });
});

describe("urlProblem", () => {
  it.each([
    ["https://<your application domain>/api/applications/:appId/kick-active-users", null],
    ["/api/v3/x", null],
    ["https://appdomain.genauth.ai/login/profile/logout?redirect_uri={{CALLBACK_URL}}", null],
    ["https:////evil2.example//api/v3/x", "scheme://host/path or /path"],
    ["https://host.example//api/x", "a path without empty, `.` or `..` segments"],
    ["https://host.example/api/../admin", "a path without empty, `.` or `..` segments"],
    ["https://host.example/", "a path with at least one fixed segment"],
    ["https://host.example/{id}", "a path with at least one fixed segment"],
  ])("%s", (url, problem) => {
    expect(urlProblem(url)).toBe(problem);
  });
});
