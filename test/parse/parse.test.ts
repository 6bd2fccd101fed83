import { describe, expect, it } from "vitest";
import { classifyColumn } from "../../generator/parse/columns.js";
import { classifyHeading, splitGluedHeading } from "../../generator/parse/heading.js";
import { stripTagDebris } from "../../generator/parse/inline-text.js";
import { parsePage } from "../support/parse-any.js";

const TABLE_HEADER = "| Name | Type | Required | Default value | Description | Sample value |\n| --- | --- | --- | --- | --- | --- |";

describe("classifyHeading", () => {
  it.each([
    ["Method Name", "method-name"],
    ["Method name", "method-name"],
    ["方法名称", "method-name"],
    ["Request Parameters", "request"],
    ["请求参数", "request"],
    ["Request response", "response"],
    ["请求响应", "response"],
    ["Sample code", "sample-code"],
    ["示例代码", "sample-code"],
    ["Data Structure", "data-structure"],
    ["数据结构", "data-structure"],
    ["Request header", "other"],
    ["Logout from the backend", "other"],
  ] as const)("%s is %s", (text, kind) => {
    expect(classifyHeading(text)).toBe(kind);
  });
});

describe("classifyColumn", () => {
  it.each([
    ["Name", "name"],
    ["名称", "name"],
    ["Type", "type"],
    ["类型", "type"],
    ["Is it required?", "required"],
    ["Is this field required?", "required"],
    ["是否必填", "required"],
    ["Default Value", "default"],
    ["默认值", "default"],
    ["Description", "description"],
    ["描述", "description"],
    ["Sample value", "example"],
    ["Example Value", "example"],
    ["示例值", "example"],
    ["Advantages", null],
  ] as const)("%s is %s", (header, role) => {
    expect(classifyColumn(header)).toBe(role);
  });
});

describe("stripTagDebris", () => {
  it("keeps the words of broken header HTML", () => {
    expect(stripTagDebris("<div Description")).toBe("Description");
    expect(stripTagDebris('Sample value</div>')).toBe("Sample value");
  });
});

describe("splitGluedHeading", () => {
  it("splits a DTO heading glued onto Data structure", () => {
    expect(splitGluedHeading("Data structure### SignUpProfileDto")).toEqual({ label: "Data structure", rest: "SignUpProfileDto", restIsTypeLine: false });
  });
  it("splits a type line glued onto Request response", () => {
    expect(splitGluedHeading("Request response type: `LoginTokenRespDto`")?.restIsTypeLine).toBe(true);
  });
  it("leaves ordinary headings alone", () => {
    expect(splitGluedHeading("Request response")).toBeNull();
  });
});

