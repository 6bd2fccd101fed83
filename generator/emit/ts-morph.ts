import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";

/**
 * ts-morph, loaded with `require`. Imported from an ES module, a CommonJS
 * package is first scanned for its export names, and ts-morph re-exports the
 * TypeScript compiler it bundles, so Node scans some 9 MB of code for names it
 * never uses (about 0.2 s of every cold run); `require` skips the scan.
 */
export const tsMorph: typeof TsMorph = createRequire(typeof __filename === "string" ? __filename : import.meta.url)("ts-morph") as typeof TsMorph;
