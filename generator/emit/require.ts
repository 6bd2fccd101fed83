import { createRequire } from "node:module";

/**
 * `require` for the CommonJS packages emit uses (ts-morph, handlebars).
 * Imported from an ES module, a CommonJS package is first scanned for its
 * export names, and ts-morph re-exports the TypeScript compiler it bundles,
 * so Node scans megabytes of code for names it never uses (about 0.2 s of
 * every cold run); `require` skips the scan. Works from the ES build and the
 * CommonJS one alike.
 */
export const requireCommonJs = createRequire(typeof __filename === "string" ? __filename : import.meta.url);
