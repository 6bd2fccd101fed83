import path from "node:path";
import { loadTemplates, readInputPages } from "../../generator/cli/files.js";
import { generate, type GenerateResult } from "../../generator/generate.js";
import { ROOT } from "./paths.js";

/**
 * Run the whole pipeline on a docs folder the way the CLI does, with paths relative to the project root.
 *
 * @param folder Absolute or root-relative docs folder.
 * @returns The pipeline result.
 */
export async function generateFrom(folder: string): Promise<GenerateResult> {
  const pages = await readInputPages([path.relative(ROOT, path.resolve(ROOT, folder))], ROOT);
  const templates = await loadTemplates(path.join(ROOT, "templates"));
  return generate(pages, { templates, package: { name: "@doc2sdk/genauth", version: "0.1.0", title: "GenAuth" }, source: folder });
}
