import path from "node:path";
import { describe, expect, it } from "vitest";
import { typecheckPackage } from "../../generator/build/compile.js";
import { samplesThatDoNotCompile } from "../../generator/lint/sample-rules.js";
import { generateFrom } from "../support/generate-from.js";
import { CORPUS, ROOT } from "../support/paths.js";

/** The usage examples from the docs' sample code, type-checked against the generated client by the lint rule. */
describe("usage examples from the docs' sample code", () => {
  it("are type-checked against the generated client: docs-input's all compile", async () => {
    const { ir, files } = await generateFrom(path.join(ROOT, "docs-input"));
    expect(ir.clients.flatMap((client) => client.methods.filter((method) => method.usage).map((method) => `${client.name}.${method.name}`))).toEqual(["ManagementClient.getUser"]);
    expect(samplesThatDoNotCompile(ir, files!, typecheckPackage)).toEqual([]);
  });

  it("fail to compile when the sample no longer fits the API", async () => {
    const { ir, files } = await generateFrom(path.join(ROOT, "docs-input"));
    const broken = { ...ir, clients: ir.clients.map((client) => ({ ...client, methods: client.methods.map((method) => (method.usage ? { ...method, usage: method.usage.replace("userId:", "userID:") } : method)) })) };
    const warnings = samplesThatDoNotCompile(broken, files!, typecheckPackage);
    expect(warnings.map((item) => item.message)).toEqual([expect.stringContaining("userID")]);
  });

  it("are found on the shared corpus's Node pages, most of which compile", async () => {
    const { ir, files } = await generateFrom(path.join(CORPUS, "genauth-docs/docs/reference/sdk/node"));
    const samples = ir.clients.flatMap((client) => client.methods.filter((method) => method.usage && method.usageSource));
    expect(samples.length).toBeGreaterThan(40);
    const failing = samplesThatDoNotCompile(ir, files!, typecheckPackage);
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.length).toBeLessThan(samples.length / 2);
  });
});
