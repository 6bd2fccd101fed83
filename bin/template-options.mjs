// How doc2sdk compiles its handlebars templates: the same when a run compiles one (generator/emit/templates.ts) and
// when the commands' bundle precompiles those of templates/ (bin/command-bundles.mjs). Types: template-options.d.mts.

/**
 * Strict (a missing field throws), nothing HTML-escaped, partials not
 * indented, and only the built-in helpers (`if`, `each`, `unless`). Frozen:
 * handlebars sets fields of the options it is given, so each compilation
 * takes a copy.
 */
export const TEMPLATE_OPTIONS = Object.freeze({ strict: true, noEscape: true, preventIndent: true, knownHelpersOnly: true });
