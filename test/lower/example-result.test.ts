import { describe, expect, it } from "vitest";
import type { IrField, IrNamedType, IrObjectType, IrTypeRef } from "../../generator/ir.js";
import { oneEditApart, readExampleJson, refineFromExample } from "../../generator/lower/example-result.js";
import { lower } from "../../generator/lower/lower.js";
import { parsePage } from "../../generator/parse/page.js";

const place = { file: "docs/a.md", start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
const open: IrTypeRef = { kind: "array", items: { kind: "unknown" } };
const string: IrTypeRef = { kind: "primitive", name: "string" };
const named = (name: string): IrTypeRef => ({ kind: "named", name });
const field = (name: string, type: IrTypeRef): IrField => ({ name, type, required: true, description: "", default: null, example: null, source: place });
const object = (name: string, fields: IrField[]): IrObjectType => ({ kind: "object", name, role: "dto", description: "", fields, open: false, source: place, mergedFrom: [] });
const typeNamed = (types: IrNamedType[], name: string) => types.find((item) => item.name === name) as IrObjectType;
const fieldOf = (types: IrNamedType[], type: string, name: string) => typeNamed(types, type).fields.find((item) => item.name === name);
const refine = (types: IrNamedType[], example: unknown, cutOff: string[] = []) =>
  refineFromExample(types, "Resp", { text: typeof example === "string" ? example : JSON.stringify(example), place }, new Map(), new Map(cutOff.map((name) => [name, place])));

describe("refineFromExample", () => {
  it("types open arrays from the example result, through nested DTOs and arrays of them", () => {
    const types = [
      object("Resp", [field("data", named("Page"))]),
      object("Page", [field("list", { kind: "array", items: named("Item") }), field("ids", open)]),
      object("Item", [field("actions", open), field("counts", open)]),
    ];
    const { types: refined, diagnostics } = refine(types, { data: { ids: ["a"], list: [{ actions: ["read", "get"], counts: [] }] } });
    expect(fieldOf(refined, "Page", "ids")!.type).toEqual({ kind: "array", items: string });
    expect(fieldOf(refined, "Item", "actions")!.type).toEqual({ kind: "array", items: string });
    expect(fieldOf(refined, "Item", "counts")!.type).toEqual(open);
    expect(types[2]!.kind === "object" && types[2]!.fields[0]!.type).toEqual(open);
    expect(diagnostics).toEqual([]);
  });

  it("takes the example's spelling for a field one letter away from the example's only unlisted key", () => {
    const types = [object("Resp", [field("data", named("Result"))]), object("Result", [field("checkRresultList", open), field("total", string)])];
    const { types: refined, diagnostics } = refine(types, { data: { checkResultList: ["a"], total: "1" } });
    expect(typeNamed(refined, "Result").fields.map((item) => item.name)).toEqual(["checkResultList", "total"]);
    expect(fieldOf(refined, "Result", "checkResultList")!.type).toEqual({ kind: "array", items: string });
    expect(diagnostics.map((item) => [item.code, item.severity])).toEqual([["example-spelling", "warning"]]);
    expect(diagnostics[0]!.message).toContain("`checkRresultList`");
  });

  it.each([
    ["short names", [field("code", string)], { data: { cade: "x" } }],
    ["two unlisted keys", [field("userName", string)], { data: { username: "x", userNames: "y" } }],
    ["two fields near the key", [field("userNam", string), field("userNamee", string)], { data: { userName: "x" } }],
    ["names two edits apart", [field("userName", string)], { data: { usrNme: "x" } }],
    ["one and many", [field("userIds", open)], { data: { userId: "x" } }],
  ])("keeps the table's spelling for %s", (_, fields, example) => {
    const types = [object("Resp", [field("data", named("Result"))]), object("Result", fields)];
    const { types: refined, diagnostics } = refine(types, example);
    expect(typeNamed(refined, "Result").fields.map((item) => item.name)).toEqual(fields.map((item) => item.name));
    expect(diagnostics).toEqual([]);
  });

  it("reads a field typed as one DTO as a list of it when the example shows a list of objects", () => {
    const types = [object("Resp", [field("data", named("Node"))]), object("Node", [field("code", string), field("children", named("Node")), field("parent", named("Node"))])];
    const { types: refined, diagnostics } = refine(types, { data: { code: "a", children: [{ code: "b" }], parent: { code: "c" } } });
    expect(fieldOf(refined, "Node", "children")!.type).toEqual({ kind: "array", items: named("Node") });
    expect(fieldOf(refined, "Node", "parent")!.type).toEqual(named("Node"));
    expect(diagnostics.map((item) => item.code)).toEqual(["example-shape"]);
  });

  it("adds what the example shows after a cut-off table, with nested objects as types of their own", () => {
    const types = [object("Resp", [field("data", named("History"))]), object("History", [field("userId", string)])];
    const example = { data: { userId: "u", userAgent: "Mozilla", geoip: { city: "Beijing", location: { lon: 1.5 } }, ports: [1], note: null } };
    const { types: refined, diagnostics } = refine(types, example, ["History"]);
    const history = typeNamed(refined, "History");
    expect(history.fields.map((item) => [item.name, item.required])).toEqual([["userId", true], ["userAgent", true], ["geoip", true], ["ports", true], ["note", false]]);
    expect(fieldOf(refined, "History", "geoip")!.type).toEqual(named("HistoryGeoip"));
    expect(fieldOf(refined, "History", "ports")!.type).toEqual({ kind: "array", items: { kind: "primitive", name: "number" } });
    expect(fieldOf(refined, "HistoryGeoip", "location")!.type).toEqual(named("HistoryGeoipLocation"));
    expect(fieldOf(refined, "HistoryGeoipLocation", "lon")!.type).toEqual({ kind: "primitive", name: "number" });
    expect(diagnostics.map((item) => item.code)).toEqual(Array(4).fill("field-from-example"));
  });

  it("adds nothing from the example to a table that is not cut off, and never takes a known type's name", () => {
    const types = [object("Resp", [field("data", named("History"))]), object("History", [field("userId", string)])];
    const example = { data: { userId: "u", extra: "x" } };
    expect(typeNamed(refine(types, example).types, "History").fields).toHaveLength(1);
    const known = new Map([["HistoryGeoip", "object" as const]]);
    const { types: refined } = refineFromExample(types, "Resp", { text: JSON.stringify({ data: { geoip: { a: 1 } } }), place }, known, new Map([["History", place]]));
    expect(fieldOf(refined, "History", "geoip")!.type).toEqual({ kind: "map", values: { kind: "unknown" } });
    expect(refined.map((item) => item.name)).toEqual(["Resp", "History"]);
  });

  it("reads an example that stops before its closing brackets", () => {
    const types = [object("Resp", [field("data", named("Page"))]), object("Page", [field("ids", open)])];
    const { types: refined } = refine(types, '{"data": {"ids": ["a", "b"]');
    expect(fieldOf(refined, "Page", "ids")!.type).toEqual({ kind: "array", items: string });
  });
});

describe("readExampleJson", () => {
  it.each([
    ['{"a": 1}', { a: 1 }],
    ['{"a": {"b": [1, 2', { a: { b: [1, 2] } }],
    ['{"token": "TQoC', { token: "TQoC" }],
    ["", undefined],
  ])("%j → %j", (text, value) => {
    expect(readExampleJson(text)).toEqual(value);
  });
});

describe("oneEditApart", () => {
  it.each([
    ["checkRresultList", "checkResultList", true],
    ["checkResultList", "checkRresultList", true],
    ["userName", "userNane", true],
    ["userName", "userName", false],
    ["userName", "usrNme", false],
    ["ab", "ba", false],
  ])("%s / %s → %s", (a, b, apart) => {
    expect(oneEditApart(a, b)).toBe(apart);
  });
});

describe("a cut-off page", () => {
  it("takes the fields its example shows after the table's short last row, with a warning at that row", () => {
    const markdown = [
      "# History", "", "## Method name", "", "`AuthenticationClient.getHistory`", "", "## Request parameters", "", "None.", "",
      "## Request response", "", "Type: `HistoryRespDto`", "",
      "| Name | Type | Description |", "| - | - | - |",
      '| data | <a href="#HistoryDto">HistoryDto</a> | Response data |', "",
      "Sample result:", "", "```json", '{ "data": { "userId": "u1", "success": true, "loginMethod": "email", "geo": { "city": "Paris" } } }', "```", "",
      "## Data structure", "", '### <a id="HistoryDto"></a> HistoryDto', "",
      "| Name | Type | Required | Description | Sample value |", "| - | - | - | - | - |",
      "| userId | string | yes | User | `u1` |",
      "| success | boolean | yes | Whether it worked |",
    ].join("\n");
    const { ir, diagnostics } = lower([parsePage(markdown, "docs/get-history.md").page]);
    expect(typeNamed(ir.types, "HistoryDto").fields.map((item) => item.name)).toEqual(["userId", "success", "loginMethod", "geo"]);
    expect(typeNamed(ir.types, "HistoryDtoGeo").fields.map((item) => [item.name, item.type])).toEqual([["city", string]]);
    const notes = diagnostics.filter((item) => item.code === "field-from-example");
    expect(notes.map((item) => item.place.start.line)).toEqual([32, 32]);
  });
});
