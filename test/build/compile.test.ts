import { describe, expect, it } from "vitest";
import { compilePackage } from "../../generator/build/compile.js";

describe("compilePackage", () => {
  const files = [
    { path: "src/index.ts", text: 'export { twice } from "./math.js";\nexport type { Pair } from "./math.js";\n' },
    { path: "src/math.ts", text: "export interface Pair { a: number; b: number }\nexport function twice(value: number): number {\n  return value * 2;\n}\n" },
    { path: "README.md", text: "not compiled\n" },
  ];

  it("emits ESM and CommonJS JavaScript with declarations, sorted, and marks the CJS folder", () => {
    const result = compilePackage(files);
    expect(result.errors).toEqual([]);
    expect(result.files.map((file) => file.path)).toEqual([
      "dist/cjs/index.d.ts",
      "dist/cjs/index.js",
      "dist/cjs/math.d.ts",
      "dist/cjs/math.js",
      "dist/cjs/package.json",
      "dist/esm/index.d.ts",
      "dist/esm/index.js",
      "dist/esm/math.d.ts",
      "dist/esm/math.js",
    ]);
    const text = (name: string) => result.files.find((file) => file.path === name)!.text;
    expect(text("dist/esm/index.js")).toContain('export { twice } from "./math.js";');
    expect(text("dist/cjs/index.js")).toContain('require("./math.js")');
    expect(text("dist/cjs/math.js")).toContain("exports.twice = twice;");
    expect(text("dist/esm/math.d.ts")).toContain("export declare function twice(value: number): number;");
    expect(JSON.parse(text("dist/cjs/package.json"))).toEqual({ type: "commonjs" });
  });

  it("gives no files and positioned errors when the package does not type-check", () => {
    const broken = [...files, { path: "src/broken.ts", text: 'import { twice } from "./math.js";\nexport const value: string = twice(1);\n' }];
    const result = compilePackage(broken);
    expect(result.files).toEqual([]);
    expect(result.errors).toEqual(["src/broken.ts:2:14: Type 'number' is not assignable to type 'string'."]);
  });

  it("is deterministic", () => {
    expect(compilePackage(files)).toEqual(compilePackage(files));
  });
});
