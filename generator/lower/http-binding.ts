import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { HttpVerb, IrField, IrHttpBinding, IrTypeRef } from "../ir.js";
import { IDEMPOTENT_METHODS } from "../../templates/runtime/retry.js";
import type { Profile } from "../profile/profile.js";
import type { HttpOverride } from "../page.js";

/** Method-name prefixes that read data, and so are sent as GET by the rule. */
export const READ_PREFIXES = ["get", "list", "check", "is", "has", "search", "find", "query", "count"] as const;
/** A name that says it builds a URL to send someone to (`generateLinkExtIdpUrl`, `buildAuthorizeUrl`): it changes nothing. */
const URL_BUILDER = /^(?:generate|build|make)[A-Z]\w*(?:Url|URL)$/;

export const VERBS: readonly HttpVerb[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/**
 * Choose a method's HTTP verb and path.
 *
 * The rule, used where front matter does not say:
 * - path: the profile's (GenAuth: `/api/v3/` + the page's file name without `.md`);
 * - verb: the profile's, or doc2sdk's: GET for a method without parameters (it has nothing to send), and
 *   GET when the method name reads (it starts with a read prefix: get, list, check, is, has,
 *   search, find, query, count; or it builds a URL: `generate…Url`, `build…Url`, `make…Url`) and every parameter can travel in a query string
 *   (no object or array parameter, which a query string has no standard form for,
 *   and no secret such as a password or an app secret, which must not end up in
 *   URLs and their logs); POST otherwise.
 *
 * @param input The page file, the camelCase method name, its parameters, the front matter overrides and the profile.
 * @returns The binding and diagnostics (an unknown verb or an unsafe path is a warning, and the rule's is used).
 */
export function bindHttp(input: {
  file: string;
  methodName: string;
  parameters: readonly IrField[];
  override: HttpOverride;
  isObjectType: (name: string) => boolean;
  profile: Profile;
}): { http: IrHttpBinding; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const { override } = input;
  const ruleInput = { file: input.file, methodName: input.methodName, parameters: input.parameters };
  let verb = input.profile.http.ruleVerb(ruleInput) ?? ruleVerb(input.methodName, input.parameters, input.isObjectType);
  let path = input.profile.http.rulePath(ruleInput);
  const ruled = checkPathTemplate(path, input.parameters);
  let pathParameters: string[] = typeof ruled === "string" ? [] : ruled;
  if (override.verb) {
    const written = override.verb.text.trim().toUpperCase() as HttpVerb;
    if (VERBS.includes(written)) verb = written;
    else diagnostics.push(diagnostic("warning", "http-override", `Unexpected HTTP method \`${override.verb.text}\`, expected one of ${VERBS.join(", ")}; the rule's ${verb} is used`, override.verb.place));
  }
  if (override.path) {
    const written = override.path.text.trim();
    const checked = checkPathTemplate(written, input.parameters);
    if (typeof checked === "string") diagnostics.push(diagnostic("warning", "http-override", `Unexpected path \`${written}\`, expected ${checked}; the rule's ${path} is used`, override.path.place));
    else ({ path, pathParameters } = { path: written, pathParameters: checked });
  }
  const origin = override.verb || override.path ? "front-matter" : "rule";
  const parametersIn = verb === "GET" || verb === "DELETE" ? "query" : "body";
  const idempotent = isIdempotentCall(verb, input.methodName);
  return { http: { verb, path, origin, parametersIn, idempotent, pathParameters, wireNames: [], headers: [], server: null }, diagnostics };
}

/**
 * Whether sending a call twice is harmless, so the client may retry it: the
 * verbs the runtime itself retries (its one list), and methods whose name reads.
 *
 * @param verb The HTTP verb.
 * @param methodName camelCase method name.
 * @returns True when the call may be retried.
 */
export function isIdempotentCall(verb: HttpVerb, methodName: string): boolean {
  return IDEMPOTENT_METHODS.has(verb) || isReadName(methodName);
}

/** A read prefix followed by the next word's start, or nothing. */
const READ_NAME = new RegExp(`^(?:${READ_PREFIXES.join("|")})(?:[A-Z0-9_]|$)`);

/**
 * Whether a method name reads: it starts with a read prefix (`getUser`,
 * `listRoles`, `isUserExists`), or it builds a URL (`generateLinkExtIdpUrl`).
 *
 * @param methodName camelCase method name.
 * @returns True for reads.
 */
export function isReadName(methodName: string): boolean {
  return READ_NAME.test(methodName) || URL_BUILDER.test(methodName);
}

/** Parameter names that hold a secret: never sent in a URL. */
const SECRET_NAME = /secret|password|passwd/i;

function ruleVerb(methodName: string, parameters: readonly IrField[], isObjectType: (name: string) => boolean): HttpVerb {
  // A call with nothing to send has no body to carry: it fetches.
  if (parameters.length === 0) return "GET";
  const fitsQuery = parameters.every((parameter) => !SECRET_NAME.test(parameter.name) && fitsQueryString(parameter.type, isObjectType));
  return isReadName(methodName) && fitsQuery ? "GET" : "POST";
}

function fitsQueryString(type: IrTypeRef, isObjectType: (name: string) => boolean): boolean {
  switch (type.kind) {
    case "primitive":
    case "literal-union":
      return true;
    case "array":
      return false;
    case "named":
      return !isObjectType(type.name);
    case "union":
      return type.types.every((member) => fitsQueryString(member, isObjectType));
    case "map":
    case "unknown":
      return false;
  }
}

/**
 * Check a path that docs or a bindings file state: absolute, no empty, `.` or
 * `..` segments (they would leave the API's prefix), no `?` or `#`, and every
 * `{name}` placeholder a whole segment naming a parameter.
 *
 * @param path The path as written.
 * @param parameters The method's parameters.
 * @returns The placeholders in path order, or what was expected instead.
 */
export function checkPathTemplate(path: string, parameters: readonly Pick<IrField, "name">[]): string[] | string {
  if (!path.startsWith("/")) return "an absolute path starting with /";
  if (/[?#\s\\]/.test(path)) return "a path without a query, fragment, spaces or backslashes";
  const segments = path.slice(1).split("/");
  if (segments.some((segment, index) => (segment === "" && index < segments.length - 1) || segment === "." || segment === ".." || /%2e/i.test(segment))) return "a path without empty, `.` or `..` segments";
  const placeholders: string[] = [];
  for (const segment of segments) {
    if (!segment.includes("{") && !segment.includes("}")) continue;
    const name = /^\{([A-Za-z_$][\w$]*)\}$/.exec(segment)?.[1];
    if (!name) return `placeholders as whole segments, such as /users/{userId} (not \`${segment}\`)`;
    if (!parameters.some((parameter) => parameter.name === name)) return `a placeholder that names a parameter (\`${name}\` is not one)`;
    placeholders.push(name);
  }
  return placeholders;
}
