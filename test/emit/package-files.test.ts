import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTemplates, readInputPages } from "../../generator/cli/files.js";
import { generate } from "../../generator/generate.js";
import { ROOT } from "../support/paths.js";

const templates = await loadTemplates(path.join(ROOT, "templates"));
const pages = await readInputPages(["docs-input"], ROOT);
const fileOf = (files: { path: string; text: string }[] | null, name: string) => files!.find((file) => file.path === name)!.text;

describe("the generated package files", () => {
  it("write the licence and repository given, and leave both out when none is", () => {
    const given = generate(pages, { templates, package: { name: "@acme/sdk", version: "1.2.3", title: "Acme", license: "MIT", repository: "https://github.com/acme/sdk" }, source: "docs-input" });
    const manifest = JSON.parse(fileOf(given.files, "package.json"));
    expect(manifest).toMatchObject({ name: "@acme/sdk", license: "MIT", repository: { type: "git", url: "https://github.com/acme/sdk" } });
    expect(fileOf(given.files, "README.md")).toContain("## Licence\n\nMIT. Source: https://github.com/acme/sdk");
    const plain = generate(pages, { templates, package: { name: "@acme/sdk", version: "1.2.3", title: "Acme" }, source: "docs-input" });
    expect(JSON.parse(fileOf(plain.files, "package.json"))).not.toHaveProperty("license");
    expect(fileOf(plain.files, "README.md")).not.toContain("## Licence");
  });

  it("give the README a pagination section for the paged methods, and a method reference grouped by client and docs folder", () => {
    const readme = fileOf(generate(pages, { templates, package: { name: "@acme/sdk", version: "1.2.3", title: "Acme" }, source: "docs-input" }).files, "README.md");
    expect(readme).toContain("for await (const item of managementClient.listUsersAll()) {");
    expect(readme).toContain("- `ManagementClient.listUsersAll()` walks the pages of `listUsers`.");
    expect(readme).toContain("### `ManagementClient`: `docs-input/management`\n\n- `getUser`: Get a user (`docs-input/management/get-user.md:13`)");
    for (const section of ["## Errors, timeouts and retries", "## Pagination", "## Logging", "## Browsers", "## Method reference"]) expect(readme).toContain(section);
    const withoutPages = fileOf(generate(pages.filter((page) => !page.file.endsWith("list-users.md")), { templates, package: { name: "@acme/sdk", version: "1.2.3", title: "Acme" }, source: "docs-input" }).files, "README.md");
    expect(withoutPages).not.toContain("## Pagination");
  });
});
