import path from "node:path";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { loadTemplates, readInputPages } from "../../generator/cli/files.js";
import { lintDocs } from "../../generator/lint/lint.js";
import { DEFAULT_PROFILE } from "../../generator/profile/index.js";
import { slug } from "../../generator/lint/link-rules.js";
import { userMethodPage } from "../support/method-page.js";
import { ROOT, SCRATCH } from "../support/paths.js";
import { runTsx } from "../support/processes.js";

function lint(pages: Record<string, string>) {
  return lintDocs(Object.entries(pages).map(([file, text]) => ({ file, text })));
}
function codes(pages: Record<string, string>): [string, string, number, number][] {
  return lint(pages).map((item) => [item.code, item.place.file, item.place.start.line, item.place.start.column]);
}

const CLEAN = userMethodPage();

describe("lintDocs", () => {
  it("finds nothing on a clean page", () => {
    expect(lint({ "a.md": CLEAN })).toEqual([]);
  });

  it("reports missing title and request sections at the method name", () => {
    const page = CLEAN.replace("# Update a user\n", "").replace(/## Request parameters[\s\S]*?(?=## Request response)/, "");
    expect(codes({ "a.md": page }).filter(([code]) => code === "missing-section")).toEqual([
      ["missing-section", "a.md", 4, 1],
      ["missing-section", "a.md", 4, 1],
    ]);
  });

  it("reports types no page defines, as lowering does", () => {
    const page = CLEAN.replace("| nickname | string | No | Shown name. |", "| nickname | strnig | No | Shown name. |");
    expect(codes({ "a.md": page })).toEqual([["dangling-reference", "a.md", 12, 1]]);
  });

  it("reports dangling #anchor and relative page links, not anchors that exist or types defined elsewhere", () => {
    const page = `${CLEAN}\nSee [the status](#Status), [intro](#update-a-user), [other](#nowhere), [guide](./guide.md#sign-out), [missing](./missing.md) and [site](/x/y.md).\n`;
    const guide = "# Guide\n\n## Sign out\n\nText.\n";
    expect(codes({ "docs/a.md": page, "docs/guide.md": guide }).filter(([code]) => code === "dangling-link")).toEqual([
      ["dangling-link", "docs/a.md", 35, 53],
      ["dangling-link", "docs/a.md", 35, 102],
    ]);
    const messages = lint({ "docs/a.md": page, "docs/guide.md": guide }).filter((item) => item.code === "dangling-link").map((item) => item.message);
    expect(messages[0]).toContain("`#nowhere`");
    expect(messages[1]).toContain("resolved to `docs/missing.md`");
  });

  it("reports a DTO defined differently on two pages", () => {
    const other = userMethodPage({ method: "patchUser", userRows: "| userId | number | Yes | Id. |\n| status | <a href=\"#Status\">Status</a> | Yes | State. |" });
    expect(codes({ "a.md": CLEAN, "b.md": other }).map(([code]) => code)).toContain("type-conflict");
  });

  it("reports enum lists that disagree, pointing at the most common list", () => {
    const values = (extra: string) => `| userId | string | Yes | Who. |\n| idType | string | No | Kind:<br>- \`user_id\`: id<br>- \`phone\`: phone${extra} |`;
    const found = lint({
      "a.md": userMethodPage({ params: values("") }),
      "b.md": userMethodPage({ method: "patchUser", params: values("") }),
      "c.md": userMethodPage({ method: "putUser", params: values("<br>- `email`: mail") }),
    }).filter((item) => item.code === "enum-disagreement");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ place: { file: "c.md", start: { line: 12 } }, related: { place: { file: "b.md" } } });
    expect(found[0]!.message).toBe("Unexpected values for `PutUserParams.idType`: adds `email`, expected the same list as `PatchUserParams.idType`");
  });

  it("reports examples that do not match their declared type, in tables and in the example result", () => {
    const table = userMethodPage().replace("| Name | Type | Required | Description |\n| --- | --- | --- | --- |\n| userId | string | Yes | Who. |\n| nickname | string | No | Shown name. |", "| Name | Type | Required | Description | Example |\n| --- | --- | --- | --- | --- |\n| userId | string | Yes | Who. | `u1` |\n| nickname | number | No | Age. | `old` |");
    const withResult = table.replace("Type: `UserDto`\n", 'Type: `UserDto`\n\n```json\n{ "userId": 5, "status": "Activated", "extra": true }\n```\n');
    const found = lint({ "a.md": withResult }).filter((item) => item.code === "example-type-mismatch").map((item) => item.message);
    expect(found.sort()).toEqual([
      "Unexpected example `old` for `UpdateUserParams.nickname`, expected a value of its type",
      "Unexpected example result of `ManagementClient.updateUser`: Field `userId` must be a string, got number 5",
      "Unexpected example result of `ManagementClient.updateUser`: Unknown field `extra`",
    ].sort());
  });

  it("reports required fields that carry defaults", () => {
    const page = userMethodPage().replace("| Name | Type | Required | Description |\n| --- | --- | --- | --- |\n| userId | string | Yes | Who. |\n| nickname | string | No | Shown name. |", "| Name | Type | Required | Default | Description |\n| --- | --- | --- | --- | --- |\n| userId | string | Yes | `me` | Who. |\n| nickname | string | No | `x` | Shown name. |");
    expect(lint({ "a.md": page }).filter((item) => item.code === "required-with-default")).toEqual([
      expect.objectContaining({ severity: "warning", message: expect.stringContaining("`me` on required field `UpdateUserParams.userId`"), place: expect.objectContaining({ start: { line: 11, column: 1 } }) }),
    ]);
  });

  it("makes heading slugs as documentation sites do", () => {
    expect(slug("Sign out, now!")).toBe("sign-out-now");
    expect(slug("登出 Logout")).toBe("登出-logout");
  });
});

