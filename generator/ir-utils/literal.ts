import type { IrLiteral, IrTypeRef } from "../ir.js";

/** Cell text that means "no value". */
const EMPTY = new Set(["", "-", "—", "无", "none", "null"]);

/**
 * Read a default or example cell as a literal of the field's type.
 *
 * @param text Cell text.
 * @param type The field's type.
 * @returns The literal (a string when the text does not parse as the type), whether it fits the type, or null for an empty cell.
 */
export function readLiteral(text: string, type: IrTypeRef): { literal: IrLiteral; fits: boolean } | null {
  const written = unwrap(text);
  if (EMPTY.has(written.toLowerCase())) return null;
  const typed = parseAs(written, type);
  return typed === undefined
    ? { literal: { value: written, text: written }, fits: false }
    : { literal: { value: typed, text: written }, fits: true };
}

function unwrap(text: string): string {
  let value = text.trim();
  if (/^`[^`]*`$/.test(value)) value = value.slice(1, -1).trim();
  return value;
}

function parseAs(text: string, type: IrTypeRef): IrLiteral["value"] | undefined {
  switch (type.kind) {
    case "primitive":
      if (type.name === "number") return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text) ? Number(text) : undefined;
      if (type.name === "boolean") return booleanOf(text);
      return stringOf(text);
    case "literal-union": {
      const value = stringOf(text);
      return type.values.includes(value) ? value : undefined;
    }
    case "union":
      return jsonOf(text, "any") ?? text;
    case "array":
    case "map":
    case "named":
      return jsonOf(text, type.kind === "array" ? "array" : "object");
    case "unknown":
      return jsonOf(text, "any") ?? text;
  }
}

function booleanOf(text: string): boolean | undefined {
  const word = text.toLowerCase();
  if (word === "true" || word === "是") return true;
  if (word === "false" || word === "否") return false;
  return undefined;
}

function stringOf(text: string): string {
  const quoted = /^"(.*)"$/s.exec(text) ?? /^'(.*)'$/s.exec(text);
  return quoted?.[1] ?? text;
}

function jsonOf(text: string, shape: "array" | "object" | "any"): IrLiteral["value"] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (shape === "array" && !Array.isArray(value)) return undefined;
    if (shape === "object" && (typeof value !== "object" || value === null)) return undefined;
    return value as IrLiteral["value"];
  } catch {
    return undefined;
  }
}
