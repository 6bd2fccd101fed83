import { describe, expect, it } from "vitest";
import type { IrObjectType, IrTypeRef } from "../../generator/ir.js";
import { enumValuesFromDescription } from "../../generator/lower/enum-values.js";
import { readLiteral } from "../../generator/ir-utils/literal.js";
import { lower } from "../../generator/lower/lower.js";
import { readRequiredFlag } from "../../generator/lower/required-flag.js";
import { resolveFieldType } from "../../generator/lower/type-ref.js";
import type { Cell } from "../../generator/page.js";
import { parsePage } from "../../generator/parse/page.js";

const at = { file: "t.md", start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
const cell = (text: string, anchors: string[] = []): Cell => ({ text, anchors, place: at });
const known = new Map<string, "object" | "enum">([["UserDto", "object"], ["ResourceType", "enum"]]);

describe("resolveFieldType", () => {
  it.each([
    ["string", "", [], { kind: "primitive", name: "string" }],
    ["String", "", [], { kind: "primitive", name: "string" }],
    ["bool", "", [], { kind: "primitive", name: "boolean" }],
    ["number", "", [], { kind: "primitive", name: "number" }],
    ["string[]", "", [], { kind: "array", items: { kind: "primitive", name: "string" } }],
    ["array", "Nested type: UserDto", ["UserDto"], { kind: "array", items: { kind: "named", name: "UserDto" } }],
    ["array", "list", [], { kind: "array", items: { kind: "unknown" } }],
    ["object", "", [], { kind: "map", values: { kind: "unknown" } }],
    ["", "嵌套类型：UserDto", ["UserDto"], { kind: "named", name: "UserDto" }],
    ["TreeStructs[]", "", [], { kind: "array", items: { kind: "named", name: "TreeStructs" } }],
    ["string", "type, nested type ResourceType", ["ResourceType"], { kind: "named", name: "ResourceType" }],
    ["string", "kind:\n- `a`: first\n- `b`: second", [], { kind: "literal-union", values: ["a", "b"] }],
  ] satisfies [string, string, string[], IrTypeRef][])("%s (%s)", (type, description, anchors, want) => {
    const result = resolveFieldType(cell(type), cell(description, anchors), known, "f");
    expect(result.type).toEqual(want);
  });

  it("takes the type from a link in the type cell", () => {
    expect(resolveFieldType(cell("UserDto", ["UserDto"]), undefined, known, "f").type).toEqual({ kind: "named", name: "UserDto" });
  });

  it("types an unreadable type as unknown, with a warning at the type cell", () => {
    const result = resolveFieldType(cell("strnig value"), undefined, known, "f");
    expect(result.type).toEqual({ kind: "unknown" });
    expect(result.diagnostics).toMatchObject([{ severity: "warning", code: "unknown-type", place: at }]);
  });
});

describe("enumValuesFromDescription", () => {
  it("reads the userIdType list", () => {
    const text = "User ID type, the default value is `user_id`, the optional values are:\n- `user_id`: GenAuth user ID\n- `phone`: phone\n- `sync_relation`: synced\nExample value: `lark:ou_8b`.";
    expect(enumValuesFromDescription(text)).toEqual(["user_id", "phone", "sync_relation"]);
  });
  it("needs at least two values", () => {
    expect(enumValuesFromDescription("only:\n- `one`: x")).toBeNull();
  });
  it.each([
    "External identity source type, such as:\n- `wechatwork`: WeChat Work\n- `dingtalk`: DingTalk",
    "Provider, for example:\n- `github`: GitHub\n- `gitlab`: GitLab",
    "身份源类型，例如：\n- `wechat`: 微信\n- `qq`: QQ",
    "A status such as PENDING (not scanned), SCANNED (scanned), AUTHORIZED (authorized)",
  ])("reads no values from a list given as examples: %s", (text) => {
    expect(enumValuesFromDescription(text)).toBeNull();
  });
  it("reads a list of bare values when every item is a word, a colon and its meaning", () => {
    const text = "Current status of the account:\n- Activated: Normal status\n- Suspended: Deactivated\n- Archived : Archived";
    expect(enumValuesFromDescription(text)).toEqual(["Activated", "Suspended", "Archived"]);
  });
  it("does not read a list of remarks as values", () => {
    expect(enumValuesFromDescription("Notes:\n- Activated: normal\n- see the guide for more")).toBeNull();
    expect(enumValuesFromDescription("Notes:\n- first remark\n- second remark")).toBeNull();
  });
  it("reads values that running text names in capitals with their meaning in brackets, three or more", () => {
    const text = "QR code status, in order: PENDING (not scanned), SCANNED (waiting for confirmation), AUTHORIZED (confirmed), EXPIRED (too late).";
    expect(enumValuesFromDescription(text)).toEqual(["PENDING", "SCANNED", "AUTHORIZED", "EXPIRED"]);
    expect(enumValuesFromDescription("二维码状态，共分为 PENDING(未扫码)、SCANNED(已扫码)、AUTHORIZED(已授权)")).toEqual(["PENDING", "SCANNED", "AUTHORIZED"]);
    expect(enumValuesFromDescription("Resource type: tree structure (TREE), string (STRING), array (ARRAY).")).toEqual(["TREE", "STRING", "ARRAY"]);
  });
  it("does not read two acronyms in prose as values", () => {
    expect(enumValuesFromDescription("The ID token (JWT), signed with the app secret (HS256).")).toBeNull();
  });
});

describe("readLiteral", () => {
  it.each([
    ["`42`", { kind: "primitive", name: "number" }, 42, true],
    ["false", { kind: "primitive", name: "boolean" }, false, true],
    ["`user_id`", { kind: "literal-union", values: ["user_id", "phone"] }, "user_id", true],
    ["`[\"a\",\"b\"]`", { kind: "array", items: { kind: "primitive", name: "string" } }, ["a", "b"], true],
    ["many", { kind: "primitive", name: "number" }, "many", false],
  ] satisfies [string, IrTypeRef, unknown, boolean][])("%s", (text, type, value, fits) => {
    expect(readLiteral(text, type)).toEqual({ literal: { value, text: text.replace(/`/g, "") }, fits });
  });
  it("reads - as no value", () => {
    expect(readLiteral("-", { kind: "primitive", name: "string" })).toBeNull();
  });
});

describe("readRequiredFlag", () => {
  it.each([["Yes", true], ["no", false], ["是", true], ["否", false]] as const)("%s", (text, required) => {
    expect(readRequiredFlag(cell(text), "f")).toEqual({ required, diagnostics: [] });
  });
  it("reads the mistranslated `is` as yes, with a warning", () => {
    const result = readRequiredFlag(cell("is"), "userId");
    expect(result.required).toBe(true);
    expect(result.diagnostics).toMatchObject([{ severity: "warning", code: "required-guessed" }]);
  });
});

/** A small method page, with the parts each test changes. */
function page(input: { file: string; method: string; params?: string[]; dto?: string[]; frontMatter?: string; response?: string; dataStructure?: boolean }): string {
  const lines = [
    ...(input.frontMatter ? ["---", input.frontMatter, "---", ""] : []),
    "# Title",
    "",
    "## Method name",
    "",
    "`" + input.method + "`",
    "",
    "## Request parameters",
    "",
    "| Name | Type | Required | Default value | Description | Sample value |",
    "| - | - | - | - | - | - |",
    ...(input.params ?? []),
    "",
    "## Request response",
    "",
    `Type: \`${input.response ?? "IsSuccessRespDto"}\``,
    "",
    "| Name | Type | Description |",
    "| - | - | - |",
    "| statusCode | number | code |",
    '| data | <a href="#IsSuccessDto">IsSuccessDto</a> | data |',
    "",
  ];
  if (input.dataStructure !== false) {
    lines.push("## Data structure", "", '### <a id="IsSuccessDto"></a> IsSuccessDto', "", "| Name | Type | Required | Description |", "| - | - | - | - |", ...(input.dto ?? ["| success | boolean | yes | ok |"]));
  }
  return lines.join("\n");
}

function lowerPages(pages: Record<string, string>) {
  const models = Object.entries(pages).map(([file, text]) => parsePage(text, file).page);
  return lower(models);
}

describe("lower", () => {
  it("builds methods, parameter types, typed defaults and HTTP bindings", () => {
    const { ir, diagnostics } = lowerPages({
      "docs/get-user.md": page({ file: "get-user.md", method: "ManagementClient.get_user", params: ["| userId | string | Yes | - | id | `u1` |", "| withCustomData | boolean | No | false | data | |"] }),
      "docs/delete-account.md": page({ file: "delete-account.md", method: "AuthenticationClient.deleteAccount", params: ["| deleteAccountToken | string | Yes | - | t | |"] }),
    });
    expect(diagnostics).toEqual([]);
    expect(ir.clients.map((client) => client.name)).toEqual(["AuthenticationClient", "ManagementClient"]);
    const getUser = ir.clients[1]!.methods[0]!;
    expect(getUser).toMatchObject({ name: "getUser", documentedName: "get_user", parametersType: "GetUserParams", parametersRequired: true });
    expect(getUser.http).toEqual({ verb: "GET", path: "/api/v3/get-user", origin: "rule", parametersIn: "query", idempotent: true, pathParameters: [], wireNames: [], headers: [], server: null });
    expect(ir.clients[0]!.methods[0]!.http).toMatchObject({ verb: "POST", path: "/api/v3/delete-account", parametersIn: "body" });
    const params = ir.types.find((type) => type.name === "GetUserParams") as IrObjectType;
    expect(params.fields.map((field) => [field.name, field.required, field.default?.value ?? null, field.example?.value ?? null])).toEqual([
      ["userId", true, null, "u1"],
      ["withCustomData", false, false, null],
    ]);
    expect(ir.types.map((type) => type.name)).toEqual(["DeleteAccountParams", "GetUserParams", "IsSuccessDto", "IsSuccessRespDto"]);
  });

  it("sends a read method with an object parameter as POST, and honours front matter", () => {
    const { ir } = lowerPages({
      "docs/check-x.md": page({ file: "check-x.md", method: "AuthenticationClient.checkX", params: ['| payload | <a href="#IsSuccessDto">IsSuccessDto</a> | Yes | - | p | |'] }),
      "docs/do-y.md": page({ file: "do-y.md", method: "AuthenticationClient.doY", frontMatter: "http:\n  method: delete\n  path: /api/v3/things/y" }),
    });
    const [checkX, doY] = ir.clients[0]!.methods;
    expect(checkX!.http.verb).toBe("POST");
    expect(doY!.http).toEqual({ verb: "DELETE", path: "/api/v3/things/y", origin: "front-matter", parametersIn: "query", idempotent: true, pathParameters: [], wireNames: [], headers: [], server: null });
  });

  it("merges a DTO that two pages define alike, recording both places", () => {
    const { ir, diagnostics } = lowerPages({
      "docs/a.md": page({ file: "a.md", method: "AuthenticationClient.a" }),
      "docs/b.md": page({ file: "b.md", method: "AuthenticationClient.b" }),
    });
    expect(diagnostics).toEqual([]);
    const dto = ir.types.find((type) => type.name === "IsSuccessDto")!;
    expect(dto.source.file).toBe("docs/a.md");
    expect(dto.mergedFrom.map((place) => place.file)).toEqual(["docs/b.md"]);
  });

  it("reconciles a DTO that two pages define differently, with a warning naming both places", () => {
    const { ir, diagnostics } = lowerPages({
      "docs/a.md": page({ file: "a.md", method: "AuthenticationClient.a", dto: ["| success | boolean | yes | ok |", "| code | number | yes | c |"] }),
      "docs/b.md": page({ file: "b.md", method: "AuthenticationClient.b", dto: ["| success | string | yes | ok |"] }),
    });
    expect(diagnostics).toMatchObject([{ severity: "warning", code: "type-conflict", place: { file: "docs/b.md" }, related: { place: { file: "docs/a.md" } } }]);
    const dto = ir.types.find((type) => type.name === "IsSuccessDto") as IrObjectType;
    expect(dto.fields.map((field) => [field.name, field.required, field.type.kind])).toEqual([
      ["success", true, "union"],
      ["code", false, "primitive"],
    ]);
  });

  it("keeps both of one method documented differently on two pages, the later under its file name, with a warning naming both", () => {
    const { ir, diagnostics } = lowerPages({
      "docs/a/get-x.md": page({ file: "get-x.md", method: "ManagementClient.getX", params: ["| a | string | Yes | - | a | |"] }),
      "docs/b/get-x-by-name.md": page({ file: "get-x-by-name.md", method: "ManagementClient.getX", params: ["| a | number | Yes | - | a | |"] }),
    });
    expect(diagnostics).toMatchObject([{ severity: "warning", code: "method-conflict", place: { file: "docs/b/get-x-by-name.md" }, related: { place: { file: "docs/a/get-x.md" } } }]);
    expect(diagnostics[0]!.message).toContain("as `getXByName`");
    const methods = ir.clients[0]!.methods;
    expect(methods.map((method) => [method.name, method.http.path, method.parametersType])).toEqual([
      ["getX", "/api/v3/get-x", "GetXParams"],
      ["getXByName", "/api/v3/get-x-by-name", "GetXByNameParams"],
    ]);
    expect((ir.types.find((type) => type.name === "GetXByNameParams") as IrObjectType).fields[0]!.type).toEqual({ kind: "primitive", name: "number" });
  });

  it("numbers a conflicting method whose file name gives a name already taken", () => {
    const { ir } = lowerPages({
      "docs/a/x.md": page({ file: "x.md", method: "AuthenticationClient.x", params: ["| a | string | Yes | - | a | |"] }),
      "docs/b/x.md": page({ file: "x.md", method: "AuthenticationClient.x", params: ["| a | number | Yes | - | a | |"] }),
      "docs/c/x.md": page({ file: "x.md", method: "AuthenticationClient.x", params: ["| a | boolean | Yes | - | a | |"] }),
    });
    expect(ir.clients[0]!.methods.map((method) => method.name)).toEqual(["x", "x2", "x3"]);
  });

  it("merges one method documented alike on two pages, with a note", () => {
    const { ir, diagnostics } = lowerPages({
      "docs/a/x.md": page({ file: "x.md", method: "AuthenticationClient.x" }),
      "docs/b/x.md": page({ file: "x.md", method: "AuthenticationClient.x" }),
    });
    expect(diagnostics).toMatchObject([{ severity: "info", code: "duplicate-method" }]);
    expect(ir.clients[0]!.methods[0]!.alsoDocumentedAt.map((place) => place.file)).toEqual(["docs/b/x.md"]);
  });

  it("types a dangling DTO link as an open object, with a warning at the row", () => {
    const { ir, diagnostics } = lowerPages({
      "docs/a.md": page({ file: "a.md", method: "AuthenticationClient.a", params: ['| opts | <a href="#MissingDto">MissingDto</a> | No | - | o | |'] }),
    });
    expect(diagnostics).toMatchObject([{ severity: "warning", code: "dangling-reference", place: { file: "docs/a.md", start: { line: 11 } } }]);
    expect(ir.types.find((type) => type.name === "MissingDto")).toMatchObject({ kind: "object", open: true, fields: [] });
  });

  it("types a reference from a page cut off before its Data structure section as an open object, with a warning", () => {
    const { ir, diagnostics } = lowerPages({
      "docs/a.md": page({ file: "a.md", method: "AuthenticationClient.a", dataStructure: false }),
    });
    expect(diagnostics).toMatchObject([{ severity: "warning", code: "undocumented-fields" }]);
    expect(ir.types.find((type) => type.name === "IsSuccessDto")).toMatchObject({ kind: "object", open: true, fields: [] });
  });

  it("makes an enum table a string enum", () => {
    const markdown = page({ file: "a.md", method: "AuthenticationClient.a", params: ['| kind | string | Yes | - | Nested type: <a href="#Kind">Kind</a> | |'] }) +
      '\n\n### <a id="Kind"></a> Kind\n\n| Name | Type | Description |\n| - | - | - |\n| TREE | enum | tree |\n| ARRAY | enum | array |\n';
    const { ir, diagnostics } = lowerPages({ "docs/a.md": markdown });
    expect(diagnostics).toEqual([]);
    expect(ir.types.find((type) => type.name === "Kind")).toMatchObject({ kind: "enum", members: [{ value: "TREE" }, { value: "ARRAY" }] });
    const params = ir.types.find((type) => type.name === "AParams") as IrObjectType;
    expect(params.fields[0]!.type).toEqual({ kind: "named", name: "Kind" });
  });
});

describe("a listed field whose own sample is none of the values", () => {
  it("is a string: the values are parts of it, as a space-separated scope shows", () => {
    const markdown = page({
      file: "docs/sign-in-thing.md",
      method: "AuthenticationClient.signInThing",
      params: [
        "| scope | string | No | - | Separate multiple scopes with spaces:<br>- `openid`: required<br>- `profile`: the profile | `openid profile` |",
        "| mode | string | No | - | Mode:<br>- `fast`: fast<br>- `safe`: safe | `safe` |",
      ],
    });
    const { ir } = lowerPages({ "docs/sign-in-thing.md": markdown });
    const params = ir.types.find((type) => type.name === "SignInThingParams") as IrObjectType;
    expect(params.fields.map((field) => [field.name, field.type])).toEqual([
      ["scope", { kind: "primitive", name: "string" }],
      ["mode", { kind: "literal-union", values: ["fast", "safe"] }],
    ]);
    expect(params.fields[0]!.description).toContain("`profile`");
  });
});
