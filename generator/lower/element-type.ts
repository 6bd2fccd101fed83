import type { IrNamedType, IrTypeRef } from "../ir.js";
import { referencedNames } from "../ir-utils/type-walk.js";

/**
 * The element type a sample value shows for an array typed only `array`:
 * `["parentId1","parentId2"]` is `string`, `[1, 2]` is `number`.
 *
 * @param sample The sample or example text, with or without backticks.
 * @returns The primitive element type, or null when the sample shows none (not an array, empty, mixed, or objects).
 */
export function elementTypeFromSample(sample: string): IrTypeRef | null {
  const text = sample.replace(/^`+|`+$/g, "").trim();
  if (!text.startsWith("[")) return null;
  try {
    return primitiveElementOf(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * The one primitive type of every element of an array value.
 *
 * @param value A value from an example.
 * @returns The element type, or null when the value is not such an array.
 */
export function primitiveElementOf(value: unknown): IrTypeRef | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const kinds = new Set(value.map((item) => typeof item));
  if (kinds.size !== 1) return null;
  const kind = [...kinds][0];
  return kind === "string" || kind === "number" || kind === "boolean" ? { kind: "primitive", name: kind } : null;
}

/** Whether a type is an array whose elements the table left open. */
export function isOpenArray(type: IrTypeRef): boolean {
  return type.kind === "array" && type.items.kind === "unknown";
}

/**
 * Type an open array (or an untyped object) of the response table with the one
 * DTO the page defines but never links: pages that return a list often give
 * its element's table under Data structure without a link to it.
 *
 * @param types The types the page defines.
 * @param responseName The response type's name, or null.
 * @returns The types, with the response refined when exactly one field and one DTO fit.
 */
export function linkLoneDto(types: readonly IrNamedType[], responseName: string | null): IrNamedType[] {
  const response = types.find((type) => type.name === responseName);
  if (!response || response.kind !== "object") return [...types];
  const linked = new Set(types.flatMap((type) => (type.kind === "object" ? type.fields.flatMap((field) => referencedNames(field.type)) : [])));
  const unlinked = types.filter((type) => type !== response && !linked.has(type.name));
  const open = response.fields.filter((field) => isOpenArray(field.type) || isUntypedObject(field.type));
  if (unlinked.length !== 1 || open.length !== 1) return [...types];
  const target = { kind: "named", name: unlinked[0]!.name } as const;
  const fields = response.fields.map((field) => (field === open[0] ? { ...field, type: isOpenArray(field.type) ? { kind: "array" as const, items: target } : target } : field));
  return types.map((type) => (type === response ? { ...response, fields } : type));
}

function isUntypedObject(type: IrTypeRef): boolean {
  return type.kind === "map" && type.values.kind === "unknown";
}

/**
 * The last rule for an array the page leaves open: string elements. Reference
 * pages generated from an API definition name the element type of every array
 * of objects (a link, "Nested type: X"), so an array that names none, shows no
 * sample and lists no values holds primitives, and string is what those are.
 *
 * @param type A field's type.
 * @returns `string[]` for an open array, else the type unchanged.
 */
export function closeOpenArray(type: IrTypeRef): IrTypeRef {
  return isOpenArray(type) ? { kind: "array", items: { kind: "primitive", name: "string" } } : type;
}

/**
 * `closeOpenArray` over the fields of object types.
 *
 * @param types Types to close.
 * @returns The types, with copies where a field changed.
 */
export function closeOpenArrays<T extends IrNamedType>(types: readonly T[]): T[] {
  return types.map((type) => {
    if (type.kind !== "object" || !type.fields.some((field) => isOpenArray(field.type))) return type;
    return { ...type, fields: type.fields.map((field) => (isOpenArray(field.type) ? { ...field, type: closeOpenArray(field.type) } : field)) };
  });
}
