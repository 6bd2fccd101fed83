import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { Root } from "mdast";
import { describe, expect, it } from "vitest";
import { markdownPassParser } from "../../generator/parse/markdown-pass.js";
import { parseMarkdown } from "../../generator/parse/markdown.js";
import { parsePageTree } from "../../generator/parse/page-tree.js";
import { findSeparableBlocks } from "../../generator/parse/separable-blocks.js";
import { CORPUS, ROOT } from "../support/paths.js";

/** Markdown files under a folder, sorted. */
function pagesUnder(folder: string): { file: string; text: string }[] {
  return (readdirSync(folder, { recursive: true }) as string[])
    .filter((file) => /\.(md|mdx|txt|html)$/.test(file))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(folder, file), "utf8") }));
}

const HEADERS = ["| Name | Type | Description |", "| a | b |", "|x|y|z|", "| 名称 | 类型 | 描述 |", "| only |", "a | b", "| a | b |   ", "| a || b |", "|", "| |", "| a \\| b |", "| x | y", "| `c|d` |", "| <div>Req</div> |\tx |"];
const SEPARATORS = ["| --- | --- | --- |", "| - | - |", "|:-|-:|:-:|", "| ---- |", "|---|---|", "--- | ---"];
const CELLS = [" name ", " `string` ", " 用户 ID ", " see [UserDto](#UserDto) ", " a<br>b ", " x \\| y ", " *em* ", " `unclosed ", " <a id=\"X\"></a> ", " &amp; ", " [ref] ", " <!-- ", "\tTab\t", "", " - ", " a \\\\", "\\\\| x", "  ", " `a\\|b` ", "<br/>"];
const row = fc.array(fc.constantFrom(...CELLS), { minLength: 0, maxLength: 4 }).chain((cells) =>
  fc.constantFrom(`|${cells.join("|")}|`, `|${cells.join("|")}`, `|${cells.join("|")}|   `, `|${cells.join("|")}|\t`, ` |${cells.join("|")}|`, `   |${cells.join("|")}`, `    |${cells.join("|")}|`, `\t|${cells.join("|")}|`),
);
const table = fc.tuple(fc.constantFrom(...HEADERS), fc.constantFrom(...SEPARATORS), fc.array(row, { maxLength: 5 })).map(([header, separator, rows]) => [header, separator, ...rows].join("\n"));
/** Blocks and lines that can tie a table to its page, or sit beside one. */
const OTHER = [
  "",
  "",
  "# Title",
  "## Section",
  "Some text.",
  "Text right above",
  "Setext\n===",
  "***",
  "- item",
  "- item\n\n  | a | b |\n  | - | - |",
  "1. one\n   | a |",
  "> | a | b |\n> | - | - |",
  "> quote",
  "    indented code",
  "```\n| a | b |\n| - | - |\n```",
  "~~~js\n| a |\n| - |",
  "```",
  "```\ncode | x\n\n| a |\n| - |\n\n```",
  "```js`x\n| a |",
  "````\n```\n````",
  "- item\n  ```\n  code\n```",
  "```\n```",
  "~~~ info\n~~~",
  "   ```\n   indented\n  ```",
  "```\n    four spaces\n\ttab\n```",
  "> ```\n> quoted\n```",
  "<!--\n\n| a | b |\n| - | - |\n\n-->",
  "<!-- one line -->",
  "<pre>\n\n| a |\n| - |\n</pre>",
  "<div>\n| a |\n| - |\n</div>",
  "<?php\n\n| a |\n| - |\n?>",
  "[ref]: https://example.com",
  "lazy line after a table",
  "| stray | row |",
  "\r",
  // Plain blocks and what could tie one to its neighbours.
  "Two lines\nof text.",
  "Hard break  \nnext",
  "<LastUpdated />",
  "> Generated from the API.\n> Follow it.",
  "> a\n> - b",
  "Para\n---",
  "* * *",
  "1) one",
  "Text\n- item",
  "# Title\n    code",
  "    more code",
  "<!-- a -->\ntext",
  "<!-->\n\n- x\n\n-->",
  "Text\n```\ncode\n```",
  "```js title\n\n```",
  "<div>\n\n</div>",
  "\\# escaped `code` **bold** <span>x</span>",
  // One-line headings and paragraphs read without micromark (simple-block.ts), and ones that are not.
  '### <a id="UserDto"></a> UserDto',
  "`AuthenticationClient.getUser`",
  "Use **Send SMS** and [codes](https://x.y/c), `none`<br>",
  "## 请求参数",
  "# Title #",
  "**bold** start",
  "\t",
  "  ",
  "\u0000 nul",
];
const block = fc.oneof({ weight: 2, arbitrary: table }, { weight: 3, arbitrary: fc.constantFrom(...OTHER) });
const page = fc.tuple(fc.constantFrom("", "---\ntitle: x\n---\n", "---\ntitle: x\n", "--- \n"), fc.array(block, { maxLength: 10 }), fc.constantFrom("", "\n")).map(([front, blocks, end]) => front + blocks.join("\n") + end);

