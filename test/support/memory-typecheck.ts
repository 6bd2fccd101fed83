import ts from "typescript";
import type { GeneratedFile } from "../../generator/emit/emit.js";

/**
 * A strict type checker for generated packages that keeps everything in
 * memory and parses TypeScript's own lib files once, so a property test can
 * check hundreds of packages.
 *
 * @returns A function from a package's files to its compiler errors (empty when it type-checks).
 */
export function memoryTypechecker(): (files: readonly GeneratedFile[]) => string[] {
  const libs = new Map<string, ts.SourceFile | undefined>();
  const root = "/sdk/";
  return (files) => {
    const byPath = new Map(files.map((file) => [root + file.path, file.text]));
    const tsconfig = ts.parseConfigFileTextToJson("tsconfig.json", byPath.get(`${root}tsconfig.json`) ?? "{}").config as { compilerOptions?: object };
    const options = { ...ts.convertCompilerOptionsFromJson(tsconfig.compilerOptions ?? {}, root).options, noEmit: true };
    const host = ts.createCompilerHost(options);
    host.getCurrentDirectory = () => root;
    host.fileExists = (name) => byPath.has(name) || (!name.startsWith(root) && ts.sys.fileExists(name));
    host.readFile = (name) => byPath.get(name) ?? (name.startsWith(root) ? undefined : ts.sys.readFile(name));
    host.directoryExists = (name) => name.startsWith(root) || ts.sys.directoryExists(name);
    host.getSourceFile = (name, language) => {
      const text = byPath.get(name);
      if (text !== undefined) return ts.createSourceFile(name, text, language);
      if (!libs.has(name)) {
        const lib = ts.sys.readFile(name);
        libs.set(name, lib === undefined ? undefined : ts.createSourceFile(name, lib, language));
      }
      return libs.get(name);
    };
    const roots = [...byPath.keys()].filter((name) => name.startsWith(`${root}src/`) && name.endsWith(".ts"));
    const program = ts.createProgram(roots, options, host);
    return ts.getPreEmitDiagnostics(program).map((item) => {
      const where = item.file ? ` (${item.file.fileName}:${item.start === undefined ? 0 : item.file.getLineAndCharacterOfPosition(item.start).line + 1})` : "";
      return ts.flattenDiagnosticMessageText(item.messageText, "\n") + where;
    });
  };
}
