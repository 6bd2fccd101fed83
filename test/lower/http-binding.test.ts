import { GENAUTH_PROFILE } from "../../generator/profile/index.js";
import { describe, expect, it } from "vitest";
import { bindHttp, checkPathTemplate } from "../../generator/lower/http-binding.js";
import type { IrField } from "../../generator/ir.js";

const place = { file: "docs/get-user.md", start: { line: 3, column: 1 }, end: { line: 3, column: 9 } };
const parameter = (name: string): IrField => ({ name, type: { kind: "primitive", name: "string" }, required: true, description: "", default: null, example: null, source: place });

describe("checkPathTemplate", () => {
  it.each([
    ["/api/v3/get-user", []],
    ["/api/users/{userId}/roles", ["userId"]],
  ])("accepts %s", (path, placeholders) => {
    expect(checkPathTemplate(path, [parameter("userId")])).toEqual(placeholders);
  });

  it.each([
    ["api/v3/get-user", /absolute/],
    ["/../../admin", /`\.\.` segments/],
    ["/api/./x", /`\.\.` segments/],
    ["/api/%2e%2e/x", /`\.\.` segments/],
    ["/api//x", /empty/],
    ["/api/x?debug=1", /query/],
    ["/api/x#top", /fragment/],
    ["/api/users/{missing}", /`missing` is not one/],
    ["/api/users/id-{userId}", /whole segments/],
  ])("refuses %s", (path, reason) => {
    expect(checkPathTemplate(path, [parameter("userId")])).toMatch(reason);
  });
});

describe("bindHttp", () => {
  const base = { file: "docs/get-user.md", methodName: "getUser", isObjectType: () => false, profile: GENAUTH_PROFILE };
  it("uses a front-matter path with placeholders, which become path parameters", () => {
    const { http, diagnostics } = bindHttp({ ...base, parameters: [parameter("userId")], override: { verb: { text: "get", place }, path: { text: "/api/users/{userId}", place } } });
    expect(diagnostics).toEqual([]);
    expect(http).toMatchObject({ verb: "GET", path: "/api/users/{userId}", pathParameters: ["userId"], origin: "front-matter" });
  });
  it("sends a method without parameters as GET whatever its name, and a write with parameters as POST", () => {
    const none = { file: "docs/init-register-options.md", methodName: "initRegisterOptions", isObjectType: () => false, profile: GENAUTH_PROFILE, override: { verb: null, path: null } };
    expect(bindHttp({ ...none, parameters: [] }).http).toMatchObject({ verb: "GET", parametersIn: "query", path: "/api/v3/init-register-options", idempotent: true });
    expect(bindHttp({ ...none, parameters: [parameter("userId")] }).http).toMatchObject({ verb: "POST", parametersIn: "body", idempotent: false });
  });
  it.each([
    ["getUser", "GET"],
    ["listRoles", "GET"],
    ["isUserExists", "GET"],
    ["generateLinkExtIdpUrl", "GET"],
    ["buildAuthorizeURL", "GET"],
    ["getaway", "POST"],
    ["updateUrl", "POST"],
    ["updateCallbackUrl", "POST"],
    ["generateToken", "POST"],
    ["deleteAccount", "POST"],
  ])("reads %s as %s by its name", (methodName, verb) => {
    const { http } = bindHttp({ ...base, methodName, parameters: [parameter("userId")], override: { verb: null, path: null } });
    expect(http.verb).toBe(verb);
  });
    it("warns at the front matter and keeps the rule's path when the path would leave the API", () => {
    const { http, diagnostics } = bindHttp({ ...base, parameters: [], override: { verb: { text: "FETCH", place }, path: { text: "/../../admin", place } } });
    expect(http).toMatchObject({ verb: "GET", path: "/api/v3/get-user", pathParameters: [] });
    expect(diagnostics.map((item) => [item.severity, item.code, item.place.start.line])).toEqual([
      ["warning", "http-override", 3],
      ["warning", "http-override", 3],
    ]);
  });
});
