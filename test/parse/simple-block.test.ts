import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockAt } from "../../generator/parse/block-template.js";
import { parseMarkdown } from "../../generator/parse/markdown.js";
import { simpleBlockNodes } from "../../generator/parse/simple-block.js";

/** Starts of a line: headings and near headings, paragraphs, and the starts of other blocks. */
const STARTS = ["", "# ", "## ", "###### ", "####### ", "#", "#\t", " # ", "a", "用户", "Z", "`", "``", "```", "~~~", "1. ", "1) ", "12", "- ", "-", "* ", "+ ", "> ", ">", "<div>", "<!-- ", "<a>", "| ", "=", "---", "***", "___", "[x]: y", "[", "    ", " ", "\u3000", "\u00a0", "😀", "\t"];
const HEADING_STARTS = ["# ", "## ", "### ", "###### ", "#  "];
/** The rest of a line: what inline text has, and what ends a heading or a paragraph. */
const REST = ["a", " ", "  ", "用户", "。", "`x`", "` a `", "[a](#b)", "**a**", "**", "`", "<br>", "</a>", '<a id="X">', "*", "_", "a_b", "[", "]", "!", "#", " #", " ##", "\\", "&amp;", "\t", "|", "=", "-", ":"];

describe("simple one-line blocks", () => {
  it("are read into the nodes micromark makes of them, whenever simpleBlockNodes reads them", () => {
    let headings = 0;
    let paragraphs = 0;
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...HEADING_STARTS), fc.constantFrom(...STARTS)), fc.array(fc.constantFrom(...REST), { maxLength: 8 }), (start, rest) => {
        const text = start + rest.join("");
        const templates = simpleBlockNodes(text);
        if (templates === null) return;
        if (templates[0]!.fields.type === "heading") headings++;
        else paragraphs++;
        // A plain block is followed by a blank line on its page.
        expect(blockAt(templates, 4, 20)).toEqual(parseMarkdown(`x\n\n${" ".repeat(16)}\n${text}\n\ny\n`).children.slice(1, -1));
      }),
      { numRuns: Number(process.env.DOC2SDK_PASS_RUNS ?? 3000) },
    );
    // The property held for headings and paragraphs that were read, not only vacuously.
    expect(headings).toBeGreaterThan(30);
    expect(paragraphs).toBeGreaterThan(30);
  });

  it("are one-line headings and paragraphs of simple inline text; anything else is parsed", () => {
    expect(simpleBlockNodes('### <a id="UserDto"></a> UserDto')).toMatchObject([{ fields: { type: "heading", depth: 3 }, children: [{ fields: { type: "html" } }, { fields: { type: "html" } }, { fields: { type: "text", value: " UserDto" } }] }]);
    expect(simpleBlockNodes("`AuthenticationClient.getUser`")).toMatchObject([{ fields: { type: "paragraph" }, children: [{ fields: { type: "inlineCode", value: "AuthenticationClient.getUser" } }] }]);
    for (const text of ["# Title #", "#Title", "Two\nlines", "- item", "> quote", "```ts", "1. one", "Trailing ", "**bold**", "[x](y)", "<div>", "| a |"]) expect(simpleBlockNodes(text), text).toBeNull();
  });
});
