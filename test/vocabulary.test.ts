import { describe, expect, it } from "vitest";
import { classifyColumn } from "../generator/parse/columns.js";
import { classifyHeading } from "../generator/parse/heading.js";
import { readRequiredFlag } from "../generator/lower/required-flag.js";
import { isAlwaysPresent } from "../generator/lower/presence.js";
import { resolveFieldType } from "../generator/lower/type-ref.js";
import { enumValuesFromDescription } from "../generator/lower/enum-values.js";
import { ENDPOINT_LABELS, firstMatch, NO_WORDS, PLACEHOLDER, QUALIFIED_NAME, READ_AS_YES, YES_WORDS } from "../generator/vocabulary.js";

const place = { file: "docs/a.md", start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
const cell = (text: string) => ({ text, anchors: [], place });

/** One row per label the docs use: adding a label to the vocabulary adds a row here. */
describe("the vocabulary", () => {
  it.each([
    ["Method name", "method-name"], ["方法名称", "method-name"],
    ["Request parameters", "request"], ["Parameters", "request"], ["请求参数", "request"],
    ["Request response", "response"], ["Return value", "response"], ["返回值", "response"], ["响应", "response"],
    ["Sample code", "sample-code"], ["Example code", "sample-code"], ["示例代码", "sample-code"],
    ["Data structure", "data-structure"], ["Data Structure", "data-structure"], ["数据结构", "data-structure"],
    ["Request header", "other"], ["请求头", "other"], ["Introduction", "other"],
  ])("section %s → %s", (label, kind) => {
    expect(classifyHeading(label)).toBe(kind);
  });

  it.each([
    ["Name", "name"], ["Parameter", "name"], ["名称", "name"], ["参数名", "name"],
    ["Type", "type"], ["类型", "type"],
    ["Required", "required"], ["Is it required?", "required"], ["是否必填", "required"], ["必填", "required"],
    ["Default value", "default"], ["默认值", "default"],
    ["Description", "description"], ["说明", "description"], ["描述", "description"],
    ["Sample value", "example"], ["Example value", "example"], ["示例值", "example"],
  ])("column %s → %s", (label, role) => {
    expect(classifyColumn(label)).toBe(role);
  });

  it.each([
    ["Interface address", "address"], ["接口地址", "address"], ["Interface description", "description"], ["SDK method", "method-name"],
    ["Request header", "headers"], ["请求头", "headers"], ["Request parameters", "parameters"], ["请求体", "parameters"],
    ["Return data", "example"], ["返回数据", "example"],
  ])("endpoint line %s → %s", (label, kind) => {
    expect(firstMatch(ENDPOINT_LABELS, label)).toBe(kind);
  });

  it.each([
    ["`AuthenticationClient.deleteAccount`", ["AuthenticationClient", "deleteAccount"]], ["ManagementClient.get_user()", ["ManagementClient", "get_user"]],
    ["`ShelfClient . listBooks`", ["ShelfClient", "listBooks"]], ["AuthenticationClient", null], ["client.deleteAccount", null], ["Management.getUser", null],
  ])("method name %s → %j", (text, expected) => {
    const match = QUALIFIED_NAME.exec(text);
    expect(match ? [match[1], match[2]] : null).toEqual(expected);
  });

  it.each([["{{CALLBACK_URL}}", true], ["{state}", true], ["<your domain>", true], ["state", false], ["{{a}}b", false], ["", false]])("URL placeholder %s: %s", (text, expected) => {
    expect(PLACEHOLDER.test(text)).toBe(expected);
  });

  it("reads every yes, no and read-as-yes word", () => {
    for (const word of YES_WORDS) expect(readRequiredFlag(cell(word), "f")).toEqual({ required: true, diagnostics: [] });
    for (const word of NO_WORDS) expect(readRequiredFlag(cell(word), "f")).toEqual({ required: false, diagnostics: [] });
    for (const word of READ_AS_YES) expect(readRequiredFlag(cell(word), "f").required).toBe(true);
  });

  it.each([
    ["string", { kind: "primitive", name: "string" }], ["str", { kind: "primitive", name: "string" }], ["integer", { kind: "primitive", name: "number" }],
    ["long", { kind: "primitive", name: "number" }], ["bool", { kind: "primitive", name: "boolean" }], ["any", { kind: "unknown" }],
    ["object", { kind: "map", values: { kind: "unknown" } }], ["json", { kind: "map", values: { kind: "unknown" } }],
    ["array", { kind: "array", items: { kind: "unknown" } }], ["list<string>", { kind: "array", items: { kind: "primitive", name: "string" } }],
    ["enum", { kind: "primitive", name: "string" }], ["UserDto[]", { kind: "array", items: { kind: "named", name: "UserDto" } }],
  ])("type word %s", (word, type) => {
    expect(resolveFieldType(cell(word), undefined, new Map(), "f").type).toEqual(type);
  });

  it.each([
    ["Returned when the request fails.", false], ["successful request does not return", false], ["当请求失败时会返回", false],
    ["仅在失败时返回", false], ["Segmented error code", false], ["细分错误码", false], ["Response data", true], ["业务状态码", true],
  ])("response field described %s is always present: %s", (description, present) => {
    expect(isAlwaysPresent(description, "response")).toBe(present);
  });

  it.each([
    ["Type, such as:", false], ["Type, for example:", false], ["Type, for instance,", false], ["Type, e.g.:", false],
    ["类型，例如：", false], ["类型，比如：", false], ["类型，诸如：", false], ["类型，如：", false],
    ["Type:", true], ["The optional values are:", true], ["可选值：", true],
  ])("a list introduced by %s lists every value: %s", (lead, closed) => {
    expect(enumValuesFromDescription(`${lead}\n- \`a\`: A\n- \`b\`: B`) !== null).toBe(closed);
  });
});
