import { describe, expect, it } from "vitest";
import { decodePage } from "../../generator/cli/decode-page.js";

describe("decodePage", () => {
  const text = "# 删除账号\n\n`AuthenticationClient.deleteAccount`\n";
  it("reads UTF-8, with or without a byte-order mark", () => {
    expect(decodePage(Buffer.from(text, "utf8"), "a.md")).toBe(text);
    expect(decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]), "a.md")).toBe(text);
  });
  it("reads UTF-16 in either byte order when a byte-order mark says so", () => {
    expect(decodePage(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]), "a.md")).toBe(text);
    const bigEndian = Buffer.from(text, "utf16le").swap16();
    expect(decodePage(Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]), "a.md")).toBe(text);
  });
  it("refuses bytes that are not text, naming the file, line and column of the first bad one", () => {
    expect(() => decodePage(Buffer.concat([Buffer.from("# A\nab", "utf8"), Buffer.from([0xc3, 0x28])]), "docs/a.md")).toThrow(/^docs\/a\.md:2:3: error: Unexpected bytes that are not UTF-8/);
    expect(() => decodePage(Buffer.from("# A\n\u0000\u0001", "utf8"), "docs/b.md")).toThrow(/^docs\/b\.md:2:1: error: Unexpected NUL character/);
  });
});
