import type { InputPage } from "../analyse-pages.js";
import { hasErrors, sortDiagnostics, type Diagnostic } from "../diagnostics.js";
import { typecheckPackage } from "../build/compile.js";
import { emit } from "../emit/emit.js";
import type { TemplateSet } from "../emit/templates.js";
import type { IrSdk } from "../ir.js";
import { samplesThatDoNotCompile } from "./sample-rules.js";
import { lower } from "../lower/lower.js";
import { markdownPassParser } from "../parse/markdown-pass.js";
import { parsePageTree } from "../parse/page-tree.js";
import { readPageTree } from "../parse/page.js";
import { enumListDisagreements } from "./enum-rules.js";
import { DEFAULT_PROFILE } from "../profile/index.js";
import type { Profile } from "../profile/profile.js";
import { responseExampleMismatches } from "./example-rules.js";
import { exampleTypeMismatches, requiredWithDefault } from "./field-rules.js";
import { danglingLinks } from "./link-rules.js";
import { missingSections } from "./section-rules.js";

/**
 * Check a set of docs pages: everything parsing and lowering report (unknown
 * types, DTOs defined differently on two pages, missing columns…), plus the
 * lint rules: missing sections, dangling links, enum lists that disagree,
 * examples that do not match their type, and required fields with defaults.
 *
 * @param pages The pages, with paths relative to the working folder.
 * @param options The templates, to also generate the SDK and check the docs' sample code against it (a sample that does not compile is a warning at its page; without them the samples are not checked), and the API's profile (GenAuth's by default).
 * @returns Every problem, sorted by file, line and column.
 */
export function lintDocs(pages: readonly InputPage[], options: { templates?: TemplateSet; profile?: Profile } = {}): Diagnostic[] {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const parse = markdownPassParser();
  const trees = pages.map((page) => ({ file: page.file, ...parsePageTree(page.text, page.file, parse) }));
  const parsed = trees.map(({ file, tree, diagnostics }) => {
    const read = readPageTree(tree, file, profile);
    return { page: read.page, diagnostics: [...diagnostics, ...read.diagnostics] };
  });
  const models = parsed.map((result) => result.page);
  const lowered = lower(models, { profile });
  const typeNames = new Set(lowered.ir.types.map((type) => type.name));
  const samples = options.templates && !hasErrors(lowered.diagnostics) ? sampleProblems(lowered.ir, options.templates, profile) : [];
  return sortDiagnostics([
    ...parsed.flatMap((result) => result.diagnostics),
    ...lowered.diagnostics,
    ...missingSections(models),
    ...danglingLinks(trees, typeNames),
    ...enumListDisagreements(lowered.ir),
    ...exampleTypeMismatches(lowered.ir),
    ...responseExampleMismatches(lowered.ir),
    ...requiredWithDefault(lowered.ir),
    ...samples,
  ]);
}

function sampleProblems(ir: IrSdk, templates: TemplateSet, profile: Profile): Diagnostic[] {
  const files = emit(ir, { templates, package: { name: "doc2sdk-lint", version: "0.0.0", title: "Lint" }, source: "lint", profile });
  return samplesThatDoNotCompile(ir, files, typecheckPackage);
}
