import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../generator/parse/markdown.js";
import { simpleInlineNodes } from "../../generator/parse/simple-inline.js";
import { nodeTemplate, rowOn, shifted, type RowTemplate } from "../../generator/parse/row-template.js";

/** What micromark makes of a cell's text: the children of the one cell of a row under a one-cell header. */
function cellChildren(text: string): unknown {
  const table = parseMarkdown(`| x |\n| - |\n| ${text} |\n`).children[0];
  if (table?.type !== "table" || table.children.length !== 2 || table.children[1]!.children.length !== 1) return null;
  return table.children[1]!.children[0]!.children;
}

/** The nodes `simpleInlineNodes` reads, put where that cell's text is (line 3, column 3). */
function keptChildren(text: string, nodes: readonly RowTemplate[]): unknown {
  const row = rowOn(nodeTemplate({ type: "tableRow" }, 1, text.length + 5, [nodeTemplate({ type: "tableCell" }, 1, text.length + 5, nodes.map((node) => shifted(node, 2)))]), 3, 12);
  return row.children[0]!.children;
}

/** Characters of every kind a description has, and every character that starts an inline construct. */
const CHARACTERS = ["a", "Z", "0", " ", "  ", "\u3000", "\u00a0", "用户", "，", "。", "😀", ".", ",", ":", ";", "'", '"', "(", ")", "-", "+", "=", "#", "$", "%", "^", "{", "}", "~", "/", "?", "@", ">", "http://x.y", "&", "&amp;", "*", "_", "<", "<b>", "[", "]", "](u)", "!", "\\", "`", "\u0000", "\u0001"];

/** Pieces of reference cells: words, code spans and HTML tags, and pieces that are near them or not them. */
const PIECES = [
  ...CHARACTERS,
  "user_id", "a__b", "_x", "x_", "__", "_a_", "a_用", "1_2",
  "`", "``", "```", "`none`", "` a `", "`  `", "` `", "`a``b`", "``a`b``", "`<br>`", "`*x*`", "`a_b`", "`[x](y)`", "` x`", "`x `",
  "<br>", "<br/>", "<br />", "</br>", "</a>", "</a >", "<a href=\"#UserDto\">", "<a href='#x' title=\"t\">", "<a href=#x>", "<div style=\"width:80px\">", "<x-y z>",
  "[a](b)", "[API codes](https://x.y/z?q=1#f)", "[ a ](#x)", "[](x)", "[a]()", "[a](<b>)", "[a](b \"t\")", "[a](b(c))", "![a](b)", "[a][b]", "[a]", "[`a`](b)", "[**a**](b)", "(x)", "](x)",
  "**", "**a**", "**用户**", "**Send SMS**", "** a**", "**a **", "***a***", "*a*", "__a__", "**a*", "**a_b**", "**a _b_ c**", "**a *b* c**", "**a `b` c**", "**\"a\"**", "**a.**", "**1**", "**😀**", "**。**", "**a**，", "a**b**c", "**a**b", "b**a**",
  "<a href=\"x\"title=\"y\">", "</a/>", "</a b>", "</ a>", "<a href= \"x\">", "<a/ >", "<a b=c=d>", "<1a>", "< a>", "<a\u3000b>", "<http://x.y>", "<a@b.c>", "<!-- c -->", "<?p?>", "<!X>", "<a", "</>", "<a href=\"`\">", "<a x='>'>",
];

describe("simple cell texts", () => {
  it("are read into the nodes micromark makes of them, whenever simpleInlineNodes reads them", () => {
    let read = 0;
    let withConstructs = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 }), (pieces) => {
        const text = pieces.join("").replace(/^ +| +$/g, "");
        fc.pre(text !== "");
        const nodes = simpleInlineNodes(text);
        if (nodes === null) return;
        read++;
        if (nodes.some((node) => node.fields.type !== "text")) withConstructs++;
        expect(keptChildren(text, nodes)).toEqual(cellChildren(text));
      }),
      { numRuns: Number(process.env.DOC2SDK_PASS_RUNS ?? 3000) },
    );
    // The property held for texts that were read, with code spans and tags among them, not only vacuously.
    expect(read).toBeGreaterThan(200);
    expect(withConstructs).toBeGreaterThan(100);
  });

  it("are plain text, code spans, HTML tags, plain links and plain strong emphasis; anything else is parsed", () => {
    expect(simpleInlineNodes("用户的唯一标识, e.g. 42 (or -1); see http://example.com wow!")).toHaveLength(1);
    expect(simpleInlineNodes("默认为 `none`。<br>- `rsa`: 加密 <a href=\"#UserDto\">UserDto</a>")?.map((node) => node.fields)).toEqual([
      { type: "text", value: "默认为 " },
      { type: "inlineCode", value: "none" },
      { type: "text", value: "。" },
      { type: "html", value: "<br>" },
      { type: "text", value: "- " },
      { type: "inlineCode", value: "rsa" },
      { type: "text", value: ": 加密 " },
      { type: "html", value: '<a href="#UserDto">' },
      { type: "text", value: "UserDto" },
      { type: "html", value: "</a>" },
    ]);
    expect(simpleInlineNodes("user_id or `_x_`")?.map((node) => node.fields.type)).toEqual(["text", "inlineCode"]);
    expect(simpleInlineNodes("see [API codes](https://x.y/codes) and **Send SMS**")?.map((node) => node.fields.type)).toEqual(["text", "link", "text", "strong"]);
    for (const text of ["a *b*", "_a_", "a_", "[x](y z)", "![i](y)", "**a **", "***a***", "a\\|b", "&amp;", "x]", "a\u0000", "see [x", "`open", "<http://x.y>", "<!-- c -->", "a < b"]) expect(simpleInlineNodes(text), text).toBeNull();
  });
});
