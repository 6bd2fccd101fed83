import { expect, it } from "vitest";
import * as api from "../generator/index.js";

it("should expose the public api", () => {
  expect(Object.keys(api).sort()).toEqual(["analyse", "analyseWith", "emit", "generate", "lower", "pageCacheKey", "parsePage"]);
});