describe("npm run lint:docs", () => {
  const work = path.join(SCRATCH, "lint-cli");
  const lintCli = (...args: string[]) => runTsx([path.join(ROOT, "generator", "lint-cli.ts"), ...args], 60_000);

  it("exits 0 on docs-input and with warnings only, 1 with errors or with warnings under --strict, 2 on bad usage; --json has positions for annotations", async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(path.join(work, "warn"), { recursive: true });
    mkdirSync(path.join(work, "error"), { recursive: true });
    writeFileSync(path.join(work, "warn", "a.md"), `${CLEAN}\n[x](#nowhere)\n`);
    writeFileSync(path.join(work, "error", "a.md"), "# A guide\n\nNo method here.\n");
    const clean = await lintCli("--input", path.join(ROOT, "docs-input"));
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    const warned = await lintCli("--input", path.join(work, "warn"));
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/warn\/a\.md:35:1: warning: Unexpected link to `#nowhere`.* \[dangling-link\]/);
    expect((await lintCli("--input", path.join(work, "warn"), "--strict")).code).toBe(1);
    expect((await lintCli("--input", path.join(work, "warn"), "--no-such-flag")).code).toBe(2);
    const failed = await lintCli("--input", path.join(work, "error"), "--json");
    expect(failed.code).toBe(1);
    const report = JSON.parse(failed.stdout);
    expect(report).toMatchObject({ pages: 1, errors: 1 });
    expect(report.problems).toContainEqual(expect.objectContaining({ severity: "error", code: "no-methods", line: 1, column: 1, endLine: 1, file: expect.stringContaining("error/a.md") }));
  });

  it("reads the docs with the profile --profile names, as generate does, and refuses a module that is not one", async () => {
    const shelf = path.join(ROOT, "test", "fixtures", "profiles", "shelf");
    const withProfile = await lintCli("--profile", path.join(shelf, "profile.ts"), "--input", path.join(shelf, "docs"), "--strict");
    expect(withProfile.code, withProfile.stdout + withProfile.stderr).toBe(0);
    const notAProfile = await lintCli("--profile", "package.json", "--input", path.join(shelf, "docs"));
    expect(notAProfile.code).toBe(2);
    expect(notAProfile.stderr).toContain("package.json: expected a default export that is a profile");
  });
});

describe("lintDocs with a profile", () => {
  it("reads a page's client from the profile's folders", () => {
    const text = "# Get a book\n\nReads one book.\n\n## Request parameters\n\n| Name | Type | Required | Description |\n| - | - | - | - |\n| bookId | string | Yes | The book. |\n\n## Request response\n\nType: `string`\n";
    const pages = [{ file: "docs/shelf/get-book.md", text }];
    expect(lintDocs(pages).map((item) => item.code)).toContain("no-methods");
    const profile = { ...DEFAULT_PROFILE, pages: { ...DEFAULT_PROFILE.pages, clientFolders: { shelf: "ShelfClient" } } };
    const found = lintDocs(pages, { profile });
    expect(found.map((item) => item.code)).toEqual(["method-name-inferred"]);
    expect(found[0]!.message).toContain("`ShelfClient.getBook`");
  });
});

describe("lint: the docs' sample code", () => {
  it("warns at a sample that no longer compiles against the generated client, and not at one that does", async () => {
    const templates = await loadTemplates(path.join(ROOT, "templates"));
    const pages = await readInputPages(["docs-input"], ROOT);
    expect(lintDocs(pages, { templates }).filter((item) => item.code === "sample-does-not-compile")).toEqual([]);
    const broken = pages.map((page) => (page.file.endsWith("get-user.md") ? { ...page, text: page.text.replace("userId: \"+86", "userID: \"+86") } : page));
    expect(broken).not.toEqual(pages);
    const warnings = lintDocs(broken, { templates }).filter((item) => item.code === "sample-does-not-compile");
    const fence = readFileSync(path.join(ROOT, "docs-input", "management", "get-user.md"), "utf8").split("\n").findIndex((line) => line.startsWith("```ts")) + 1;
    expect(warnings.map((item) => [item.severity, item.place.file, item.place.start.line])).toEqual([["warning", "docs-input/management/get-user.md", fence]]);
    expect(warnings[0]!.message).toContain("`ManagementClient.getUser`");
    expect(warnings[0]!.message).toContain("userID");
  }, 60_000);
});
