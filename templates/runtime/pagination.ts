/** Where a paged method's items and total are in each response, and how big a page is. */
export interface PageShape {
  /** The first page's number. */
  firstPage: number;
  /** Path to the items of a page, e.g. `["data", "list"]`. */
  items: readonly string[];
  /** Path to the total number of items, e.g. `["data", "totalCount"]`, or null. */
  total: readonly string[] | null;
  /** The page size asked for, when known: a shorter page is the last. */
  pageSize: number | undefined;
}

/** A bound on pages, so that an API that ignores the page number cannot loop forever. */
export const MAX_PAGES = 10_000;

/**
 * Every item of every page, each page fetched when the one before is used up.
 * It stops at an empty page, a page shorter than the page size, once the total
 * the API reports is reached, or after `MAX_PAGES` pages.
 *
 * @param fetchPage Fetches one page by its number.
 * @param shape Where the items and the total are.
 * @returns The items, one at a time.
 */
export async function* paginate<Item>(fetchPage: (page: number) => Promise<unknown>, shape: PageShape): AsyncGenerator<Item, void, undefined> {
  let seen = 0;
  for (let page = shape.firstPage; page < shape.firstPage + MAX_PAGES; page++) {
    const response = await fetchPage(page);
    const items = valueAt(response, shape.items);
    if (!Array.isArray(items) || items.length === 0) return;
    for (const item of items) yield item as Item;
    seen += items.length;
    const total = shape.total ? valueAt(response, shape.total) : undefined;
    if (typeof total === "number" && seen >= total) return;
    if (shape.pageSize !== undefined && items.length < shape.pageSize) return;
  }
}

/**
 * The value at a path of keys in parsed JSON.
 *
 * @param value Parsed JSON.
 * @param path Keys, outermost first.
 * @returns The value, or undefined when the path leads nowhere.
 */
export function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
