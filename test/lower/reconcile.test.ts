import { describe, expect, it } from "vitest";
import type { IrField, IrObjectType } from "../../generator/ir.js";
import { mergeDefinitions } from "../../generator/lower/merge-types.js";
import { isAlwaysPresent } from "../../generator/lower/presence.js";

describe("isAlwaysPresent (tables without a required column)", () => {
  it.each([
    ["Request ID. Returned when the request fails.", "response", false],
    ["Request ID. It will be returned when the request fails.", "response", false],
    ["Segmented error code (successful request does not return).", "response", false],
    ["Segmented error code (not returned for successful requests).", "response", false],
    ["Segmented error code (successful requests are not returned).", "response", false],
    ["请求 ID。当请求失败时会返回。", "response", false],
    ["细分错误码，可通过此错误码得到具体的错误类型", "response", false],
    ["Segmented error code, which can be used to get the specific error type.", "response", false],
    ["Identifier of the request, present when the call fails.", "response", false],
    ["Business status code, 200 means success.", "response", true],
    ["Response data", "response", true],
    ["业务状态码", "response", true],
    ["Error code of the last sync", "dto", true],
    ["The avatar, not returned when the user has none", "dto", false],
  ] as const)("%s (%s) → %s", (description, role, present) => {
    expect(isAlwaysPresent(description, role)).toBe(present);
  });
});

const place = (file: string) => ({ file, start: { line: 1, column: 1 }, end: { line: 1, column: 2 } });
const field = (name: string, required: boolean, type: IrField["type"] = { kind: "primitive", name: "string" }): IrField => ({ name, type, required, description: "", default: null, example: null, source: place("x") });
const dto = (file: string, fields: IrField[]): IrObjectType => ({ kind: "object", name: "UserDto", role: "dto", description: "", fields, open: false, source: place(file), mergedFrom: [] });

describe("mergeDefinitions by majority", () => {
  it("follows what most definitions say for the required flag and the type, and warns at each that differs", () => {
    const merged = mergeDefinitions([
      dto("a.md", [field("id", true), field("gender", false)]),
      dto("b.md", [field("id", true), field("gender", true), field("workStatus", true)]),
      dto("c.md", [field("id", true), field("gender", true), field("workStatus", true, { kind: "primitive", name: "number" })]),
      dto("d.md", [field("id", true), field("gender", true), field("workStatus", true, { kind: "primitive", name: "number" })]),
    ]);
    expect(merged.diagnostics.map((item) => item.place.file)).toEqual(["b.md", "c.md", "d.md"]);
    const fields = (merged.type as IrObjectType).fields.map((item) => [item.name, item.required, item.type]);
    expect(fields).toEqual([
      ["id", true, { kind: "primitive", name: "string" }],
      ["gender", true, { kind: "primitive", name: "string" }],
      ["workStatus", true, { kind: "primitive", name: "number" }],
    ]);
  });

  it("makes a field optional, and its types a union, on a tie", () => {
    const merged = mergeDefinitions([dto("a.md", [field("x", true)]), dto("b.md", [field("x", false, { kind: "primitive", name: "number" })])]);
    expect((merged.type as IrObjectType).fields[0]).toMatchObject({ required: false, type: { kind: "union" } });
  });
});

describe("mergeDefinitions: listed values refine a plain string", () => {
  const statusValues = (values: string[]): IrField["type"] => ({ kind: "literal-union", values });
  it("types the field with the values one page lists, though most pages say only string, without a warning", () => {
    const merged = mergeDefinitions([
      dto("a.md", [field("status", true)]),
      dto("b.md", [field("status", true, statusValues(["Activated", "Suspended"]))]),
      dto("c.md", [field("status", true)]),
    ]);
    expect(merged.diagnostics).toEqual([]);
    expect((merged.type as IrObjectType).fields[0]!.type).toEqual(statusValues(["Activated", "Suspended"]));
  });
  it("takes every value that any page lists, arrays alike", () => {
    const merged = mergeDefinitions([
      dto("a.md", [field("kinds", true, { kind: "array", items: statusValues(["a", "b"]) })]),
      dto("b.md", [field("kinds", true, { kind: "array", items: statusValues(["b", "c"]) })]),
      dto("c.md", [field("kinds", true, { kind: "array", items: { kind: "primitive", name: "string" } })]),
    ]);
    expect((merged.type as IrObjectType).fields[0]!.type).toEqual({ kind: "array", items: statusValues(["a", "b", "c"]) });
  });
  it("leaves a field alone when a page types it as something other than a string", () => {
    const merged = mergeDefinitions([
      dto("a.md", [field("status", true, statusValues(["on", "off"]))]),
      dto("b.md", [field("status", true, { kind: "primitive", name: "number" })]),
      dto("c.md", [field("status", true, { kind: "primitive", name: "number" })]),
    ]);
    expect((merged.type as IrObjectType).fields[0]!.type).toEqual({ kind: "primitive", name: "number" });
  });
});
