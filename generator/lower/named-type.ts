import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { IrField, IrNamedType, IrObjectType, SourceLocation } from "../ir.js";
import type { Table } from "../page.js";
import { ENUM_TYPE_WORD } from "../vocabulary.js";
import { rowToField } from "./field.js";
import { isAlwaysPresent } from "./presence.js";
import type { KnownTypes } from "./type-ref.js";

/**
 * Whether a table defines an enum: every row's type is `enum`, as in the
 * `ResourceType` table (`STRING | enum | String type`).
 *
 * @param table A DTO table.
 * @returns True for an enum table.
 */
export function isEnumTable(table: Table | null): boolean {
  return table !== null && table.rows.length > 0 && table.rows.every((row) => row.cells.type?.text.trim().toLowerCase() === ENUM_TYPE_WORD);
}

/**
 * Lower a DTO or response table to a named type.
 *
 * @param definition The type's name, table (null when the heading has none), the include
 *   directive standing in for the table, what produced it, and where it is.
 * @param known Type names the docs define.
 * @returns The named type and diagnostics.
 */
export function tableToNamedType(
  definition: { name: string; table: Table | null; include: string | null; role: IrObjectType["role"]; source: SourceLocation },
  known: KnownTypes,
): { type: IrNamedType; diagnostics: Diagnostic[] } {
  const { name, table, role, source } = definition;
  if (table === null) {
    const why = definition.include
      ? `Unexpected \`!!!include(${definition.include})!!!\` for the fields of \`${name}\`, expected a table (included files are not read)`
      : `Missing table for \`${name}\`, expected its fields after the heading`;
    const warning = diagnostic("warning", "undocumented-fields", `${why}; typed as an open object`, source);
    return { type: openObjectType(name, source), diagnostics: [warning] };
  }
  if (role === "dto" && isEnumTable(table)) {
    const members = table.rows.map((row) => ({
      value: (row.cells.name?.text ?? "").replace(/`/g, "").trim(),
      description: row.cells.description?.text ?? "",
    }));
    return { type: { kind: "enum", name, description: "", members, source, mergedFrom: [] }, diagnostics: [] };
  }
  const diagnostics: Diagnostic[] = [];
  const fields: IrField[] = [];
  // Without a required column, a table of what the API returns says by its descriptions what may be absent.
  const presenceFromDescriptions = !table.columns.includes("required");
  const seen = new Set<string>();
  for (const row of table.rows) {
    const lowered = rowToField(row, known);
    for (const item of lowered.diagnostics) diagnostics.push(item);
    if (seen.has(lowered.field.name)) continue;
    seen.add(lowered.field.name);
    fields.push(presenceFromDescriptions ? { ...lowered.field, required: isAlwaysPresent(lowered.field.description, role) } : lowered.field);
  }
  return { type: { kind: "object", name, role, description: "", fields, open: false, source, mergedFrom: [] }, diagnostics };
}

/**
 * A type the docs name without listing its fields: it accepts any properties.
 *
 * @param name Type name.
 * @param source Where it is named.
 * @returns An open object type.
 */
export function openObjectType(name: string, source: SourceLocation): IrObjectType {
  return { kind: "object", name, role: "dto", description: "", fields: [], open: true, source, mergedFrom: [] };
}
