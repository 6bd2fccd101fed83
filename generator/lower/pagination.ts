import type { IrField, IrMethod, IrNamedType, IrObjectType, IrPagination, IrTypeRef } from "../ir.js";
import { PAGE_PARAMETERS, PAGE_SIZE_PARAMETERS, TOTAL_FIELD } from "../vocabulary.js";

/** How deep in a response the list of items may be (`data.list` is 2). */
const MAX_DEPTH = 3;

/**
 * Whether a method's results come a page at a time, read from its signature:
 * it takes a page number (`page`, `pageNo`…, a number), and its response holds
 * exactly one list next to, at most, a total count (`data: { list, totalCount }`).
 *
 * @param method A request method.
 * @param types The SDK's named types, by name.
 * @returns The pagination without its iterator's name (or null), and the
 *   types the rule read, so that a cache can tell when to decide again.
 */
export function paginationOf(method: IrMethod, types: ReadonlyMap<string, IrNamedType>): { pagination: Omit<IrPagination, "iteratorName"> | null; consulted: IrNamedType[] } {
  const consulted: IrNamedType[] = [];
  if (method.kind !== "request") return { pagination: null, consulted };
  const parameterType = objectNamed(method.parametersType, types, consulted);
  const parameters = parameterType?.fields ?? [];
  const page = parameters.find((field) => PAGE_PARAMETERS.includes(field.name) && isNumber(field.type));
  if (!page) return { pagination: null, consulted };
  const size = parameters.find((field) => PAGE_SIZE_PARAMETERS.includes(field.name) && isNumber(field.type));
  const list = listIn(method.returns, types, [], 0, consulted);
  if (!list) return { pagination: null, consulted };
  const parametersRequired = parameters.some((field) => field.required && field !== page);
  return { pagination: { pageParameter: page.name, sizeParameter: size?.name ?? null, parametersRequired, ...list }, consulted };
}

/** The one list of items in a response object, breadth first, with the total beside it. */
function listIn(type: IrTypeRef, types: ReadonlyMap<string, IrNamedType>, path: string[], depth: number, consulted: IrNamedType[]): Pick<IrPagination, "itemsPath" | "totalPath" | "itemType"> | null {
  const object = type.kind === "named" ? objectNamed(type.name, types, consulted) : null;
  if (!object || depth >= MAX_DEPTH) return null;
  const arrays = object.fields.filter((field) => field.type.kind === "array");
  if (arrays.length === 1 && arrays[0]!.type.kind === "array") {
    const total = object.fields.find((field) => TOTAL_FIELD.test(field.name) && isNumber(field.type));
    return { itemsPath: [...path, arrays[0]!.name], totalPath: total ? [...path, total.name] : null, itemType: arrays[0]!.type.items };
  }
  if (arrays.length > 1) return null;
  for (const field of object.fields) {
    const found = listIn(field.type, types, [...path, field.name], depth + 1, consulted);
    if (found) return found;
  }
  return null;
}

function objectNamed(name: string | null, types: ReadonlyMap<string, IrNamedType>, consulted: IrNamedType[]): IrObjectType | null {
  const type = name ? types.get(name) : undefined;
  if (type) consulted.push(type);
  return type?.kind === "object" ? type : null;
}

function isNumber(type: IrField["type"]): boolean {
  return type.kind === "primitive" && type.name === "number";
}
