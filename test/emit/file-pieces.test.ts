import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTemplates } from "../../generator/cli/files.js";
import { clientFileView, functionsFileView } from "../../generator/emit/client-file.js";
import { piecedFile, sameContent, withFinalNewline } from "../../generator/emit/file-pieces.js";
import { frameOf, interleaved, itemsAt, render, skeletonOf, type ItemsPath } from "../../generator/emit/templates.js";
import { readmeLineText, readmeView } from "../../generator/emit/package-files.js";
import { DEFAULT_PROFILE } from "../../generator/profile/index.js";
import { analyseFolders } from "../support/analyse-folder.js";
import { ROOT } from "../support/paths.js";

const templates = await loadTemplates(path.join(ROOT, "templates"));
const { ir } = await analyseFolders("docs-input");

/** A file in pieces, as emit makes it: the skeleton's texts with the items in their places, or the file rendered whole. */
function renderPieces(template: string, view: object, path: ItemsPath): string[] {
  const skeleton = skeletonOf(template, view, path);
  return skeleton ? interleaved(skeleton, itemsAt(view, path) as string[]) : [render(template, view)];
}

describe("files of items: skeletonOf and interleaved", () => {
  it("gives the client and functions modules of every client in pieces that join into the rendered text", () => {
    for (const client of ir.clients) {
      const classView = clientFileView(client, templates, "docs-input");
      const classPieces = renderPieces(templates.client, classView, ["methods"]);
      expect(classPieces.join("")).toBe(render(templates.client, classView));
      for (const method of classView.methods) expect(classPieces).toContain(method);
      const functionsView = functionsFileView(client, templates, "docs-input");
      const functionPieces = renderPieces(templates.functions, functionsView, ["functions"]);
      expect(functionPieces.join("")).toBe(render(templates.functions, functionsView));
      for (const text of functionsView.functions) expect(functionPieces).toContain(text);
      expect(functionPieces.every((piece) => piece !== "")).toBe(true);
    }
  });

  it("gives the README in pieces, a line of its method reference each, that join into the rendered text", () => {
    const view = readmeView(ir, { name: "@acme/sdk", version: "1.0.0", title: "Acme" }, "docs-input", DEFAULT_PROFILE.usage, (method) => readmeLineText(method, templates));
    const pieces = renderPieces(templates.readme, view, ["methodGroups", "lines"]);
    expect(pieces.join("")).toBe(render(templates.readme, view));
    const lines = itemsAt(view, ["methodGroups", "lines"]) as string[];
    expect(lines).toHaveLength(ir.clients.reduce((count, client) => count + client.methods.length, 0));
    for (const line of lines) expect(pieces).toContain(line);
    expect(lines[0]).toMatch(/^- `\w+`: .+ \(`docs-input\/.+\.md:\d+`\)$/);
    expect(frameOf(view, ["methodGroups", "lines"])).toMatchObject({ methodGroups: expect.arrayContaining([expect.objectContaining({ lines: expect.any(Number) })]) });
  });

  it("renders whole when the markers do not come back once each (text elsewhere in the view that looks like one), or an item is empty", () => {
    const template = "{{header}}\n{{#each items}}[{{this}}]\n{{/each}}";
    expect(skeletonOf(template, { header: "h", items: ["a", "b"] }, ["items"])).toEqual(["h\n[", "]\n[", "]\n"]);
    expect(renderPieces(template, { header: "h", items: ["a", "b"] }, ["items"])).toEqual(["h\n[", "a", "]\n[", "b", "]\n"]);
    expect(skeletonOf(template, { header: "\u00000\u0000", items: ["a", "b"] }, ["items"])).toBeNull();
    expect(skeletonOf(template, { header: "h", items: ["a", ""] }, ["items"])).toBeNull();
    expect(skeletonOf(template, { header: "h", groups: "a" }, ["groups", "items"])).toBeNull();
    expect(renderPieces(template, { header: "\u00000\u0000", items: ["a", "b"] }, ["items"])).toEqual([render(template, { header: "\u00000\u0000", items: ["a", "b"] })]);
    expect(renderPieces(template, { header: "h", items: ["a", ""] }, ["items"])).toEqual(["h\n[a]\n[]\n"]);
    expect(renderPieces(template, { header: "h", items: [] }, ["items"])).toEqual(["h\n"]);
  });
});

describe("files in pieces", () => {
  it("equal the plain file of their text, join it only when it is read, and compare piece by piece", () => {
    const pieces = ["a", "b", "c\n"];
    const file = piecedFile("src/x.ts", pieces);
    expect(file.pieces).toBe(pieces);
    expect(file).toEqual({ path: "src/x.ts", text: "abc\n" });
    expect(piecedFile("src/x.ts", ["abc\n"])).toEqual({ path: "src/x.ts", text: "abc\n" });
    expect(piecedFile("src/x.ts", ["abc\n"]).pieces).toBeUndefined();
    expect(sameContent(file, piecedFile("src/x.ts", ["a", "b", "c\n"]))).toBe(true);
    expect(sameContent(file, piecedFile("src/x.ts", ["a", "B", "c\n"]))).toBe(false);
    expect(sameContent(file, { path: "src/x.ts", text: "abc\n" })).toBe(true);
    expect(withFinalNewline(file)).toBe(file);
    expect(withFinalNewline(piecedFile("src/x.ts", ["a", "b"]))).toEqual({ path: "src/x.ts", text: "ab\n" });
    expect(withFinalNewline({ path: "y", text: "z" })).toEqual({ path: "y", text: "z\n" });
  });
});
