import type HandlebarsModule from "handlebars";
import { TEMPLATE_OPTIONS } from "../../bin/template-options.mjs";
import { PRECOMPILED_TEMPLATES } from "./precompiled-templates.js";
import { requireCommonJs } from "./require.js";

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
  /** `README.md.hbs`; the lines of its method reference come rendered. */
  readme: string;
  /** `readme-method.md.hbs`: one method's line in the README's method reference. */
  readmeMethod: string;
  /** `tsconfig.json.hbs`. */
  tsconfig: string;
  /** Runtime sources, copied into `src/runtime/`, sorted by name. */
  runtime: { name: string; text: string }[];
}

/**
 * Isolated handlebars instances (no global helpers or partials), loaded with
 * `require` (see `requireCommonJs`) when first needed: the runtime alone for
 * precompiled templates, the whole of handlebars to compile one.
 */
let runtime: typeof HandlebarsModule | null = null;
let compiler: typeof HandlebarsModule | null = null;
const compiled = new Map<string, HandlebarsTemplateDelegate>();

/**
 * Render a template strictly (`TEMPLATE_OPTIONS`: a missing field throws,
 * nothing is HTML-escaped, and only the built-in helpers `if`, `each` and
 * `unless` exist). A template is precompiled in the commands' bundle
 * (`PRECOMPILED_TEMPLATES`) or compiled once per process.
 *
 * @param template Template text.
 * @param view The view model.
 * @returns The rendered text.
 */
export function render(template: string, view: object): string {
  let delegate = compiled.get(template);
  if (!delegate) {
    delegate = templateDelegate(template);
    compiled.set(template, delegate);
  }
  return flattened(delegate(view));
}

function templateDelegate(template: string): HandlebarsTemplateDelegate {
  const precompiled = PRECOMPILED_TEMPLATES.get(template);
  if (precompiled) {
    runtime ??= (requireCommonJs("handlebars/runtime") as typeof HandlebarsModule).create();
    return runtime.template(precompiled);
  }
  compiler ??= (requireCommonJs("handlebars") as typeof HandlebarsModule).create();
  // A copy: handlebars sets fields of the options it is given.
  return compiler.compile(template, { ...TEMPLATE_OPTIONS });
}

/**
 * Where a view holds a file's items: a field; or a field holding a list, then
 * a field of each of its elements (the README's groups, then each group's lines).
 */
export type ItemsPath = readonly [string, ...string[]];

/**
 * The text of a template around the items of a view (a client's methods): the
 * text before the first item, between each two, and after the last. With the
 * items in their places (`interleaved`) it is the file in pieces: joined, they
 * are `render(template, view)`; kept apart, a file of thousands of methods is
 * never made into one string (at 6 MB that is thousands of page faults, and
 * garbage the size of the file) while a watch session compares it with the
 * last run and writes it. The items are rendered as
 * markers that no page can contain (NUL, which pages are refused for) and cut
 * out; the text depends only on the view less its items and on how many there
 * are where (`frameOf`), so a watch session keeps it while that is unchanged.
 *
 * @param template Template text, which prints each item as it is.
 * @param view The view model.
 * @param path Where the view holds the items.
 * @returns One more text than items, or null when the items are not all non-empty strings or the markers do not
 *   come back once each, in order (the template must then be rendered whole).
 */
export function skeletonOf(template: string, view: object, path: ItemsPath): string[] | null {
  const items = itemsAt(view, path);
  if (items === null || items.length === 0 || !fitsPieces(items)) return null;
  let next = 0;
  const marked = withItemsReplaced(view, path, (list) => list.map(() => `\u0000${next++}\u0000`));
  const segments = render(template, marked).split(/\u0000(\d+)\u0000/);
  const inPlace = segments.length === items.length * 2 + 1 && segments.every((segment, index) => index % 2 === 0 || segment === String((index - 1) / 2));
  return inPlace ? segments.filter((_, index) => index % 2 === 0) : null;
}

/**
 * What a file's skeleton depends on: the view with each list of items replaced by its length.
 *
 * @param view The view model.
 * @param path Where the view holds the items.
 * @returns Plain data, equal for two views exactly when their skeletons are.
 */
export function frameOf(view: object, path: ItemsPath): object {
  return withItemsReplaced(view, path, (list) => list.length);
}

/**
 * The items of a view, in order.
 *
 * @param view The view model.
 * @param path Where the view holds the items.
 * @returns The items, or null when a step of the path is not a list where one is expected.
 */
export function itemsAt(view: object, path: ItemsPath): unknown[] | null {
  const [field, ...rest] = path;
  const value = (view as Record<string, unknown>)[field];
  if (!Array.isArray(value)) return null;
  if (rest.length === 0) return value;
  const items: unknown[] = [];
  for (const element of value) {
    const inner = typeof element === "object" && element !== null ? itemsAt(element, rest as unknown as ItemsPath) : null;
    if (inner === null) return null;
    items.push(...inner);
  }
  return items;
}

/** A copy of the view with each list of items at the path replaced. */
function withItemsReplaced(view: object, path: ItemsPath, replace: (items: unknown[]) => unknown): object {
  const [field, ...rest] = path;
  const value = (view as Record<string, unknown[]>)[field]!;
  return { ...view, [field]: rest.length === 0 ? replace(value) : value.map((element) => withItemsReplaced(element as object, rest as unknown as ItemsPath, replace)) };
}

/**
 * Whether items may be put in a skeleton's place: each a non-empty string.
 *
 * @param items The items.
 * @returns True when every item is a non-empty string.
 */
export function fitsPieces(items: readonly unknown[]): items is readonly string[] {
  return items.every((item) => typeof item === "string" && item !== "");
}

/**
 * The pieces of a file: each text of a skeleton, then the item in its place.
 *
 * @param skeleton The texts around the items (`skeletonOf`), one more than the items.
 * @param items The items.
 * @returns The pieces, empty texts left out.
 */
export function interleaved(skeleton: readonly string[], items: readonly string[]): string[] {
  const pieces: string[] = [];
  for (const [index, item] of items.entries()) {
    if (skeleton[index] !== "") pieces.push(skeleton[index]!);
    pieces.push(item);
  }
  if (skeleton[items.length] !== "") pieces.push(skeleton[items.length]!);
  return pieces;
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
