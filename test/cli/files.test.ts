import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeAtomically } from "../../generator/cli/files.js";

const files = [
  { path: "src/models.gen.ts", text: "export interface A {}\n" },
  { path: "src/client.gen.ts", text: "export class C {}\n" },
  { path: "package.json", text: "{}\n" },
];

describe("writeAtomically", () => {
  it("writes every file and links the ones the last write left untouched", async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "doc2sdk-files-")), "generated");
    const first = await writeAtomically(out, files);
    const modelsInode = statSync(path.join(out, "src/models.gen.ts")).ino;
    const clientInode = statSync(path.join(out, "src/client.gen.ts")).ino;
    expect([...first.keys()].sort()).toEqual(["package.json", "src/client.gen.ts", "src/models.gen.ts"]);

    const changed = files.map((file) => (file.path === "src/client.gen.ts" ? { ...file, text: "export class D {}\n" } : file));
    await writeAtomically(out, changed, first);
    expect(statSync(path.join(out, "src/models.gen.ts")).ino).toBe(modelsInode);
    expect(statSync(path.join(out, "src/client.gen.ts")).ino).not.toBe(clientInode);
    expect(changed.map((file) => readFileSync(path.join(out, file.path), "utf8"))).toEqual(changed.map((file) => file.text));
  });

  it("writes a file again when someone changed it after the last write, even if the text to write is the same", async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "doc2sdk-files-")), "generated");
    const first = await writeAtomically(out, files);
    writeFileSync(path.join(out, "src/models.gen.ts"), "edited by hand\n");
    await writeAtomically(out, files, first);
    expect(readFileSync(path.join(out, "src/models.gen.ts"), "utf8")).toBe("export interface A {}\n");
  });
});
