import { readFileSync } from "node:fs";
import { glob } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { analyse } from "../../generator/analyse.js";
import { parsePage } from "../../generator/parse/page.js";
import { repairTables } from "../../generator/parse/table-repair.js";
import { CORPUS } from "../support/paths.js";
import { padShortRows, renderAsDocsSite } from "../support/render-html.js";

/** The IR without what must differ between two renderings of one page: places and file names. */
function withoutPlaces(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, item: unknown) => (["source", "usageSource", "place", "mergedFrom", "alsoDocumentedAt", "file"].includes(key) ? undefined : item)));
}

describe("HTML pages of a docs website", () => {
  it("give the same IR as the markdown they were rendered from, over the whole shared corpus", async () => {
    const files = (await glob("**/*.md", { cwd: CORPUS })).sort();
    const markdown = files.map((file) => ({ file, text: readFileSync(`${CORPUS}/${file}`, "utf8") }));
    // A site renders a table whose separator row is broken as text, which no reader can take back: render the mended source.
    const html = markdown.map((page) => ({ file: page.file.replace(/\.md$/, ".html"), text: renderAsDocsSite(repairTables(page.text).text, page.file) }));
    // A site renders a row that stops short with empty cells, and no reader of the HTML can tell it was cut off:
    // compare with the source as the HTML shows it (the rows the markdown cuts short are read differently, see example-result.ts).
    const fromMarkdown = analyse(markdown.map((page) => ({ ...page, text: padShortRows(page.text) }))).ir;
    expect(fromMarkdown.clients.flatMap((client) => client.methods).length).toBeGreaterThan(70);
    expect(withoutPlaces(analyse(html).ir)).toEqual(withoutPlaces(fromMarkdown));
  });

  it("drop the site's navigation, sidebar and footer, and keep positions in the HTML", () => {
    const page = renderAsDocsSite("# Close a session\n\nEnds it.\n\n## Method name\n\n`AuthenticationClient.closeSession`\n", "Docs");
    const { page: model, diagnostics } = parsePage(page, "site/close.html");
    expect(model.kind === "method" && model.method.method).toBe("closeSession");
    expect(model.description).toBe("Ends it.");
    expect(diagnostics).toEqual([]);
    expect(model.kind === "method" && model.method.place.start.line).toBe(page.split("\n").findIndex((line) => line.includes("closeSession")) + 1);
  });
});
