import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTemplates } from "../../generator/cli/files.js";
import { clientFileText } from "../../generator/emit/client-file.js";
import { emitMemo } from "../../generator/emit/emit-memo.js";
import { analyseFolders } from "../support/analyse-folder.js";
import { ROOT } from "../support/paths.js";

const templates = await loadTemplates(path.join(ROOT, "templates"));
const { ir } = await analyseFolders("docs-input");
const client = ir.clients.find((candidate) => candidate.name === "AuthenticationClient")!;

describe("clientFileText", () => {
  it("renders every method into the class, the same with a memo as without", () => {
    const text = clientFileText(client, templates, "docs-input");
    for (const method of client.methods) expect(text).toContain(`  ${method.name}(`);
    const memo = emitMemo();
    expect(clientFileText(client, templates, "docs-input", memo)).toBe(text);
    expect(client.methods.every((method) => memo.methods.has(method))).toBe(true);
  });

  it("reuses the text of a method object it rendered before, and renders a changed method again", () => {
    const memo = emitMemo();
    clientFileText(client, templates, "docs-input", memo);
    const [first, second, ...rest] = client.methods;
    memo.methods.set(first!, "  // kept from the memo");
    const changed = { ...second!, summary: "A changed summary." };
    const text = clientFileText({ ...client, methods: [first!, changed, ...rest] }, templates, "docs-input", memo);
    expect(text).toContain("  // kept from the memo");
    expect(text).toContain("A changed summary.");
  });
});
