import { compareText } from "../diagnostics.js";
import type { IrSdk } from "../ir.js";
import { DEFAULT_PROFILE } from "../profile/index.js";
import type { Profile } from "../profile/profile.js";
import { clientFileView, functionsFileView } from "./client-file.js";
import { fileHeader } from "./header.js";
import { EMIT_STEPS, type EmitSteps } from "./steps.js";
import { piecedFile, withFinalNewline } from "./file-pieces.js";
import { modelsPieces } from "./models.js";
import { clientModuleName, functionsModuleName } from "./module-name.js";
import { functionExports, indexView, packageJsonView, readmeView, type PackageOptions } from "./package-files.js";
import { frameOf, itemsAt, render, skeletonOf, type ItemsPath, type TemplateSet } from "./templates.js";

/** A file to write, relative to the output folder. */
export interface GeneratedFile {
  /** Path with `/` separators, e.g. `src/index.ts`. */
  path: string;
  /** Full text. */
  text: string;
  /**
   * The text in pieces, for large files of a watch session (`piecedFile`): their concatenation is `text`, which
   * is then made only when read. Writers and comparisons use the pieces.
   */
  readonly pieces?: readonly string[];
}

/** What `emit` needs besides the IR. */
export interface EmitOptions {
  /** Template and runtime texts. */
  templates: TemplateSet;
  /** Package settings. */
  package: PackageOptions;
  /** What the SDK is generated from, named in every header, e.g. `docs-input`. */
  source: string;
  /** The API's profile (GenAuth's by default): how the README constructs its clients. */
  profile?: Profile;
}

/**
 * Write the SDK package: models, one module per client, the index, the
 * runtime copied from templates, package.json, tsconfig.json and a README.
 *
 * @param ir The SDK.
 * @param options Templates, package settings and the source label.
 * @returns Files sorted by path; the same IR always gives the same bytes.
 */
export function emit(ir: IrSdk, options: EmitOptions): GeneratedFile[] {
  return emitWith(EMIT_STEPS, ir, options);
}

/**
 * `emit`, made of the given steps: a watch session passes them wrapped with
 * caches. The files are the same for any steps that compute what `EMIT_STEPS` do.
 *
 * @param steps The per-declaration and per-method steps.
 * @param ir The SDK.
 * @param options Templates, package settings and the source label.
 * @returns Files sorted by path.
 */
export function emitWith(steps: EmitSteps, ir: IrSdk, options: EmitOptions): GeneratedFile[] {
  const { templates, source } = options;
  const header = fileHeader(source);
  const fromTemplate = (path: string, template: string, view: object): GeneratedFile => piecedFile(path, steps.assembleFile(path, [template, view], () => [render(template, view)]));
  // Files of one piece per method (a line of the README's): a watch session keeps them in pieces (see skeletonOf),
  // and their skeleton while it stands.
  const withItems = (path: string, template: string, view: object, items: ItemsPath): GeneratedFile => {
    const texts = (itemsAt(view, items) ?? []) as string[];
    return piecedFile(path, steps.assembleItems(path, [template, frameOf(view, items)], texts, () => skeletonOf(template, view, items), () => [render(template, view)]));
  };
  const declarations = steps.printDeclarations(ir.types);
  const files: GeneratedFile[] = [
    piecedFile("src/models.gen.ts", steps.assembleFile("src/models.gen.ts", [header, declarations], () => modelsPieces(header, declarations))),
    fromTemplate("src/index.ts", templates.index, indexView(ir, header)),
    fromTemplate("src/sdk-info.gen.ts", templates.sdkInfo, { header, ...packageJsonView(options.package) }),
    fromTemplate("package.json", templates.packageJson, { ...packageJsonView(options.package), functionExports: functionExports(ir) }),
    { path: "tsconfig.json", text: templates.tsconfig },
    withItems("README.md", templates.readme, readmeView(ir, options.package, source, (options.profile ?? DEFAULT_PROFILE).usage, (method) => steps.renderReadmeLine(method, templates)), ["methodGroups", "lines"]),
  ];
  for (const client of ir.clients) {
    files.push(withItems(`src/${clientModuleName(client.name)}.ts`, templates.client, clientFileView(client, templates, source, steps.renderMethod), ["methods"]));
    files.push(withItems(`src/${functionsModuleName(client.name)}.ts`, templates.functions, functionsFileView(client, templates, source, steps.renderFunction), ["functions"]));
  }
  for (const runtime of templates.runtime) {
    files.push({ path: `src/runtime/${runtime.name}`, text: `${fileHeader(`templates/runtime/${runtime.name}`)}\n${runtime.text}` });
  }
  return files.map(withFinalNewline).sort((a, b) => compareText(a.path, b.path));
}