describe("markdownPassParser", () => {
  it("gives parseMarkdown's trees, positions included, for every page of a pass (generated pages sharing rows)", () => {
    fc.assert(
      fc.property(fc.array(page, { minLength: 1, maxLength: 4 }), (pages) => {
        const parse = markdownPassParser();
        for (const text of pages) expect(parse(text)).toEqual(parseMarkdown(text));
      }),
      { numRuns: Number(process.env.DOC2SDK_PASS_RUNS ?? 400) },
    );
  });

  it("gives the same trees as parseMarkdown on the shared corpus, the seeds and docs-input, in every rendering", () => {
    const pages = [...pagesUnder(CORPUS), ...pagesUnder(path.join(CORPUS, "..", "seeds")), ...pagesUnder(path.join(ROOT, "docs-input"))];
    expect(pages.length).toBeGreaterThan(100);
    const parse = markdownPassParser();
    for (const { file, text } of pages) expect(parsePageTree(text, file, parse), file).toEqual(parsePageTree(text, file));
  });

  it("parses a row or a cell's text seen before in the pass no more, and gives each page its own copy", () => {
    const given: string[] = [];
    const parse = markdownPassParser((markdown) => (given.push(markdown), parseMarkdown(markdown)));
    const header = "| Name | Type |\n| --- | --- |";
    const first = `# A\n\n${header}\n| id | \`string\` |\n| name | string |\n`;
    const second = `# B\n\nText.\n\n${header}\n| name | string |\n| *age* | *number* |\n| email | text |\n\n## End\n`;
    const firstTree = parse(first);
    given.length = 0;
    const secondTree = parse(second);
    // Only the new rows' new cells are parsed, each in a row of its own; simple ones (simple-inline.ts: plain text, code spans and HTML tags) not at all.
    expect(given.join("\n")).toContain("| *age* |\n| *number* |");
    expect(given.join("\n")).not.toMatch(/\| (name|string|email|text) \|/);
    // Nor is a header seen before; and a row seen under one header is not parsed again under another.
    expect(given.join("\n")).not.toContain("| Name | Type |");
    const third = "| *Field* | *Kind* | Notes |\n|:-|-:|:-:|\n| age | number |\n|  id  |`string`|\tx |\n";
    given.length = 0;
    expect(parse(third)).toEqual(parseMarkdown(third));
    // A new header is parsed as its shape (its cells' texts do not change the table), its texts as cells.
    expect(given.join("\n")).toContain("| x | x | x |\n|:-|-:|:-:|");
    expect(given.join("\n")).toMatch(/\| \*Field\* \|\n\| \*Kind\* \|/);
    expect(given.join("\n")).not.toContain("Notes");
    expect(given.join("\n")).not.toMatch(/\| (age|number|id) \|/);
    // A row with a tab is parsed whole (micromark counts a tab to the next tab stop).
    expect(given.join("\n")).toContain("|  id  |`string`|\tx |");
    expect(secondTree).toEqual(parseMarkdown(second));
    // Moving one page's nodes (as remapLines does) leaves the rows the pass keeps, and so the next page, alone.
    moveEveryNode(firstTree);
    moveEveryNode(secondTree);
    expect(parse(second)).toEqual(parseMarkdown(second));
    expect(parse(first)).toEqual(parseMarkdown(first));
  });

  it("parses a plain block or a code block's fences seen before in the pass no more, and a page of such blocks in one parse", () => {
    const given: string[] = [];
    const parse = markdownPassParser((markdown) => (given.push(markdown), parseMarkdown(markdown)));
    const notice = "> Generated from the API reference.\n> Do not edit.";
    const first = `# Delete the account\n\n${notice}\n\n\`\`\`ts title\nconst a = 1;\n\`\`\`\n`;
    const second = `# Update *the* account\n\n${notice}\n\n\`\`\`ts title\nconst b = [\n\n  2];\n\`\`\`\n\n- a list\n`;
    expect(parse(first)).toEqual(parseMarkdown(first));
    expect(given).toHaveLength(1);
    given.length = 0;
    expect(parse(second)).toEqual(parseMarkdown(second));
    const read = given.join("\n");
    expect(read).toContain("# Update *the* account");
    expect(read).not.toContain("Do not edit");
    expect(read).not.toContain("```ts title");
    expect(read).not.toContain("const b");
    // The list is not a separable block: it is parsed with a stand-in for the rest.
    expect(read).toContain("- a list");
  });

  it("forgets its rows when it holds too many, and still gives the same trees", () => {
    const header = "| Name | Type |\n| --- | --- |";
    const pageOf = (from: number, count: number) => `# P\n\n${header}\n${Array.from({ length: count }, (_, index) => `| *field${from + index}* | string |`).join("\n")}\n`;
    const given: string[] = [];
    const parse = markdownPassParser((markdown) => (given.push(markdown), parseMarkdown(markdown)));
    for (let from = 0; from < 5000; from += 1000) parse(pageOf(from, 1000));
    given.length = 0;
    const again = pageOf(0, 3);
    expect(parse(again)).toEqual(parseMarkdown(again));
    // The first rows were forgotten, so they are parsed again.
    expect(given.join("\n")).toContain("| *field0* |");
  });

  it("parses a page whole when something could tie its tables to the rest of it", () => {
    const given: string[] = [];
    const parse = markdownPassParser((markdown) => (given.push(markdown), parseMarkdown(markdown)));
    const reads = ["| a |\n| - |\n| [x] |\n\n[x]: https://example.com\n", "| a |\r\n| - |\r\n| b |\r\n", "\uFEFF# T\n\n| a |\n| - |\n", "# T\n\n```\na\u0000b\n```\n"];
    for (const text of reads) {
      given.length = 0;
      expect(parse(text)).toEqual(parseMarkdown(text));
      expect(given).toEqual([text]);
    }
  });
});

