import { describe, expect, it } from "vitest";
import { encodeQuery } from "./query.js";

describe("encodeQuery", () => {
  it("sorts keys, writes booleans and numbers as text and drops undefined and null", () => {
    expect(encodeQuery({ withCustomData: true, userId: "u 1", userIdType: undefined, page: 2, gone: null })).toBe("?page=2&userId=u+1&withCustomData=true");
  });
  it("writes arrays as key[] pairs, so a one-item array stays an array", () => {
    expect(decodeURIComponent(encodeQuery({ ids: ["a", "b"] }))).toBe("?ids[]=a&ids[]=b");
    expect(decodeURIComponent(encodeQuery({ ids: ["a"] }))).toBe("?ids[]=a");
  });
  it("sends objects as JSON and encodes what would break the query", () => {
    expect(encodeQuery({ filter: { a: "x&y" } })).toBe(`?filter=${encodeURIComponent('{"a":"x&y"}')}`);
    expect(encodeQuery({ q: "a&b=c#d" })).toBe("?q=a%26b%3Dc%23d");
  });
  it("gives the empty string when nothing is sent", () => {
    expect(encodeQuery(undefined)).toBe("");
    expect(encodeQuery({})).toBe("");
    expect(encodeQuery({ a: undefined })).toBe("");
  });
});
