import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import type { GeneratedFile } from "../../generator/emit/emit.js";

/**
 * Write a generated package to a folder and type-check it with its own
 * tsconfig (strict), in-process.
 *
 * @param files The generated files.
 * @param folder Where to write them (emptied first).
 * @returns Formatted compiler errors; empty when the package type-checks.
 */
export function typecheckPackage(files: readonly GeneratedFile[], folder: string): string[] {
  rmSync(folder, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(path.dirname(path.join(folder, file.path)), { recursive: true });
    writeFileSync(path.join(folder, file.path), file.text);
  }
  const configPath = path.join(folder, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, folder);
  const program = ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
  return ts.getPreEmitDiagnostics(program).map((item) => ts.formatDiagnostic(item, {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => folder,
    getNewLine: () => "\n",
  }));
}