describe("findSeparableBlocks", () => {
  const lines = (text: string) => text.split("\n");
  it.each([
    ["a table after a blank line, closed by a blank line", "x\n\n| a |\n| - |\n| b |\n\ny", [{ first: 2, last: 4 }]],
    ["a table closed by a heading or the end", "| a |\n| - |\n## H\n\n| c |\n| - |\n| d |", [{ first: 0, last: 1 }, { first: 4, last: 6 }]],
    ["a table right under a paragraph line (it could be the paragraph's)", "text\n| a |\n| - |", []],
    ["a table with a lazy row", "| a |\n| - |\n| b |\nlazy", []],
    ["a table in fenced code", "```\n\n| a |\n| - |\n```\n\n| c |\n| - |", [{ first: 6, last: 7 }]],
    ["a table in an HTML comment over blank lines", "<!--\n\n| a |\n| - |\n\n-->\n\n| c |\n| - |", [{ first: 7, last: 8 }]],
    ["a table right after front matter", "---\nk: v\n---\n| a |\n| - |", [{ first: 3, last: 4 }]],
    ["a table without a leading pipe", "a | b\n--- | ---", []],
    ["body rows indented up to three spaces (four end the table: it then has a lazy line)", "| a |\n| - |\n | b |\n   | c |\n\n| d |\n| - |\n    | e |", [{ first: 0, last: 3 }]],
  ])("%s", (_name, text, expected) => {
    expect(findSeparableBlocks(lines(text))?.tables).toEqual(expected);
  });

  it.each([
    ["a closed fence that starts its line", "x\n```js\n| a |\n```\n~~~\n~~~", [{ first: 1, last: 3 }, { first: 4, last: 5 }]],
    ["a fence closed by a longer fence, not by a shorter one or one with text after it", "````\n```\n```` x\n`````", [{ first: 0, last: 3 }]],
    ["an indented fence (a list may hold it) and a fence that never closes", "- a\n  ```\n  b\n  ```\n\n```\nopen", []],
    ["a backtick fence whose info string has a backtick (no fence)", "```a`b\n| a |\n```\nc\n```", [{ first: 2, last: 4 }]],
  ])("code: %s", (_name, text, expected) => {
    expect(findSeparableBlocks(lines(text))?.codes).toEqual(expected);
  });

  it.each([
    ["headings, paragraphs, quotes and HTML between blank lines", "# T\n\nText\nmore\n\n> q\n\n<X />\n", [{ first: 0, last: 0 }, { first: 2, last: 3 }, { first: 5, last: 5 }, { first: 7, last: 7 }]],
    ["a comment over blank lines, followed by a blank line", "<!--\n\nx\n-->\n\n<!-- y -->\n", [{ first: 0, last: 3 }, { first: 5, last: 5 }]],
    ["not a block that a list item, an indented line or a fence is in", "- a\n\nText\n- b\n\nT\n    c\n\nT\n```\n```\n", []],
    ["not a block on the page's last line (no line ending after it)", "a\nb\n\nc", [{ first: 0, last: 1 }]],
    ["not a comment that shares its line's neighbours", "x\n<!--\n-->\n\n<!--\n-->\ny\n", []],
  ])("plain: %s", (_name, text, expected) => {
    expect(findSeparableBlocks(lines(text))?.plain).toEqual(expected);
  });

  it("gives null for front matter that never closes", () => {
    expect(findSeparableBlocks(lines("---\nk: v\n\n| a |\n| - |"))).toBeNull();
  });
});

/** Move every node of a tree one line down, in place. */
function moveEveryNode(tree: Root): void {
  const move = (node: { position?: { start: { line: number }; end: { line: number } }; children?: unknown[] }): void => {
    if (node.position) {
      node.position.start.line += 1;
      node.position.end.line += 1;
    }
    for (const child of node.children ?? []) move(child as typeof node);
  };
  move(tree);
}
