import type { IrTypeRef } from "../ir.js";

/**
 * A canonical text for a type, used to compare definitions structurally.
 *
 * @param type A type reference.
 * @returns e.g. `string`, `Array<UserDto>`, `"a"|"b"`.
 */
export function typeKey(type: IrTypeRef): string {
  switch (type.kind) {
    case "primitive":
      return type.name;
    case "array":
      return `Array<${typeKey(type.items)}>`;
    case "named":
      return type.name;
    case "literal-union":
      return [...type.values].sort().map((value) => JSON.stringify(value)).join("|");
    case "map":
      return `Map<${typeKey(type.values)}>`;
    case "union":
      return type.types.map(typeKey).sort().join(" | ");
    case "unknown":
      return "unknown";
  }
}

/**
 * Names of the named types a type refers to.
 *
 * @param type A type reference.
 * @returns The names, possibly empty.
 */
export function referencedNames(type: IrTypeRef): string[] {
  if (type.kind === "named") return [type.name];
  if (type.kind === "array") return referencedNames(type.items);
  if (type.kind === "map") return referencedNames(type.values);
  if (type.kind === "union") return type.types.flatMap(referencedNames);
  return [];
}
