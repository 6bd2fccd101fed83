import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { IrField, IrSdk } from "../ir.js";
import { everyField } from "./field-rules.js";

/**
 * Fields of one name whose descriptions list different allowed values on
 * different pages (`userIdType` with `phone` on one page and without it on
 * another). Each disagreeing field is reported against the most common list.
 *
 * @param ir The SDK.
 * @returns One warning per field whose list differs from the most common one.
 */
export function enumListDisagreements(ir: IrSdk): Diagnostic[] {
  const byName = new Map<string, { owner: string; values: string[]; key: string; field: IrField }[]>();
  for (const { owner, field } of everyField(ir)) {
    const values = field.type.kind === "literal-union" ? field.type.values : field.type.kind === "array" && field.type.items.kind === "literal-union" ? field.type.items.values : null;
    if (!values) continue;
    const key = [...values].sort().join("\u0000");
    const list = byName.get(field.name) ?? [];
    list.push({ owner, values, key, field });
    byName.set(field.name, list);
  }
  const found: Diagnostic[] = [];
  for (const [name, uses] of byName) {
    const counts = new Map<string, number>();
    for (const use of uses) counts.set(use.key, (counts.get(use.key) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [commonKey] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    const common = uses.find((use) => use.key === commonKey)!;
    for (const use of uses.filter((candidate) => candidate.key !== commonKey)) {
      const missing = common.values.filter((value) => !use.values.includes(value));
      const extra = use.values.filter((value) => !common.values.includes(value));
      const parts = [missing.length > 0 ? `lacks ${list(missing)}` : "", extra.length > 0 ? `adds ${list(extra)}` : ""].filter((part) => part !== "");
      found.push(
        diagnostic("warning", "enum-disagreement", `Unexpected values for \`${use.owner}.${name}\`: ${parts.join(" and ")}, expected the same list as \`${common.owner}.${name}\``, use.field.source, {
          message: `\`${common.owner}.${name}\` lists ${list(common.values)}`,
          place: common.field.source,
        }),
      );
    }
  }
  return found;
}

function list(values: readonly string[]): string {
  return values.map((value) => `\`${value}\``).join(", ");
}
