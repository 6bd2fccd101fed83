import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTemplates } from "../../generator/cli/files.js";
import { generate } from "../../generator/generate.js";
import { memoryTypechecker } from "../support/memory-typecheck.js";
import { userMethodPage } from "../support/method-page.js";
import { ROOT } from "../support/paths.js";

const templates = await loadTemplates(path.join(ROOT, "templates"));
const OPTIONS = { templates, package: { name: "@acme/sdk", version: "1.0.0", title: "Acme" }, source: "docs" };

/** A paged method page: `page` and `limit`, and a response of one list and its total. */
function pagedPage(method: string): string {
  return `# Page through

## Method name

\`ManagementClient.${method}\`

## Request parameters

| Name | Type | Required | Description |
| --- | --- | --- | --- |
| page | number | No | Page. |
| limit | number | No | Size. |

## Request response

Type: \`ThingPageRespDto\`

| Name | Type | Description |
| --- | --- | --- |
| statusCode | number | Status. |
| data | <a href="#ThingPageDto">ThingPageDto</a> | The page. |

## Data structure

### <a id="ThingPageDto"></a> ThingPageDto

| Name | Type | Required | Description |
| --- | --- | --- | --- |
| totalCount | number | Yes | All. |
| list | string[] | Yes | Items. |
`;
}

describe("the functions modules", () => {
  it("bind a function whose method name is a reserved word or a name the module imports or uses under another name, exported as the method's name, and compile", () => {
    const pages = [
      { file: "docs/delete.md", text: userMethodPage({ method: "delete" }) },
      { file: "docs/client.md", text: pagedPage("client") },
      { file: "docs/await.md", text: pagedPage("await") },
      { file: "docs/base.md", text: pagedPage("ManagementClientBase") },
      { file: "docs/types.md", text: userMethodPage({ method: "UserDto" }) },
    ];
    const { files, diagnostics } = generate(pages, OPTIONS);
    expect(diagnostics.filter((item) => item.severity === "error")).toEqual([]);
    const functions = files!.find((file) => file.path === "src/management-client.functions.gen.ts")!.text;
    expect(functions).toContain("function delete$(client: ManagementClientBase, params: DeleteParams, options?: RequestOptions): Promise<UserDto> {");
    expect(functions).toContain("export { delete$ as delete };");
    expect(functions).toContain("export { client$ as client };");
    expect(functions).toContain("paginate<string>((page) => client$(client, { ...params, page }, options)");
    expect(functions).toContain("export { await$ as await };");
    expect(functions).toContain("export { ManagementClientBase$ as ManagementClientBase };");
    expect(functions).toContain("export { UserDto$ as UserDto };");
    const clientClass = files!.find((file) => file.path === "src/management-client.gen.ts")!.text;
    expect(clientClass).toContain("return functions.delete(this, params, options);");
    expect(memoryTypechecker()(files!)).toEqual([]);
  }, 60_000);
});
