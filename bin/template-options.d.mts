/** How doc2sdk compiles its handlebars templates (see template-options.mjs). */
export declare const TEMPLATE_OPTIONS: Readonly<{ strict: true; noEscape: true; preventIndent: true; knownHelpersOnly: true }>;
