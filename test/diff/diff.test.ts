import { describe, expect, it } from "vitest";
import { diffIr, type ApiChange } from "../../generator/diff/diff-ir.js";
import { formatDiffReport } from "../../generator/diff/report.js";
import { fitsIn } from "../../generator/diff/type-width.js";
import type { IrSdk, IrTypeRef } from "../../generator/ir.js";
import { lower } from "../../generator/lower/lower.js";
import { parsePage } from "../../generator/parse/page.js";
import { userMethodPage as page } from "../support/method-page.js";

const STRING: IrTypeRef = { kind: "primitive", name: "string" };
const NUMBER: IrTypeRef = { kind: "primitive", name: "number" };
const AB: IrTypeRef = { kind: "literal-union", values: ["a", "b"] };
const A: IrTypeRef = { kind: "literal-union", values: ["a"] };

function irOf(...texts: string[]): IrSdk {
  const { ir, diagnostics } = lower(texts.map((text, index) => parsePage(text, `docs/page-${index}.md`).page));
  expect(diagnostics.filter((item) => item.severity === "error")).toEqual([]);
  return ir;
}

function summary(changes: readonly ApiChange[]): [string, string, boolean][] {
  return changes.map((change) => [change.kind, change.subject, change.breaking]);
}

describe("fitsIn", () => {
  it("relates literal unions, strings, arrays, unions and unknown", () => {
    expect(fitsIn(A, AB)).toBe(true);
    expect(fitsIn(AB, A)).toBe(false);
    expect(fitsIn(AB, STRING)).toBe(true);
    expect(fitsIn(STRING, AB)).toBe(false);
    expect(fitsIn({ kind: "array", items: A }, { kind: "array", items: STRING })).toBe(true);
    expect(fitsIn(NUMBER, { kind: "union", types: [STRING, NUMBER] })).toBe(true);
    expect(fitsIn({ kind: "union", types: [STRING, NUMBER] }, STRING)).toBe(false);
    expect(fitsIn(NUMBER, { kind: "unknown" })).toBe(true);
    expect(fitsIn(NUMBER, STRING)).toBe(false);
    expect(fitsIn({ kind: "named", name: "X" }, { kind: "named", name: "Y" })).toBe(false);
  });
});

