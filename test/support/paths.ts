import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The shared corpus, beside the clone. */
export const CORPUS = path.resolve(ROOT, "..", "shared", "docs-corpus");
/** Scratch output, git-ignored. */
export const SCRATCH = path.join(ROOT, "test", ".scratch");