describe("parsePage", () => {
  it("reads method, parameters with broken header HTML, response type and DTOs", () => {
    const markdown = [
      "# Delete account",
      "",
      "Closes the account.",
      "",
      "## Method Name",
      "",
      "`AuthenticationClient.delete_account`",
      "",
      "## Request Parameters",
      "",
      '| Name | Type | <div style="width:80px">Is it required</div> | Default Value | <div style="width:300px">Description</div> | <div style="width:200px"></div>Example Value</div> |',
      "| --- | --- | --- | --- | --- | --- |",
      "| deleteAccountToken | string | Yes | - | token | `abc` |",
      "",
      "## Request Response",
      "",
      "Type: `IsSuccessRespDto`",
      "",
      "| Name | Type | Description |",
      "| --- | --- | --- |",
      '| data | <a href="#IsSuccessDto">IsSuccessDto</a> | ok |',
      "",
      "## Data Structure",
      "",
      '### <a id="IsSuccessDto"></a> IsSuccessDto',
      "",
      "| Name | Type | Required | Description |",
      "| --- | --- | --- | --- |",
      "| success | boolean | Yes | done |",
    ].join("\n");
    const { page, diagnostics } = parsePage(markdown, "a/delete-account.md");
    expect(diagnostics).toEqual([]);
    expect(page.kind).toBe("method");
    expect(page.title?.text).toBe("Delete account");
    expect(page.description).toBe("Closes the account.");
    expect(page.method).toMatchObject({ client: "AuthenticationClient", method: "delete_account", foundIn: "section" });
    expect(page.method?.place.start).toEqual({ line: 7, column: 1 });
    expect(page.request?.table?.columns).toEqual(["name", "type", "required", "default", "description", "example"]);
    expect(page.request?.table?.rows[0]?.cells.example?.text).toBe("`abc`");
    expect(page.response?.typeName?.text).toBe("IsSuccessRespDto");
    expect(page.response?.table?.rows[0]?.cells.type?.anchors).toEqual(["IsSuccessDto"]);
    expect(page.dtos!.map((dto) => dto.name.text)).toEqual(["IsSuccessDto"]);
    expect(page.dtos?.[0]?.name.place.start.line).toBe(25);
  });

  it("reads a Chinese page", () => {
    const markdown = ["# 注销", "", "## 方法名称", "", "`AuthenticationClient.deleteAccount`", "", "## 请求参数", "", "| 名称 | 类型 | 是否必填 | 描述 |", "| -- | -- | -- | -- |", "| token | string | 是 | 令牌 |", "", "## 请求响应", "", "类型： `IsSuccessRespDto`"].join("\n");
    const { page, diagnostics } = parsePage(markdown, "zh.md");
    expect(diagnostics).toEqual([]);
    expect(page.request?.table?.rows[0]?.cells.required?.text).toBe("是");
    expect(page.response?.typeName?.text).toBe("IsSuccessRespDto");
  });

  it("infers the method from sample code, preferring the call that matches the file name, and warns", () => {
    const markdown = ["# Sign in", "", "## Request parameters", "", TABLE_HEADER, "| email | string | Yes | - | e | |", "", "## Sample code", "", "```ts", "await authenticationClient.setAccessToken('x');", "await authenticationClient.signInByEmailPassword({ email });", "```"].join("\n");
    const { page, diagnostics } = parsePage(markdown, "login/signin-by-email-password.md");
    expect(page.method).toMatchObject({ client: "AuthenticationClient", method: "signInByEmailPassword", foundIn: "sample-code" });
    expect(diagnostics.map((item) => [item.severity, item.code, item.place.start.line])).toEqual([["warning", "method-name-inferred", 11]]);
  });

  it("infers the method from the file name and folder when there is no sample code", () => {
    const markdown = ["# Identity sources", "", "## Request parameters", "", "## Request response", "", "Type: `GetExtIdpsRespDto`"].join("\n");
    const { page, diagnostics } = parsePage(markdown, "docs/authentication/get-extidps.md");
    expect(page.method).toMatchObject({ client: "AuthenticationClient", method: "getExtidps", foundIn: "file-name" });
    expect(diagnostics[0]?.code).toBe("method-name-inferred");
  });

  it("skips a method page without a method name, with a warning at its position", () => {
    const markdown = ["# Something", "", "## Request parameters", "", TABLE_HEADER, "| a | string | Yes | - | a | |"].join("\n");
    const { page, diagnostics } = parsePage(markdown, "docs/something.md");
    expect(page.kind).toBe("skipped");
    expect(diagnostics).toMatchObject([{ severity: "warning", code: "missing-method-name", place: { file: "docs/something.md", start: { line: 3, column: 1 } } }]);
  });

  it("skips a page with an empty Method name section, with a warning", () => {
    const { page, diagnostics } = parsePage("# X\n\n## Method name\n\nsoon\n", "x.md");
    expect(page.kind).toBe("skipped");
    expect(diagnostics).toMatchObject([{ severity: "warning", code: "missing-method-name", place: { start: { line: 3 } } }]);
  });

  it("skips a guide with a note", () => {
    const { page, diagnostics } = parsePage("# Logout\n\nSome prose.\n\n## Logout from the front end\n\nMore prose.\n", "guide.md");
    expect(page.kind).toBe("skipped");
    expect(diagnostics).toMatchObject([{ severity: "info", code: "guide-skipped" }]);
  });

  it("reads a DTO heading glued onto the Data structure heading, with a warning", () => {
    const markdown = ["# X", "", "## Method name", "", "`AuthenticationClient.x`", "", '## Data structure### <a id="UserDto"></a> UserDto', "", "| Name | Type | Required | Description |", "| - | - | - | - |", "| id | string | yes | id |"].join("\n");
    const { page, diagnostics } = parsePage(markdown, "x.md");
    expect(page.dtos!.map((dto) => [dto.name.text, dto.table?.rows.length])).toEqual([["UserDto", 1]]);
    expect(diagnostics).toMatchObject([{ severity: "warning", code: "glued-heading", place: { start: { line: 7 } } }]);
  });

  it("keeps a DTO heading whose table is an include directive, naming the include", () => {
    const markdown = ["# X", "", "## Method name", "", "`AuthenticationClient.x`", "", "## Data structure", "", '### <a id="TokenDto"></a> TokenDto', "", "!!!include(common/token.md)!!!"].join("\n");
    const { page } = parsePage(markdown, "x.md");
    expect(page.dtos).toMatchObject([{ name: { text: "TokenDto" }, table: null, include: { text: "common/token.md" } }]);
  });

  it("skips a row that is text spilled into the table, with a warning", () => {
    const markdown = ["# X", "", "## Method name", "", "`AuthenticationClient.x`", "", "## Request parameters", "", TABLE_HEADER, "| a | string | Yes | - | a | |", "| ## Sample code ```ts | | | | | |"].join("\n");
    const { page, diagnostics } = parsePage(markdown, "x.md");
    expect(page.request?.table?.rows).toHaveLength(1);
    expect(diagnostics).toMatchObject([{ code: "not-a-row", place: { start: { line: 12 } } }]);
  });

  it("skips a parameter table without a type column, with a warning", () => {
    const markdown = ["# X", "", "## Method name", "", "`AuthenticationClient.x`", "", "## Request parameters", "", "| Name | Description |", "| - | - |", "| a | b |"].join("\n");
    const { diagnostics } = parsePage(markdown, "x.md");
    expect(diagnostics).toMatchObject([{ severity: "warning", code: "missing-column", place: { start: { line: 9, column: 1 } } }]);
  });

  it("reads HTTP overrides from front matter", () => {
    const markdown = "---\nhttp:\n  method: GET\n  path: /api/v3/get-user\n---\n\n# X\n\n## Method name\n\n`ManagementClient.getUser`\n";
    const { page } = parsePage(markdown, "x.md");
    expect(page.http!.verb?.text).toBe("GET");
    expect(page.http!.path?.text).toBe("/api/v3/get-user");
  });
});
