// How doc2sdk's commands are bundled, the same for bin/run.mjs (in this repository) and the published package
// (scripts/build-package.mjs): all of them in one CommonJS file, commands.cjs (generator/commands.ts), which V8 can
// cache compiled (bin/code-cache.mjs); ES modules it cannot, on Node 20.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { TEMPLATE_OPTIONS } from "./template-options.mjs";

/** The commands, each a module of generator/ (generator/commands.ts loads them). */
export const COMMANDS = ["cli", "mock-cli", "lint-cli", "diff-cli"];

/**
 * esbuild's options for the commands' bundle, `commands.cjs` in `outdir`.
 *
 * @param {string} root doc2sdk's own folder.
 * @param {string} outdir Where the bundles go.
 * @returns {import("esbuild").BuildOptions} The options.
 */
export function commandBundleOptions(root, outdir) {
  return {
    entryPoints: { commands: path.join(root, "generator", "commands.ts") },
    outdir,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    // Bundle the ES-module dependencies (the unified ecosystem is some 150 small modules, each resolved, read and compiled on its own);
    // the CommonJS packages emit requires (see generator/emit/require.ts) and esbuild stay outside.
    external: ["typescript", "ts-morph", "handlebars", "esbuild"],
    // The sources' `import.meta.url` (projectRoot, createRequire) is the bundle's own URL.
    define: { "import.meta.url": "__doc2sdkModuleUrl" },
    banner: { js: 'const __doc2sdkModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    plugins: [precompiledTemplates(root)],
    logLevel: "error",
  };
}

/**
 * An esbuild plugin that fills generator/emit/precompiled-templates.ts with
 * the templates of templates/, precompiled by handlebars with the options a
 * run compiles them with, by their text: a compiled run renders them without
 * loading handlebars' compiler or compiling them (30-40 ms of every run).
 *
 * @param {string} root doc2sdk's own folder.
 * @returns {import("esbuild").Plugin} The plugin.
 */
function precompiledTemplates(root) {
  return {
    name: "doc2sdk-precompiled-templates",
    setup(build) {
      build.onLoad({ filter: /[\\/]generator[\\/]emit[\\/]precompiled-templates\.ts$/ }, () => {
        const handlebars = createRequire(import.meta.url)("handlebars");
        const folder = path.join(root, "templates");
        const entries = readdirSync(folder)
          .filter((name) => name.endsWith(".hbs"))
          .sort()
          .map((name) => readFileSync(path.join(folder, name), "utf8"))
          .map((text) => `  [${JSON.stringify(text)}, ${handlebars.precompile(text, { ...TEMPLATE_OPTIONS })}],`);
        return { contents: `export const PRECOMPILED_TEMPLATES = new Map([\n${entries.join("\n")}\n]);\n`, loader: "js" };
      });
    },
  };
}
