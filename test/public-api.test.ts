import { expect, it } from "vitest";
import * as api from "../generator/index.js";

it("should expose the public api", () => {
  expect(Object.keys(api).sort()).toEqual(["DEFAULT_PROFILE", "GENAUTH_PROFILE", "analyse", "analyseWith", "defineConfig", "diff", "diffIr", "emit", "formatDiffReport", "generate", "incrementalGenerator", "lint", "lintDocs", "lower", "pageCacheKey", "parsePage", "toOpenApi"]);
});

it("offers generate, lint and diff under those names, returning values", () => {
  const pages = [{ file: "docs/close.md", text: "# Close a session\n\n## Method name\n\n`AuthenticationClient.closeSession`\n\n## Request response\n\nType: `string`\n" }];
  const problems = api.lint(pages);
  expect(Array.isArray(problems)).toBe(true);
  expect(problems.every((problem) => problem.place.file === "docs/close.md" && problem.place.start.line >= 1)).toBe(true);
  const { ir } = api.analyse(pages);
  expect(api.diff(ir, ir)).toEqual([]);
  expect(api.diff(ir, { ...ir, clients: [] }).map((change) => change.kind)).toEqual(["method-removed"]);
});