describe("diffIr", () => {
  it("finds nothing between identical docs", () => {
    expect(diffIr(irOf(page()), irOf(page()))).toEqual([]);
  });

  it("reports an added method as non-breaking and a removed one as breaking", () => {
    const two = irOf(page(), page({ method: "patchUser" }));
    const one = irOf(page());
    expect(summary(diffIr(one, two))).toEqual([["method-added", "ManagementClient.patchUser", false]]);
    const removed = diffIr(two, one);
    expect(summary(removed)).toEqual([["method-removed", "ManagementClient.patchUser", true]]);
    expect(removed[0]!.place.file).toBe("docs/page-1.md");
  });

  it("reports a removed parameter or DTO field as breaking, an added optional one as not", () => {
    const changes = diffIr(irOf(page()), irOf(page({ params: "| userId | string | Yes | Who. |\n| phone | string | No | Phone. |", userRows: "| userId | string | Yes | Id. |\n| status | <a href=\"#Status\">Status</a> | Yes | State. |" })));
    expect(summary(changes)).toEqual([
      ["field-removed", "ManagementClient.updateUser(params).nickname", true],
      ["field-removed", "UserDto.email", true],
      ["field-added", "ManagementClient.updateUser(params).phone", false],
    ]);
  });

  it("reports a new required parameter as breaking, a new required response field as not", () => {
    const changes = diffIr(irOf(page()), irOf(page({ params: "| userId | string | Yes | Who. |\n| nickname | string | No | Shown name. |\n| reason | string | Yes | Why. |", userRows: "| userId | string | Yes | Id. |\n| email | string | No | Mail. |\n| status | <a href=\"#Status\">Status</a> | Yes | State. |\n| createdAt | string | Yes | When. |" })));
    expect(summary(changes)).toEqual([
      ["field-added", "ManagementClient.updateUser(params).reason", true],
      ["field-added", "UserDto.createdAt", false],
    ]);
  });

  it("reports optional → required as breaking for a parameter, and required → optional as breaking for a response field", () => {
    const changes = diffIr(irOf(page()), irOf(page({ params: "| userId | string | Yes | Who. |\n| nickname | string | Yes | Shown name. |", userRows: "| userId | string | No | Id. |\n| email | string | No | Mail. |\n| status | <a href=\"#Status\">Status</a> | Yes | State. |" })));
    expect(summary(changes)).toEqual([
      ["field-required", "ManagementClient.updateUser(params).nickname", true],
      ["field-optional", "UserDto.userId", true],
    ]);
    expect(changes[0]!.message).toBe("Optional → required.");
  });

  it("reports a narrowed parameter type as breaking and a widened one as not", () => {
    const narrowed = diffIr(irOf(page()), irOf(page({ params: "| userId | string | Yes | Who. |\n| nickname | number | No | Shown name. |" })));
    expect(summary(narrowed)).toEqual([["field-type", "ManagementClient.updateUser(params).nickname", true]]);
    expect(narrowed[0]!.message).toBe("Changed type `string` → `number`.");
    const literal = "| userId | string | Yes | Who. |\n| nickname | string | No | One of:<br>- `a`: first<br>- `b`: second |";
    const fromLiteral = diffIr(irOf(page({ params: literal })), irOf(page()));
    expect(summary(fromLiteral)).toEqual([["field-type", "ManagementClient.updateUser(params).nickname", false]]);
    expect(fromLiteral[0]!.message).toContain("Widened type");
    expect(summary(diffIr(irOf(page()), irOf(page({ params: literal }))))).toEqual([["field-type", "ManagementClient.updateUser(params).nickname", true]]);
  });

  it("reports a removed enum value as breaking and an added one as not", () => {
    const changes = diffIr(irOf(page()), irOf(page({ statusRows: "| Activated | enum | Normal. |\n| Archived | enum | Gone. |" })));
    expect(summary(changes)).toEqual([
      ["enum-value-removed", "Status", true],
      ["enum-value-added", "Status", false],
    ]);
    expect(changes[0]!.message).toBe('Removed value `"Suspended"`.');
  });

  it("reports a changed default as non-breaking", () => {
    const before = "| userId | string | Yes | - | Who. |\n| nickname | string | No | `a` | Shown name. |";
    const withDefault = (rows: string) => page({ params: rows }).replace("| Name | Type | Required | Description |\n| --- | --- | --- | --- |\n| userId", "| Name | Type | Required | Default | Description |\n| --- | --- | --- | --- | --- |\n| userId");
    const changes = diffIr(irOf(withDefault(before)), irOf(withDefault(before.replace("`a`", "`b`"))));
    expect(summary(changes)).toEqual([["field-default", "ManagementClient.updateUser(params).nickname", false]]);
  });
});

describe("formatDiffReport", () => {
  it("gives a verdict, then breaking changes before the others, with the page and line", () => {
    const changes = diffIr(irOf(page(), page({ method: "patchUser" })), irOf(page({ statusRows: "| Activated | enum | Normal. |\n| Suspended | enum | Paused. |\n| Archived | enum | Gone. |" })));
    const report = formatDiffReport(changes, "origin/main");
    expect(report).toContain("## API changes since `origin/main`");
    expect(report).toContain("**1 breaking**, 1 non-breaking.");
    expect(report.indexOf("### ⚠️ Breaking")).toBeLessThan(report.indexOf("### Non-breaking"));
    expect(report).toMatch(/\| `ManagementClient\.patchUser` \| docs\/page-1\.md:5 \| Removed method `ManagementClient\.patchUser`\. \|/);
  });
  it("says so when nothing changed, and keeps pipes inside cells", () => {
    expect(formatDiffReport([], "HEAD")).toContain("No changes to the SDK's API.");
    const place = { file: "a.md", start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const report = formatDiffReport([{ kind: "field-type", breaking: true, subject: "X.y", message: "Changed type `\"a\" | \"b\"` → `string`.", place }], "HEAD");
    expect(report).toContain('`"a" \\| "b"`');
  });
});
