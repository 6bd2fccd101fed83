import { expect, it } from "vitest";
import * as api from "../generator/index.js";

it("should expose the public api", () => {
  expect(Object.keys(api).sort()).toEqual(["DEFAULT_PROFILE", "GENAUTH_PROFILE", "analyse", "analyseWith", "defineConfig", "diffIr", "emit", "formatDiffReport", "generate", "incrementalGenerator", "lintDocs", "lower", "pageCacheKey", "parsePage", "toOpenApi"]);
});
