import { describe, expect, it } from "vitest";
import type { IrField, IrNamedType, IrObjectType, IrTypeRef } from "../../generator/ir.js";
import { closeOpenArray, elementTypeFromSample, linkLoneDto } from "../../generator/lower/element-type.js";
import { lower } from "../../generator/lower/lower.js";
import { parsePage } from "../../generator/parse/page.js";

const place = { file: "docs/a.md", start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
const open: IrTypeRef = { kind: "array", items: { kind: "unknown" } };
const field = (name: string, type: IrTypeRef): IrField => ({ name, type, required: true, description: "", default: null, example: null, source: place });
const object = (name: string, fields: IrField[]): IrObjectType => ({ kind: "object", name, role: "dto", description: "", fields, open: false, source: place, mergedFrom: [] });
const fieldType = (types: IrNamedType[], type: string, name: string) => (types.find((item) => item.name === type) as IrObjectType).fields.find((item) => item.name === name)!.type;

describe("elementTypeFromSample", () => {
  it.each([
    ['`["parentId1","parentId2"]`', { kind: "primitive", name: "string" }],
    ["[1, 2]", { kind: "primitive", name: "number" }],
    ["[true]", { kind: "primitive", name: "boolean" }],
    ['["a", 1]', null],
    ["[]", null],
    ['[{"a":1}]', null],
    ["read", null],
    ["[not json", null],
  ])("%s → %j", (sample, type) => {
    expect(elementTypeFromSample(sample)).toEqual(type);
  });
});

describe("linkLoneDto", () => {
  it("types the response's open array with the one DTO the page defines but never links", () => {
    const types = [object("Resp", [field("statusCode", { kind: "primitive", name: "number" }), field("data", open)]), object("RoleDto", [field("id", { kind: "primitive", name: "string" })])];
    expect(fieldType(linkLoneDto(types, "Resp"), "Resp", "data")).toEqual({ kind: "array", items: { kind: "named", name: "RoleDto" } });
  });
  it("leaves it open when two DTOs could be meant", () => {
    const types = [object("Resp", [field("data", open)]), object("A", []), object("B", [])];
    expect(fieldType(linkLoneDto(types, "Resp"), "Resp", "data")).toEqual(open);
  });
});

describe("open arrays on a page", () => {
  it("read element types from the sample cell and the listed values, and fall back to string", () => {
    const markdown = [
      "# X", "", "## Method name", "", "`AuthenticationClient.listThings`", "", "## Request parameters", "",
      "| Name | Type | Required | Description | Sample value |", "| - | - | - | - | - |",
      '| ids | array | No | ids | `[1,2]` |',
      "| transports | array | No | modes:<br>- `ble`: bluetooth<br>- `usb`: usb | |",
      "| tags | array | No | tags | |",
      "", "## Request response", "", "Type: `string`", "",
    ].join("\n");
    const { ir } = lower([parsePage(markdown, "docs/list-things.md").page]);
    const params = ir.types.find((type) => type.name === "ListThingsParams") as IrObjectType;
    expect(params.fields.map((item) => item.type)).toEqual([
      { kind: "array", items: { kind: "primitive", name: "number" } },
      { kind: "array", items: { kind: "literal-union", values: ["ble", "usb"] } },
      closeOpenArray(open),
    ]);
  });
});
