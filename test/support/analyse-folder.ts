import path from "node:path";
import { analyse } from "../../generator/analyse.js";
import { readInputPages } from "../../generator/cli/files.js";
import type { Diagnostic } from "../../generator/diagnostics.js";
import type { IrSdk } from "../../generator/ir.js";
import { ROOT } from "./paths.js";

/**
 * Parse and lower docs folders the way the CLI does (paths relative to the project root), without emitting.
 *
 * @param folders Absolute or root-relative docs folders.
 * @returns The IR and diagnostics.
 */
export async function analyseFolders(...folders: string[]): Promise<{ ir: IrSdk; diagnostics: Diagnostic[] }> {
  const pages = await readInputPages(folders.map((folder) => path.relative(ROOT, path.resolve(ROOT, folder))), ROOT);
  return analyse(pages);
}
