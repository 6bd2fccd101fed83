import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { loadTemplates } from "../../generator/cli/files.js";
import { clientFileView } from "../../generator/emit/client-file.js";
import { render } from "../../generator/emit/templates.js";
import { EMIT_STEPS } from "../../generator/emit/steps.js";
import { cachedEmitSteps } from "../../generator/incremental.js";
import { analyseFolders } from "../support/analyse-folder.js";
import { ROOT } from "../support/paths.js";

const templates = await loadTemplates(path.join(ROOT, "templates"));
const { ir } = await analyseFolders("docs-input");
const client = ir.clients.find((candidate) => candidate.name === "AuthenticationClient")!;
/** The client module's text, as emit renders it. */
const clientFileText = (...args: Parameters<typeof clientFileView>) => render(templates.client, clientFileView(...args));

describe("the client module", () => {
  it("renders every method into the class, the same through the cached step as without", () => {
    const text = clientFileText(client, templates, "docs-input");
    for (const method of client.methods) expect(text).toContain(`  ${method.name}(`);
    const cached = cachedEmitSteps();
    expect(clientFileText(client, templates, "docs-input", cached.renderMethod)).toBe(text);
  });

  it("reuses the text of a method object it rendered before, and renders a changed method again", () => {
    const cached = cachedEmitSteps();
    const rendered: string[] = [];
    const counting: typeof cached.renderMethod = (method, given) => {
      rendered.push(method.name);
      return cached.renderMethod(method, given);
    };
    clientFileText(client, templates, "docs-input", counting);
    const [first, second, ...rest] = client.methods;
    const changed = { ...second!, summary: "A changed summary." };
    const spy = vi.spyOn(EMIT_STEPS, "renderMethod");
    const text = clientFileText({ ...client, methods: [first!, changed, ...rest] }, templates, "docs-input", cached.renderMethod);
    expect(spy.mock.calls.map(([method]) => method)).toEqual([changed]);
    spy.mockRestore();
    expect(text).toContain("A changed summary.");
    expect(rendered).toEqual(client.methods.map((method) => method.name));
  });
});
