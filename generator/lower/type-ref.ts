import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { IrTypeRef } from "../ir.js";
import type { Cell } from "../page.js";
import { ARRAY_TYPE_WORDS, ENUM_TYPE_WORD, OBJECT_TYPE_WORDS, PRIMITIVE_TYPE_WORDS } from "../vocabulary.js";
import { enumValuesFromDescription } from "./enum-values.js";

/** The kind of every type name the docs define, so references can be resolved. */
export type KnownTypes = ReadonlyMap<string, "object" | "enum">;

const TYPE_NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * Resolve a field's type from its type cell, using the description for what
 * the cell leaves open: `array` + "Nested type: X" is `X[]`, `object` + a link
 * is `X`, a string whose description lists values is a string-literal union.
 *
 * @param typeCell The type cell, or undefined when the row has none.
 * @param description The description cell, or undefined.
 * @param known Type names the docs define.
 * @param fieldName For messages.
 * @returns The type and diagnostics (an unreadable type is a warning, typed as unknown).
 */
export function resolveFieldType(
  typeCell: Cell | undefined,
  description: Cell | undefined,
  known: KnownTypes,
  fieldName: string,
): { type: IrTypeRef; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const nested = description?.anchors.find((anchor) => known.has(anchor)) ?? description?.anchors[0] ?? null;
  const written = (typeCell?.text ?? "").replace(/`/g, "").trim();
  const linked = typeCell?.anchors[0] ?? null;
  const place = typeCell?.place ?? description?.place;

  if (linked) return { type: written.endsWith("[]") ? arrayOf(named(linked)) : named(linked), diagnostics };
  if (written === "") {
    if (nested) return { type: named(nested), diagnostics };
    if (place) diagnostics.push(diagnostic("warning", "missing-type", `Missing type for \`${fieldName}\`, expected a type such as string or a DTO link; typed as unknown`, place));
    return { type: { kind: "unknown" }, diagnostics };
  }
  const type = resolveWrittenType(written, nested, known);
  if (!type) {
    if (place) diagnostics.push(diagnostic("warning", "unknown-type", `Unexpected type \`${written}\` for \`${fieldName}\`, expected string, number, boolean, object, array, X[] or a DTO name; typed as unknown`, place));
    return { type: { kind: "unknown" }, diagnostics };
  }
  return { type: withListedValues(type, description?.text ?? ""), diagnostics };
}

function resolveWrittenType(written: string, nested: string | null, known: KnownTypes): IrTypeRef | null {
  const generic = /^(\w+)\s*<\s*(.+?)\s*>$/.exec(written);
  const arrayItem = /^(.+?)\s*\[\]$/.exec(written) ?? (generic && ARRAY_TYPE_WORDS.has(generic[1]!.toLowerCase()) ? generic.slice(1) : null);
  if (arrayItem?.[1]) {
    const items = resolveWrittenType(arrayItem[1], nested, known);
    return items ? arrayOf(items) : null;
  }
  const word = written.toLowerCase();
  const primitive = PRIMITIVE_TYPE_WORDS[word];
  if (primitive) {
    if (primitive === "string" && nested && known.get(nested) === "enum") return named(nested);
    return primitive === "unknown" ? { kind: "unknown" } : { kind: "primitive", name: primitive };
  }
  if (ARRAY_TYPE_WORDS.has(word)) return arrayOf(nested ? named(nested) : { kind: "unknown" });
  if (OBJECT_TYPE_WORDS.has(word)) return nested ? named(nested) : { kind: "map", values: { kind: "unknown" } };
  if (word === ENUM_TYPE_WORD) return { kind: "primitive", name: "string" };
  if (TYPE_NAME.test(written)) return named(written);
  return null;
}

function withListedValues(type: IrTypeRef, description: string): IrTypeRef {
  if (type.kind === "primitive" && type.name === "string") {
    const values = enumValuesFromDescription(description);
    return values ? { kind: "literal-union", values } : type;
  }
  if (type.kind === "array" && type.items.kind === "unknown") {
    const values = enumValuesFromDescription(description);
    return values ? arrayOf({ kind: "literal-union", values }) : type;
  }
  if (type.kind === "array") return arrayOf(withListedValues(type.items, description));
  return type;
}

function named(name: string): IrTypeRef {
  return { kind: "named", name };
}

function arrayOf(items: IrTypeRef): IrTypeRef {
  return { kind: "array", items };
}
