import type HandlebarsModule from "handlebars";
import { requireCommonJs } from "./require.js";

/** Handlebars, loaded with `require` (see `requireCommonJs`). */
const Handlebars = requireCommonJs("handlebars") as typeof HandlebarsModule;

/** The texts of the templates and runtime files; the CLI reads them from templates/. */
export interface TemplateSet {
  /** `client.ts.hbs`: one client class; its methods come rendered. */
  client: string;
  /** `method.ts.hbs`: one method of a client class. */
  method: string;
  /** `functions.ts.hbs`: a client's standalone functions. */
  functions: string;
  /** `function.ts.hbs`: one standalone function. */
  function: string;
  /** `index.ts.hbs`. */
  index: string;
  /** `package.json.hbs`. */
  packageJson: string;
  /** `sdk-info.ts.hbs`. */
  sdkInfo: string;
  /** `README.md.hbs`. */
  readme: string;
  /** `tsconfig.json.hbs`. */
  tsconfig: string;
  /** Runtime sources, copied into `src/runtime/`, sorted by name. */
  runtime: { name: string; text: string }[];
}

/** One isolated handlebars instance: no global helpers or partials. */
const handlebars = Handlebars.create();
const compiled = new Map<string, HandlebarsTemplateDelegate>();

/**
 * Render a template strictly: a missing field throws, nothing is HTML-escaped,
 * and only the built-in helpers (`if`, `each`, `unless`) exist. Compiled
 * templates are kept, so each is compiled once per process.
 *
 * @param template Template text.
 * @param view The view model.
 * @returns The rendered text.
 */
export function render(template: string, view: object): string {
  let delegate = compiled.get(template);
  if (!delegate) {
    delegate = handlebars.compile(template, { strict: true, noEscape: true, preventIndent: true, knownHelpersOnly: true });
    compiled.set(template, delegate);
  }
  return flattened(delegate(view));
}

/**
 * The same text, stored as one piece. Handlebars builds its output a piece at
 * a time, and V8 keeps such a string as a tree of its pieces until something
 * reads it whole. A file made of a thousand rendered methods would then copy
 * out every piece of every method's tree each time the file is built: 10-25 ms
 * per watch edit at 1,000 pages. Flattened once when rendered, a kept method
 * is one piece, and the file is a copy of a thousand pieces. Reading a
 * character is what makes V8 flatten a string (as `flatstr`, used by pino, relies on).
 */
function flattened(text: string): string {
  text.charCodeAt(0);
  return text;
}
