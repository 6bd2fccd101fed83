import type { IrTypeRef } from "../ir.js";

/**
 * Write a type reference as TypeScript.
 *
 * @param type A type from the IR.
 * @returns e.g. `string`, `UserDto[]`, `("a" | "b")[]`, `Record<string, unknown>`.
 */
export function typeText(type: IrTypeRef): string {
  switch (type.kind) {
    case "primitive":
      return type.name;
    case "named":
      return type.name;
    case "unknown":
      return "unknown";
    case "literal-union":
      return type.values.map((value) => JSON.stringify(value)).join(" | ");
    case "map":
      return `Record<string, ${typeText(type.values)}>`;
    case "union":
      return type.types.map(typeText).join(" | ");
    case "array": {
      const items = typeText(type.items);
      return /^[\w$.]+(\[\])*$/.test(items) ? `${items}[]` : `Array<${items}>`;
    }
  }
}
