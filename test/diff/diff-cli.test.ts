import { mkdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { userMethodPage as page } from "../support/method-page.js";
import { ROOT, SCRATCH } from "../support/paths.js";
import { run, TSX_LOADER } from "../support/processes.js";

/** A throwaway git repository whose docs change between two commits. */
const REPO = path.join(SCRATCH, "diff-repo");
const DOCS = path.join(REPO, "docs-input");
const DIFF_CLI = path.join(ROOT, "generator", "diff-cli.ts");

async function git(...args: string[]): Promise<void> {
  const result = await run("git", ["-c", "user.name=doc2sdk test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: REPO, killAfterMs: 20_000 });
  if (result.code !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
}

function diff(...args: string[]) {
  return run(process.execPath, [...TSX_LOADER, DIFF_CLI, ...args], { cwd: REPO, killAfterMs: 60_000 });
}

beforeAll(async () => {
  rmSync(REPO, { recursive: true, force: true });
  mkdirSync(DOCS, { recursive: true });
  await git("init", "-q", "-b", "main");
  writeFileSync(path.join(DOCS, "update-user.md"), page());
  writeFileSync(path.join(DOCS, "patch-user.md"), page({ method: "patchUser" }));
  await git("add", ".");
  await git("commit", "-q", "-m", "docs v1");
  await git("tag", "v1");
  // The docs change: one method removed, a parameter made required, a type narrowed, an enum value replaced, an optional field added.
  unlinkSync(path.join(DOCS, "patch-user.md"));
  writeFileSync(
    path.join(DOCS, "update-user.md"),
    page({
      params: "| userId | string | Yes | Who. |\n| nickname | string | Yes | Shown name. |\n| age | number | No | Years. |",
      userRows: "| userId | string | Yes | Id. |\n| email | number | No | Mail. |\n| status | <a href=\"#Status\">Status</a> | Yes | State. |",
      statusRows: "| Activated | enum | Normal. |\n| Archived | enum | Gone. |",
    }),
  );
});

describe("npm run diff on a test repository", () => {
  it("lists each breaking change of the working docs against a tag, and fails with --fail-on-breaking", async () => {
    const result = await diff("v1", "--fail-on-breaking");
    expect(result.code, result.stderr).toBe(1);
    const report = result.stdout;
    expect(report).toContain("## API changes since `v1`");
    expect(report).toContain("**4 breaking**, 2 non-breaking.");
    const breaking = report.slice(report.indexOf("### ⚠️ Breaking"), report.indexOf("### Non-breaking"));
    expect(breaking).toContain("| `ManagementClient.patchUser` | docs-input/patch-user.md:5 | Removed method `ManagementClient.patchUser`. |");
    expect(breaking).toContain("| `ManagementClient.updateUser(params).nickname` | docs-input/update-user.md:");
    expect(breaking).toContain("Optional → required.");
    expect(breaking).toContain("| `Status` | docs-input/update-user.md:29 | Removed value `\"Suspended\"`. |");
    expect(breaking).toContain("| `UserDto.email` | docs-input/update-user.md:");
    expect(breaking).toContain("Changed type `string` → `number`.");
    expect(report).not.toContain("PatchUserParams"); // parameter types are compared through their methods
    const nonBreaking = report.slice(report.indexOf("### Non-breaking"));
    expect(nonBreaking).toContain("Added optional field `age: number`.");
    expect(nonBreaking).toContain('Added value `"Archived"`.');
    expect(result.stderr).toContain("6 changes since v1, 4 breaking (2 pages then)");
  });

  it("exits 0 without --fail-on-breaking, and reports no change against the working tree once committed", async () => {
    const plain = await diff("v1");
    expect(plain.code, plain.stderr).toBe(0);
    await git("add", "-A");
    await git("commit", "-q", "-m", "docs v2");
    const same = await diff("HEAD", "--json");
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout)).toEqual([]);
  });

  it("names an unknown revision and exits 2", async () => {
    const result = await diff("no-such-ref");
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain("no-such-ref: not a git revision");
  });
});
