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
 * @returns The pagination without its iterator's name (or null), the types
 *   the rule read, so that a cache can tell when to decide again, and the
 *   names it looked up, found or not (a type defined later changes the answer too).
 */
export function paginationOf(method: IrMethod, types: ReadonlyMap<string, IrNamedType>): { pagination: Omit<IrPagination, "iteratorName"> | null; consulted: IrNamedType[]; lookedUp: string[] } {
  const consulted: IrNamedType[] = [];
  const lookedUp: string[] = [];
  const lookUp = (name: string | null): IrObjectType | null => {
    if (name) lookedUp.push(name);
    return objectNamed(name, types, consulted);
  };
  const decided = (pagination: Omit<IrPagination, "iteratorName"> | null) => ({ pagination, consulted, lookedUp });
  if (method.kind !== "request") return decided(null);
  const parameters = lookUp(method.parametersType)?.fields ?? [];
  const page = parameters.find((field) => PAGE_PARAMETERS.includes(field.name) && isNumber(field.type));
  if (!page) return decided(null);
  const size = parameters.find((field) => PAGE_SIZE_PARAMETERS.includes(field.name) && isNumber(field.type));
  const list = listIn(method.returns, lookUp, [], 0);
  if (!list) return decided(null);
  const parametersRequired = parameters.some((field) => field.required && field !== page);
  return decided({ pageParameter: page.name, sizeParameter: size?.name ?? null, parametersRequired, ...list });
}

/** The one list of items in a response object, breadth first, with the total beside it. */
function listIn(type: IrTypeRef, lookUp: (name: string) => IrObjectType | null, path: string[], depth: number): Pick<IrPagination, "itemsPath" | "totalPath" | "itemType"> | null {
  const object = type.kind === "named" ? lookUp(type.name) : null;
  if (!object || depth >= MAX_DEPTH) return null;
  const arrays = object.fields.filter((field) => field.type.kind === "array");
  if (arrays.length === 1 && arrays[0]!.type.kind === "array") {
    const total = object.fields.find((field) => TOTAL_FIELD.test(field.name) && isNumber(field.type));
    return { itemsPath: [...path, arrays[0]!.name], totalPath: total ? [...path, total.name] : null, itemType: arrays[0]!.type.items };
  }
  if (arrays.length > 1) return null;
  for (const field of object.fields) {
    const found = listIn(field.type, lookUp, [...path, field.name], depth + 1);
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
