/**
 * The templates of templates/, precompiled by handlebars, by their text. Empty
 * here: the commands' bundle fills it (`precompiledTemplates` in
 * bin/command-bundles.mjs), so that a compiled run renders them without
 * loading handlebars' compiler or compiling them. A template whose text is
 * not here (a run from the sources, a template changed since the bundle was
 * built) is compiled as it is read (`render`).
 */
export const PRECOMPILED_TEMPLATES: ReadonlyMap<string, TemplateSpecification> = new Map();
