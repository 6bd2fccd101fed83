import { valueAt } from "../../templates/runtime/pagination.js";
import type { IrPagination } from "../ir.js";

/**
 * A paged method's example result, served a page at a time: the example's
 * items stand for a list of the example's total count (its items repeated),
 * and each request gets the slice its page number and page size ask for.
 *
 * @param example The example result, parsed.
 * @param pagination Where the items and the total are.
 * @param parameters The request's parameters, typed.
 * @returns The example with that page's items.
 */
export function examplePage(example: unknown, pagination: IrPagination, parameters: unknown): unknown {
  const items = valueAt(example, pagination.itemsPath);
  if (!Array.isArray(items) || items.length === 0) return example;
  const reported = pagination.totalPath ? valueAt(example, pagination.totalPath) : undefined;
  const total = typeof reported === "number" && reported >= 0 ? Math.min(reported, 10_000) : items.length;
  const asked = (parameters ?? {}) as Record<string, unknown>;
  const page = positive(asked[pagination.pageParameter]) ?? 1;
  const size = (pagination.sizeParameter ? positive(asked[pagination.sizeParameter]) : undefined) ?? items.length;
  const start = (page - 1) * size;
  const slice = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, index) => items[(start + index) % items.length]);
  return withValueAt(example, pagination.itemsPath, slice);
}

function positive(value: unknown): number | undefined {
  const number = typeof value === "string" ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) && number > 0 ? number : undefined;
}

function withValueAt(value: unknown, path: readonly string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path;
  const object = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  return { ...object, [key!]: withValueAt(object[key!], rest, replacement) };
}
