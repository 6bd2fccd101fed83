import { describe, expect, it } from "vitest";
import { MAX_PAGES, paginate } from "./pagination.js";

const SHAPE = { firstPage: 1, items: ["data", "list"], total: ["data", "totalCount"], pageSize: 2 } as const;

/** A paged list of `count` numbers, `size` a page, counting the requests. */
function pagedApi(count: number, size: number, options: { total?: boolean } = {}) {
  const asked: number[] = [];
  const fetchPage = async (page: number) => {
    asked.push(page);
    const list = Array.from({ length: count }, (_, index) => index + 1).slice((page - 1) * size, page * size);
    return { statusCode: 200, data: options.total === false ? { list } : { list, totalCount: count } };
  };
  return { asked, fetchPage };
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const found: T[] = [];
  for await (const item of items) found.push(item);
  return found;
}

describe("paginate", () => {
  it("yields every item of every page, and stops at the total without asking for another page", async () => {
    const api = pagedApi(5, 2);
    expect(await all(paginate<number>(api.fetchPage, SHAPE))).toEqual([1, 2, 3, 4, 5]);
    expect(api.asked).toEqual([1, 2, 3]);
  });

  it("without a total, stops at a page shorter than the page size, or at an empty page", async () => {
    const short = pagedApi(3, 2, { total: false });
    expect(await all(paginate<number>(short.fetchPage, { ...SHAPE, total: null }))).toEqual([1, 2, 3]);
    expect(short.asked).toEqual([1, 2]);
    const even = pagedApi(4, 2, { total: false });
    expect(await all(paginate<number>(even.fetchPage, { ...SHAPE, total: null, pageSize: undefined }))).toEqual([1, 2, 3, 4]);
    expect(even.asked).toEqual([1, 2, 3]);
  });

  it("fetches a page only when the caller gets to it", async () => {
    const api = pagedApi(6, 2);
    for await (const item of paginate<number>(api.fetchPage, SHAPE)) if (item === 2) break;
    expect(api.asked).toEqual([1]);
  });

  it("stops after MAX_PAGES pages of an API that ignores the page number", async () => {
    let asked = 0;
    const stuck = async () => ({ data: { list: [asked++] } });
    const items = await all(paginate<number>(stuck, { ...SHAPE, total: null, pageSize: undefined }));
    expect(items).toHaveLength(MAX_PAGES);
  });

  it("passes a failed page's error to the caller", async () => {
    const failing = async (page: number) => {
      if (page === 2) throw new Error("rate limited");
      return { data: { list: [1, 2], totalCount: 9 } };
    };
    await expect(all(paginate<number>(failing, SHAPE))).rejects.toThrow("rate limited");
  });
});
