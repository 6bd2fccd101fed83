import type { IrNamedType, IrObjectType, IrTypeRef } from "../ir.js";

/** Named types by name, as the validator looks them up. */
export type TypeTable = ReadonlyMap<string, IrNamedType>;

/**
 * Check a request's parameters against the documented parameter type, the way
 * the API's validation does: required fields present, no unknown fields
 * (unless the type is open), every value of its declared type.
 *
 * @param parameters The parsed body or the coerced query.
 * @param typeName The method's parameter type, or null when it takes none.
 * @param types Every named type of the IR.
 * @returns One message per problem, each naming the field; empty when valid.
 */
export function validateParameters(parameters: unknown, typeName: string | null, types: TypeTable): string[] {
  if (typeName === null) return isPlainObject(parameters) && Object.keys(parameters).length > 0 ? [`Unknown field \`${Object.keys(parameters)[0]}\`: this method takes no parameters`] : [];
  return checkValue(parameters, { kind: "named", name: typeName }, "", types);
}

function checkValue(value: unknown, type: IrTypeRef, where: string, types: TypeTable): string[] {
  const label = where === "" ? "The parameters" : `Field \`${where}\``;
  switch (type.kind) {
    case "unknown":
      return [];
    case "primitive":
      return typeof value === type.name && (type.name !== "number" || Number.isFinite(value)) ? [] : [`${label} must be a ${type.name}, got ${describe(value)}`];
    case "literal-union":
      return typeof value === "string" && type.values.includes(value) ? [] : [`${label} must be one of ${type.values.join(", ")}, got ${describe(value)}`];
    case "array":
      if (!Array.isArray(value)) return [`${label} must be an array, got ${describe(value)}`];
      return value.flatMap((item, index) => checkValue(item, type.items, `${where}[${index}]`, types));
    case "map":
      if (!isPlainObject(value)) return [`${label} must be an object, got ${describe(value)}`];
      return Object.entries(value).flatMap(([key, item]) => checkValue(item, type.values, joinPath(where, key), types));
    case "union":
      return type.types.some((member) => checkValue(value, member, where, types).length === 0) ? [] : [`${label} has the wrong type: ${describe(value)}`];
    case "named":
      return checkNamed(value, type.name, where, types);
  }
}

function checkNamed(value: unknown, name: string, where: string, types: TypeTable): string[] {
  const named = types.get(name);
  if (!named) return [];
  if (named.kind === "enum") return checkValue(value, { kind: "literal-union", values: named.members.map((member) => member.value) }, where, types);
  if (!isPlainObject(value)) return [`${where === "" ? "The parameters" : `Field \`${where}\``} must be an object, got ${describe(value)}`];
  return checkObject(value, named, where, types);
}

function checkObject(value: Record<string, unknown>, type: IrObjectType, where: string, types: TypeTable): string[] {
  const problems: string[] = [];
  const known = new Set(type.fields.map((field) => field.name));
  for (const field of type.fields) {
    const fieldValue = value[field.name];
    const path = joinPath(where, field.name);
    if (fieldValue === undefined || fieldValue === null) {
      if (field.required) problems.push(`Missing required field \`${path}\``);
      continue;
    }
    problems.push(...checkValue(fieldValue, field.type, path, types));
  }
  if (!type.open) {
    for (const key of Object.keys(value).sort()) if (!known.has(key)) problems.push(`Unknown field \`${joinPath(where, key)}\``);
  }
  return problems;
}

function joinPath(where: string, key: string): string {
  return where === "" ? key : `${where}.${key}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}` : `${typeof value} ${JSON.stringify(value)}`;
}
