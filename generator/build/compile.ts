import path from "node:path/posix";
import ts from "typescript";
import type { GeneratedFile } from "../emit/emit.js";

/** The two module formats the package ships, each in its own folder of dist/. */
export const BUILD_FORMATS = [
  { name: "esm", packageType: "module" },
  { name: "cjs", packageType: "commonjs" },
] as const;

/** What compiling the generated package produced. */
export interface CompileResult {
  /** dist/esm and dist/cjs: `.js` and `.d.ts` files, plus dist/cjs/package.json; sorted. Empty when there are errors. */
  files: GeneratedFile[];
  /** Compiler errors as `file:line:column: message`, paths relative to the package. */
  errors: string[];
}

/** Where the package's files appear to the compiler; nothing is read from or written to this path. */
const VIRTUAL_ROOT = "/doc2sdk-package";

/**
 * Compile the generated package's sources to ESM and CommonJS with type
 * declarations, in memory. The package's own files never touch the disk; the
 * compiler reads only its standard library (lib.es2022, lib.dom) from its
 * installation. Each format is type-checked under strict settings with
 * NodeNext resolution, seeing a package.json of its own `type`.
 *
 * @param files The generated package (only `src/**\/*.ts` is compiled).
 * @returns The dist files, or the compiler's errors.
 */
export function compilePackage(files: readonly GeneratedFile[]): CompileResult {
  const sources = new Map(files.filter((file) => file.path.startsWith("src/") && file.path.endsWith(".ts")).map((file) => [`${VIRTUAL_ROOT}/${file.path}`, file.text] as const));
  const libCache = new Map<string, ts.SourceFile | undefined>();
  const output: GeneratedFile[] = [];
  const errors: string[] = [];
  for (const format of BUILD_FORMATS) {
    const outDir = `${VIRTUAL_ROOT}/dist/${format.name}`;
    const result = compileFormat(sources, { ...compilerOptions(), outDir }, format.packageType, libCache);
    errors.push(...result.errors);
    output.push(...result.files);
  }
  if (errors.length > 0) return { files: [], errors: [...new Set(errors)] };
  output.push({ path: "dist/cjs/package.json", text: `${JSON.stringify({ type: "commonjs" }, null, 2)}\n` });
  return { files: output.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), errors: [] };
}

/**
 * Type-check the generated package's sources (as ESM) without emitting.
 *
 * @param files The generated package, and any extra `src/` file to check with it.
 * @returns The compiler's errors as `file:line:column: message`, empty when it type-checks.
 */
export function typecheckPackage(files: readonly GeneratedFile[]): string[] {
  const sources = new Map(files.filter((file) => file.path.startsWith("src/") && file.path.endsWith(".ts")).map((file) => [`${VIRTUAL_ROOT}/${file.path}`, file.text] as const));
  return compileFormat(sources, { ...compilerOptions(), noEmit: true }, "module", new Map()).errors;
}

function compilerOptions(): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    strict: true,
    noUncheckedIndexedAccess: true,
    declaration: true,
    skipLibCheck: true,
    noEmitOnError: true,
    newLine: ts.NewLineKind.LineFeed,
    rootDir: `${VIRTUAL_ROOT}/src`,
  };
}

function compileFormat(
  sources: ReadonlyMap<string, string>,
  options: ts.CompilerOptions,
  packageType: string,
  libCache: Map<string, ts.SourceFile | undefined>,
): { files: GeneratedFile[]; errors: string[] } {
  const packageJsonPath = `${VIRTUAL_ROOT}/package.json`;
  const virtualText = (fileName: string): string | undefined => (fileName === packageJsonPath ? JSON.stringify({ type: packageType }) : sources.get(fileName));
  const base = ts.createCompilerHost(options, true);
  const files: GeneratedFile[] = [];
  const host: ts.CompilerHost = {
    ...base,
    getCurrentDirectory: () => VIRTUAL_ROOT,
    fileExists: (fileName) => (fileName.startsWith(`${VIRTUAL_ROOT}/`) ? virtualText(fileName) !== undefined : base.fileExists(fileName)),
    readFile: (fileName) => (fileName.startsWith(`${VIRTUAL_ROOT}/`) ? virtualText(fileName) : base.readFile(fileName)),
    directoryExists: (directory) => (directory.startsWith(VIRTUAL_ROOT) ? [...sources.keys(), packageJsonPath].some((file) => file.startsWith(`${directory}/`)) : (base.directoryExists?.(directory) ?? false)),
    getDirectories: (directory) => (directory.startsWith(VIRTUAL_ROOT) ? [] : (base.getDirectories?.(directory) ?? [])),
    realpath: (fileName) => fileName,
    getSourceFile: (fileName, languageVersion, onError) => {
      const text = virtualText(fileName);
      if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
      if (!libCache.has(fileName)) libCache.set(fileName, base.getSourceFile(fileName, languageVersion, onError));
      return libCache.get(fileName);
    },
    writeFile: (fileName, text) => {
      files.push({ path: path.relative(VIRTUAL_ROOT, fileName), text });
    },
  };
  const program = ts.createProgram([...sources.keys()].sort(), options, host);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0 || options.noEmit) return { files: [], errors: diagnostics.map(formatCompilerDiagnostic) };
  const emitted = program.emit();
  return { files, errors: emitted.diagnostics.map(formatCompilerDiagnostic) };
}

function formatCompilerDiagnostic(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  if (!diagnostic.file || diagnostic.start === undefined) return message;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${path.relative(VIRTUAL_ROOT, diagnostic.file.fileName)}:${line + 1}:${character + 1}: ${message}`;
}
