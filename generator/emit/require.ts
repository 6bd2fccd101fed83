import { createRequire } from "node:module";

/**
 * `require` for the CommonJS packages doc2sdk loads: ts-morph and handlebars
 * (emit), and TypeScript for a project's TypeScript config (generator/cli/config.ts).
 * Imported from an ES module, a CommonJS package is first scanned for its
 * export names, and ts-morph re-exports the TypeScript compiler it bundles,
 * so Node scans megabytes of code for names it never uses (about 0.2 s of
 * every cold run); `require` skips the scan. Works from the ES build and the
 * CommonJS one alike (the commands' bundle runs from V8's code cache, where
 * `import()` has no loader on Node 20).
 */
export const requireCommonJs = createRequire(typeof __filename === "string" ? __filename : import.meta.url);
