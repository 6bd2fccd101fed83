import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * doc2sdk's own folder (where templates/ is), found by walking up from a
 * module to the package.json named `doc2sdk`. The same whether the CLI runs
 * from its TypeScript sources or from the compiled bundle (bin/run.mjs).
 *
 * @param moduleUrl `import.meta.url` of the caller.
 * @returns The absolute project folder.
 */
export function projectRoot(moduleUrl: string): string {
  let folder = path.dirname(fileURLToPath(moduleUrl));
  for (;;) {
    const manifest = path.join(folder, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "doc2sdk") return folder;
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`internal: no doc2sdk package.json above ${fileURLToPath(moduleUrl)}`);
    folder = parent;
  }
}
