import type { IrNamedType, IrTypeRef } from "../ir.js";

/**
 * Whether every value of type `inner` is also a value of type `outer`, as far
 * as the IR can tell: `unknown` holds everything, a union holds its members,
 * `string` holds any literal union, a literal union holds a subset of its
 * values, arrays and maps compare their items, and a named enum compares its
 * members with a literal union. A named type fits a type of the same name
 * (changes inside it are compared type by type); different named objects are unrelated.
 *
 * @param inner The type whose values are checked.
 * @param outer The type they must fit.
 * @param innerTypes Named types `inner` refers to, to see enums' members.
 * @param outerTypes Named types `outer` refers to.
 * @returns True when `inner` fits in `outer`.
 */
export function fitsIn(
  inner: IrTypeRef,
  outer: IrTypeRef,
  innerTypes: ReadonlyMap<string, IrNamedType> = new Map(),
  outerTypes: ReadonlyMap<string, IrNamedType> = innerTypes,
): boolean {
  const fits = (a: IrTypeRef, b: IrTypeRef): boolean => fitsIn(a, b, innerTypes, outerTypes);
  if (outer.kind === "unknown") return true;
  if (inner.kind === "named" && outer.kind === "named" && inner.name === outer.name) return true;
  if (inner.kind === "union") return inner.types.every((member) => fits(member, outer));
  if (outer.kind === "union") return outer.types.some((member) => fits(inner, member));
  const innerValues = stringValues(inner, innerTypes);
  const outerValues = stringValues(outer, outerTypes);
  if (innerValues && outerValues) return innerValues.every((value) => outerValues.includes(value));
  if (innerValues && outer.kind === "primitive" && outer.name === "string") return true;
  switch (inner.kind) {
    case "primitive":
      return outer.kind === "primitive" && outer.name === inner.name;
    case "array":
      return outer.kind === "array" && fits(inner.items, outer.items);
    case "map":
      return outer.kind === "map" && fits(inner.values, outer.values);
    default:
      return false;
  }
}

/** The allowed strings of a literal union or an enum, or null for any other type. */
function stringValues(type: IrTypeRef, types: ReadonlyMap<string, IrNamedType>): string[] | null {
  if (type.kind === "literal-union") return type.values;
  if (type.kind !== "named") return null;
  const named = types.get(type.name);
  return named?.kind === "enum" ? named.members.map((member) => member.value) : null;
}
