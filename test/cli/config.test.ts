import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseCliArgs } from "../../generator/cli/args.js";
import { withConfig } from "../../generator/cli/config.js";

const root = mkdtempSync(path.join(os.tmpdir(), "doc2sdk-config-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;
function folderWith(files: Record<string, string>): string {
  const folder = path.join(root, `case-${count++}`);
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return folder;
}
const options = async (cwd: string, argv: string[] = []) => parseCliArgs((await withConfig(argv, cwd)).argv);

describe("doc2sdk.config", () => {
  it("reads JSON, YAML and JavaScript configs under the flags' own names", async () => {
    const json = folderWith({ "doc2sdk.config.json": JSON.stringify({ input: ["docs", "more"], out: "sdk", packageName: "@acme/sdk", strict: true, cache: false, maxNesting: 8 }) });
    expect(await options(json)).toMatchObject({ inputs: ["docs", "more"], out: "sdk", packageName: "@acme/sdk", strict: true, cacheDir: null, limits: { maxNesting: 8 } });
    const yaml = folderWith({ "doc2sdk.config.yaml": "input: docs\ntitle: Acme\n" });
    expect(await options(yaml)).toMatchObject({ inputs: ["docs"], title: "Acme" });
    const mjs = folderWith({ "doc2sdk.config.mjs": "export default { out: 'from-js', bindings: 'bindings.yaml' };\n" });
    expect(await options(mjs)).toMatchObject({ out: "from-js", bindings: "bindings.yaml" });
  });

  it("lets flags win over the file, the input list included, and takes --config", async () => {
    const folder = folderWith({ "doc2sdk.config.json": JSON.stringify({ input: "docs", out: "sdk", cache: ".cache" }), "other.json": JSON.stringify({ title: "Other" }) });
    expect(await options(folder, ["--out", "elsewhere", "--input", "pages", "--no-cache"])).toMatchObject({ inputs: ["pages"], out: "elsewhere", cacheDir: null });
    expect(await options(folder, ["--config", "other.json"])).toMatchObject({ title: "Other", out: "generated" });
    expect(await options(folderWith({}))).toMatchObject({ inputs: ["docs-input"], out: "generated" });
  });

  it("names the file and the key of an unknown key or a wrong type", async () => {
    await expect(withConfig([], folderWith({ "doc2sdk.config.json": JSON.stringify({ outDir: "x" }) }))).rejects.toThrow(/^doc2sdk\.config\.json: unknown key "outDir", expected one of input, out,/);
    await expect(withConfig([], folderWith({ "doc2sdk.config.json": JSON.stringify({ strict: "yes" }) }))).rejects.toThrow('doc2sdk.config.json: "strict" must be true or false, not "yes"');
    await expect(withConfig([], folderWith({ "doc2sdk.config.json": JSON.stringify({ maxPageSize: -1 }) }))).rejects.toThrow('"maxPageSize" must be a whole number above 0');
    await expect(withConfig([], folderWith({ "doc2sdk.config.json": "{ nope" }))).rejects.toThrow(/^doc2sdk\.config\.json: invalid JSON/);
    await expect(withConfig(["--config", "missing.json"], folderWith({}))).rejects.toThrow("missing.json: cannot read the config file");
  });

  it("gives a command only the keys it takes, after checking every key", async () => {
    const folder = folderWith({ "doc2sdk.config.json": JSON.stringify({ input: ["docs", "more"], out: "sdk", strict: true, packageName: "@acme/sdk" }) });
    expect((await withConfig([], folder, ["input"])).argv).toEqual(["--input", "docs", "--input", "more"]);
    expect((await withConfig(["--input", "pages"], folder, ["input", "strict"])).argv).toEqual(["--strict", "--input", "pages"]);
    const bad = folderWith({ "doc2sdk.config.json": JSON.stringify({ input: "docs", out: 3 }) });
    await expect(withConfig([], bad, ["input"])).rejects.toThrow('doc2sdk.config.json: "out" must be a string, not 3');
  });
});
