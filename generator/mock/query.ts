import type { IrTypeRef } from "../ir.js";
import type { TypeTable } from "../ir-utils/validate-values.js";

/** A query string as the API's parser reads it: `key[]=` pairs become arrays, other keys keep their last value. */
export type RawQuery = Record<string, string | string[]>;

/**
 * Read a query string: `ids[]=a&ids[]=b` gives `{ ids: ["a", "b"] }`.
 *
 * @param search The URL's search parameters.
 * @returns The raw values, as text.
 */
export function readQuery(search: URLSearchParams): RawQuery {
  const query: RawQuery = {};
  for (const [key, value] of search) {
    if (key.endsWith("[]")) {
      const name = key.slice(0, -2);
      const existing = query[name];
      query[name] = Array.isArray(existing) ? [...existing, value] : [value];
    } else {
      query[key] = value;
    }
  }
  return query;
}

/**
 * Turn query text into the documented types where the text reads as them
 * (`"true"` → true, `"12"` → 12, JSON for objects), so validation can check them.
 *
 * @param query The raw query.
 * @param fieldTypes The parameter type's fields.
 * @param types Every named type.
 * @returns The typed parameters; text that does not read as its type stays text, for validation to report.
 */
export function typeQuery(query: RawQuery, fieldTypes: ReadonlyMap<string, IrTypeRef>, types: TypeTable): Record<string, unknown> {
  const typed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    const type = fieldTypes.get(key);
    typed[key] = type ? typeText(value, type, types) : value;
  }
  return typed;
}

function typeText(value: string | string[], type: IrTypeRef, types: TypeTable): unknown {
  if (Array.isArray(value)) return type.kind === "array" ? value.map((item) => typeText(item, type.items, types)) : value;
  switch (type.kind) {
    case "primitive":
      if (type.name === "boolean") return value === "true" ? true : value === "false" ? false : value;
      if (type.name === "number") return /^-?\d+(?:\.\d+)?$/.test(value) ? Number(value) : value;
      return value;
    case "named": {
      const named = types.get(type.name);
      return named?.kind === "object" ? parseJson(value) : value;
    }
    case "map":
    case "unknown":
      return parseJson(value);
    case "union":
      for (const member of type.types) {
        const typed = typeText(value, member, types);
        if (typed !== value) return typed;
      }
      return value;
    case "array":
    case "literal-union":
      return value;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
