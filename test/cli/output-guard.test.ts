import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { outputFolderRefusal } from "../../generator/cli/output-guard.js";
import { MANIFEST_NAME } from "../../generator/cli/output-manifest.js";

const root = mkdtempSync(path.join(os.tmpdir(), "doc2sdk-guard-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const project = path.join(root, "project");
const docs = path.join(project, "docs");
mkdirSync(docs, { recursive: true });
writeFileSync(path.join(docs, "page.md"), "# Page\n");
const home = path.join(root, "home");
mkdirSync(home);
const context = { cwd: project, inputFolders: [docs], pageFiles: [path.join(docs, "page.md")], home };

function folderWith(name: string, entries: Record<string, string>): string {
  const folder = path.join(project, name);
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(entries)) writeFileSync(path.join(folder, file), text);
  return name;
}

describe("outputFolderRefusal", () => {
  it.each([
    ["the filesystem root", "/", /is the filesystem root/],
    ["the home folder", home, /is the home folder/],
    ["the current folder", ".", /is the current folder/],
    ["the current folder, absolute", project, /is the current folder/],
    ["the project's parent", "..", /contains the current folder/],
    ["the input folder", "docs", /is the input folder "docs"/],
    ["a folder inside the input folder", "docs/sdk", /is inside the input folder "docs"/],
  ])("refuses %s", async (_name, out, reason) => {
    expect(await outputFolderRefusal(out, context)).toMatch(reason);
  });

  it("refuses a folder that contains an input page given by a glob", async () => {
    const other = folderWith("other", { "page.md": "# Other\n" });
    expect(await outputFolderRefusal(other, { ...context, inputFolders: [], pageFiles: [path.join(project, other, "page.md")] })).toMatch(/contains the input page "other\/page\.md"/);
  });

  it("refuses a non-empty folder without a manifest, and a file", async () => {
    expect(await outputFolderRefusal(folderWith("mine", { "notes.txt": "mine" }), context)).toMatch(/is not empty and has no \.doc2sdk-manifest\.json/);
    expect(await outputFolderRefusal("docs/page.md", { ...context, inputFolders: [], pageFiles: [] })).toMatch(/is a file/);
  });

  it("sees through a symbolic link to the input folder", async () => {
    symlinkSync(docs, path.join(project, "link"));
    expect(await outputFolderRefusal("link", context)).toMatch(/is the input folder/);
  });

  it("sees through pages that are symbolic links, or in a linked folder, to files in the output folder", async () => {
    const out = folderWith("generated", { [MANIFEST_NAME]: "{}", "page.md": "# Kept\n" });
    const pages = path.join(root, "pages");
    mkdirSync(pages);
    symlinkSync(path.join(project, out, "page.md"), path.join(pages, "linked.md"));
    symlinkSync(path.join(project, out), path.join(pages, "folder"));
    const outside = { ...context, inputFolders: [] };
    expect(await outputFolderRefusal(out, { ...outside, pageFiles: [path.join(pages, "linked.md")] })).toMatch(/contains the input page/);
    expect(await outputFolderRefusal(out, { ...outside, pageFiles: [path.join(pages, "folder", "page.md")] })).toMatch(/contains the input page/);
    expect(await outputFolderRefusal(out, { ...outside, pageFiles: [path.join(docs, "page.md")] })).toBeNull();
  });

  it("accepts a new folder, an empty one, and one with doc2sdk's manifest", async () => {
    expect(await outputFolderRefusal("new/deeper", context)).toBeNull();
    expect(await outputFolderRefusal(folderWith("empty", {}), context)).toBeNull();
    expect(await outputFolderRefusal(folderWith("ours", { [MANIFEST_NAME]: "{}", "notes.txt": "x" }), context)).toBeNull();
  });
});
