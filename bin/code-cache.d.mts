/** Run a CommonJS bundle as the main program, with V8's code cache for it (see code-cache.mjs). */
export declare function runWithCodeCache(file: string, argv: readonly string[], cacheFile?: string | null): void;
