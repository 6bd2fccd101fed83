import path from "node:path";
import { describe, expect, it } from "vitest";
import type { IrSdk } from "../../generator/ir.js";
import type { GeneratedFile } from "../../generator/emit/emit.js";
import { generateFrom } from "../support/generate-from.js";
import { memoryTypechecker } from "../support/memory-typecheck.js";
import { CORPUS, ROOT } from "../support/paths.js";

/**
 * A file that runs every usage example against the generated clients, so the
 * type checker tells which examples no longer fit the API their pages describe.
 */
function examplesFile(ir: IrSdk): { file: GeneratedFile; methods: string[] } {
  const methods: string[] = [];
  const bodies: string[] = [];
  for (const client of ir.clients) {
    for (const method of client.methods) {
      if (!method.usage) continue;
      methods.push(`${client.name}.${method.name}`);
      bodies.push(`export async function example${bodies.length}(): Promise<void> {\n${method.usage}\n}`);
    }
  }
  const declared = ir.clients.map((client) => `declare const ${client.name.charAt(0).toLowerCase()}${client.name.slice(1)}: ${client.name};`);
  const imports = `import type { ${ir.clients.map((client) => client.name).join(", ")} } from "./index.js";`;
  return { file: { path: "src/examples.check.ts", text: [imports, ...declared, ...bodies].join("\n\n") }, methods };
}

describe("usage examples from the docs' sample code", () => {
  const typecheck = memoryTypechecker();

  it("are type-checked against the generated client: docs-input's all compile", async () => {
    const { ir, files } = await generateFrom(path.join(ROOT, "docs-input"));
    const examples = examplesFile(ir);
    expect(examples.methods).toEqual(["ManagementClient.getUser"]);
    expect(typecheck([...files!, examples.file])).toEqual([]);
  });

  it("fail to compile when the sample no longer fits the API", async () => {
    const { ir, files } = await generateFrom(path.join(ROOT, "docs-input"));
    const broken = { ...ir, clients: ir.clients.map((client) => ({ ...client, methods: client.methods.map((method) => (method.usage ? { ...method, usage: method.usage.replace("userId:", "userID:") } : method)) })) };
    expect(typecheck([...files!, examplesFile(broken).file]).join("\n")).toContain("userID");
  });

  it("are found on the shared corpus's Node pages, most of which compile", async () => {
    const { ir, files } = await generateFrom(path.join(CORPUS, "genauth-docs/docs/reference/sdk/node"));
    const examples = examplesFile(ir);
    expect(examples.methods.length).toBeGreaterThan(40);
    const errors = typecheck([...files!, examples.file]);
    const lines = examples.file.text.split("\n");
    const functionAt = (line: number): number => Number(/^export async function example(\d+)/.exec(lines.slice(0, line).reverse().find((text) => text.startsWith("export async function")) ?? "")?.[1] ?? -1);
    const failing = new Set(errors.map((error) => /examples\.check\.ts:(\d+)\)$/.exec(error)?.[1]).filter(Boolean).map((line) => functionAt(Number(line))));
    expect(failing.has(-1)).toBe(false);
    expect(failing.size).toBeLessThan(examples.methods.length / 2);
  });
});
