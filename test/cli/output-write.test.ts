import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MANIFEST_NAME, REPLACED_DIR_PREFIX, TRANSACTION_DIR } from "../../generator/cli/output-manifest.js";
import { outputFolderRefusal } from "../../generator/cli/output-guard.js";
import { recoverOutput, staleFiles, writeOutput } from "../../generator/cli/output-write.js";
import { piecedFile } from "../../generator/emit/file-pieces.js";

const files = [
  { path: "src/models.gen.ts", text: "export interface A {}\n" },
  { path: "src/client.gen.ts", text: "export class C {}\n" },
  { path: "package.json", text: "{}\n" },
];

const temporary: string[] = [];
function newOut(): string {
  const parent = mkdtempSync(path.join(os.tmpdir(), "doc2sdk-output-"));
  temporary.push(parent);
  return path.join(parent, "generated");
}
afterEach(() => {
  for (const folder of temporary.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const read = (out: string, file: string): string => readFileSync(path.join(out, file), "utf8");
const manifestOf = (out: string): { files: string[]; build: string[] } => {
  const { files, build } = JSON.parse(read(out, MANIFEST_NAME));
  return { files, build };
};

describe("writeOutput", () => {
  it("writes the files and a manifest of them, and rewrites only the files whose text changed", async () => {
    const out = newOut();
    const first = await writeOutput(out, { files, build: null });
    expect(manifestOf(out)).toEqual({ files: ["package.json", "src/client.gen.ts", "src/models.gen.ts"], build: [] });
    const modelsInode = statSync(path.join(out, "src/models.gen.ts")).ino;
    const changed = files.map((file) => (file.path === "src/client.gen.ts" ? { ...file, text: "export class D {}\n" } : file));
    await writeOutput(out, { files: changed, build: null }, first);
    expect(statSync(path.join(out, "src/models.gen.ts")).ino).toBe(modelsInode);
    expect(changed.map((file) => read(out, file.path))).toEqual(changed.map((file) => file.text));
    expect(existsSync(path.join(out, TRANSACTION_DIR))).toBe(false);
  });

  it("writes a file again when someone changed it after the last write, even if the text to write is the same", async () => {
    const out = newOut();
    const first = await writeOutput(out, { files, build: null });
    writeFileSync(path.join(out, "src/models.gen.ts"), "edited by hand\n");
    await writeOutput(out, { files, build: null }, first);
    expect(read(out, "src/models.gen.ts")).toBe("export interface A {}\n");
  });

  it("notices a hand edit to a file that the write before last wrote and the last one left as it was", async () => {
    const out = newOut();
    const first = await writeOutput(out, { files, build: null });
    const changed = files.map((file) => (file.path === "src/client.gen.ts" ? { ...file, text: "export class D {}\n" } : file));
    const second = await writeOutput(out, { files: changed, build: null }, first, true);
    writeFileSync(path.join(out, "src/models.gen.ts"), "edited by hand, same length\n".slice(0, "export interface A {}\n".length - 1) + "\n");
    await writeOutput(out, { files: changed, build: null }, second);
    expect(read(out, "src/models.gen.ts")).toBe("export interface A {}\n");
  });

  it("reads a file someone changed since the last write, and leaves it when it already holds the new text", async () => {
    const out = newOut();
    const first = await writeOutput(out, { files, build: null });
    const changed = files.map((file) => (file.path === "src/client.gen.ts" ? { ...file, text: "export class D {}\n" } : file));
    const target = path.join(out, "src/client.gen.ts");
    rmSync(target);
    writeFileSync(target, "export class D {}\n");
    const inode = statSync(target).ino;
    await writeOutput(out, { files: changed, build: null }, first);
    expect(statSync(target).ino).toBe(inode);
    expect(read(out, "src/client.gen.ts")).toBe("export class D {}\n");
  });

  it("writes a file in pieces as the pieces joined, whatever their size and characters, and leaves it while its pieces are the same", async () => {
    const out = newOut();
    // More pieces than one writev takes (1,024), a large one, and characters of 1 to 4 bytes.
    const pieces = ["// 头部 header\n", ...Array.from({ length: 3000 }, (_, index) => `export const value${index} = "é中😀 ${"x".repeat(index % 700)}";\n`), "y".repeat(1_500_000), "\n// end\n"];
    const pieced = piecedFile("src/client.gen.ts", pieces);
    const first = await writeOutput(out, { files: [files[0]!, pieced], build: null });
    expect(read(out, "src/client.gen.ts")).toBe(pieces.join(""));
    const inode = statSync(path.join(out, "src/client.gen.ts")).ino;
    const again = await writeOutput(out, { files: [files[0]!, piecedFile("src/client.gen.ts", [...pieces])], build: null }, first);
    expect(statSync(path.join(out, "src/client.gen.ts")).ino).toBe(inode);
    const edited = [...pieces];
    edited[1500] = "export const edited = 1;\n";
    const third = await writeOutput(out, { files: [files[0]!, piecedFile("src/client.gen.ts", edited)], build: null }, again);
    expect(read(out, "src/client.gen.ts")).toBe(edited.join(""));
    // Pieces added and removed: the pieces kept keep their bytes, in their new places.
    const shifted = [edited[0]!, "// 插入 inserted\n", ...edited.slice(1, 2000), ...edited.slice(2010), "// 尾 tail\n"];
    const fourth = await writeOutput(out, { files: [files[0]!, piecedFile("src/client.gen.ts", shifted)], build: null }, third);
    expect(read(out, "src/client.gen.ts")).toBe(shifted.join(""));
    const replaced = shifted.map((piece, index) => (index % 2 === 0 ? `// ${index} 改\n` : piece));
    await writeOutput(out, { files: [files[0]!, piecedFile("src/client.gen.ts", replaced)], build: null }, fourth);
    expect(read(out, "src/client.gen.ts")).toBe(replaced.join(""));
  });

  it("keeps every file that is not in the manifest: node_modules, dist, and the user's own", async () => {
    const out = newOut();
    await writeOutput(out, { files, build: null });
    const mine = ["node_modules/left-pad/index.js", "dist/index.js", "notes.txt", "src/my-extension.ts"];
    for (const file of mine) {
      mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
      writeFileSync(path.join(out, file), `mine: ${file}\n`);
    }
    await writeOutput(out, { files: files.filter((file) => file.path !== "src/client.gen.ts"), build: null });
    await writeOutput(out, { files: files.map((file) => ({ ...file, text: `${file.text}// v3\n` })), build: null });
    for (const file of mine) expect(read(out, file)).toBe(`mine: ${file}\n`);
    expect(read(out, "src/client.gen.ts")).toBe("export class C {}\n// v3\n");
  });

  it("removes files it generated before and no longer does, and the folders they leave empty", async () => {
    const out = newOut();
    await writeOutput(out, { files: [...files, { path: "src/old/thing.gen.ts", text: "x\n" }], build: null });
    await writeOutput(out, { files, build: null });
    expect(existsSync(path.join(out, "src/old"))).toBe(false);
    expect(manifestOf(out).files).not.toContain("src/old/thing.gen.ts");
  });

  it("keeps an earlier build while the package is unchanged, and drops it once the package changes", async () => {
    const out = newOut();
    const build = [{ path: "dist/esm/index.js", text: "built\n" }];
    await writeOutput(out, { files, build });
    expect(manifestOf(out).build).toEqual(["dist/esm/index.js"]);
    await writeOutput(out, { files, build: null });
    expect(read(out, "dist/esm/index.js")).toBe("built\n");
    await writeOutput(out, { files: files.map((file) => ({ ...file, text: `${file.text}\n` })), build: null });
    expect(existsSync(path.join(out, "dist"))).toBe(false);
    expect(manifestOf(out).build).toEqual([]);
  });

  it("refuses to overwrite a file at a generated path that it did not write, and writes nothing", async () => {
    const out = newOut();
    await writeOutput(out, { files, build: null });
    writeFileSync(path.join(out, "src/extra.gen.ts"), "the user's\n");
    const before = read(out, MANIFEST_NAME);
    await expect(writeOutput(out, { files: [...files, { path: "src/extra.gen.ts", text: "generated\n" }], build: null })).rejects.toThrow(/extra\.gen\.ts exists and doc2sdk did not write it/);
    expect(read(out, "src/extra.gen.ts")).toBe("the user's\n");
    expect(read(out, MANIFEST_NAME)).toBe(before);
  });

  it("refuses a manifest that names a path outside the folder", async () => {
    const out = newOut();
    await writeOutput(out, { files, build: null });
    writeFileSync(path.join(out, MANIFEST_NAME), JSON.stringify({ files: ["../outside.txt"], build: [] }));
    await expect(writeOutput(out, { files, build: null })).rejects.toThrow(/not a doc2sdk manifest/);
  });
});

describe("writeOutput's replaced files", () => {
  const leftovers = (out: string): string[] => readdirSync(out).filter((name) => name.startsWith(REPLACED_DIR_PREFIX));
  const edited = (text: string) => files.map((file) => (file.path === "src/client.gen.ts" ? { ...file, text } : file));

  it("are removed before a write returns, unless it is asked to return first; then the next write waits for them", async () => {
    const out = newOut();
    const first = await writeOutput(out, { files, build: null });
    const second = await writeOutput(out, { files: edited("export class D {}\n"), build: null }, first);
    expect(leftovers(out)).toEqual([]);
    await writeOutput(out, { files: edited("export class E {}\n"), build: null }, second, true);
    expect(read(out, "src/client.gen.ts")).toBe("export class E {}\n");
    await writeOutput(out, { files: edited("export class F {}\n"), build: null });
    expect(read(out, "src/client.gen.ts")).toBe("export class F {}\n");
    expect(leftovers(out)).toEqual([]);
    expect(existsSync(path.join(out, TRANSACTION_DIR))).toBe(false);
  });

  it("that a killed writer left are removed by the next write, which the output guard lets write", async () => {
    const out = newOut();
    await writeOutput(out, { files, build: null });
    const left = path.join(out, `${REPLACED_DIR_PREFIX}1-1`, "replaced");
    mkdirSync(left, { recursive: true });
    writeFileSync(path.join(left, "0"), "export class C {}\n");
    expect(await outputFolderRefusal(out, { cwd: path.dirname(out), inputFolders: [], pageFiles: [] })).toBeNull();
    await writeOutput(out, { files: edited("export class D {}\n"), build: null });
    expect(leftovers(out)).toEqual([]);
    expect(read(out, "src/client.gen.ts")).toBe("export class D {}\n");
  });
});

describe("recoverOutput", () => {
  it("removes a staging that was never committed and leaves the old output as it was", async () => {
    const out = newOut();
    await writeOutput(out, { files, build: null });
    mkdirSync(path.join(out, TRANSACTION_DIR, "new", "src"), { recursive: true });
    writeFileSync(path.join(out, TRANSACTION_DIR, "new", "src", "models.gen.ts"), "half\n");
    expect(await staleFiles(out, files)).toEqual([`${TRANSACTION_DIR} (an interrupted write; the next generate finishes it)`]);
    expect(await recoverOutput(out)).toBe(true);
    expect(read(out, "src/models.gen.ts")).toBe("export interface A {}\n");
    expect(await staleFiles(out, files)).toEqual([]);
  });

  it("finishes a committed write that was interrupted half way", async () => {
    const out = newOut();
    await writeOutput(out, { files, build: null });
    const staged = path.join(out, TRANSACTION_DIR, "new");
    mkdirSync(path.join(staged, "src"), { recursive: true });
    // The first file was already moved into place before the kill; the second is still staged.
    writeFileSync(path.join(out, "src/models.gen.ts"), "export interface B {}\n");
    writeFileSync(path.join(staged, "src/client.gen.ts"), "export class D {}\n");
    const manifest = { files: ["package.json", "src/client.gen.ts", "src/models.gen.ts"], build: [] };
    writeFileSync(path.join(out, TRANSACTION_DIR, "journal.json"), JSON.stringify({ write: ["src/models.gen.ts", "src/client.gen.ts"], remove: [], manifest }));
    await recoverOutput(out);
    expect(read(out, "src/models.gen.ts")).toBe("export interface B {}\n");
    expect(read(out, "src/client.gen.ts")).toBe("export class D {}\n");
    expect(existsSync(path.join(out, TRANSACTION_DIR))).toBe(false);
  });
});

describe("staleFiles", () => {
  it("names missing, differing and no longer generated files, and a missing manifest", async () => {
    const out = newOut();
    expect(await staleFiles(out, files)).toEqual([`${MANIFEST_NAME} (missing)`, "package.json (missing)", "src/client.gen.ts (missing)", "src/models.gen.ts (missing)"]);
    await writeOutput(out, { files: [...files, { path: "gone.ts", text: "\n" }], build: null });
    writeFileSync(path.join(out, "package.json"), "{ }\n");
    writeFileSync(path.join(out, "notes.txt"), "the user's own file is not stale\n");
    expect(await staleFiles(out, files)).toEqual([`${MANIFEST_NAME} (differs)`, "gone.ts (no longer generated)", "package.json (differs)"]);
  });
});
