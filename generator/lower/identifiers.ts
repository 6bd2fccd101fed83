import { compareText, diagnostic, type Diagnostic } from "../diagnostics.js";
import type { IrMethod, IrNamedType, IrTypeRef, SourceLocation } from "../ir.js";
import type { ClientDraft, SdkDraft } from "./client-runtime.js";
import { isIdentifier } from "../names.js";
import { RESERVED_WORDS } from "../ir-utils/reserved-words.js";


/**
 * The one authority over the identifiers the emitter prints for clients,
 * types and methods. Names come from docs, file names and URLs; any of them
 * can be a reserved word, a TypeScript built-in, a name the runtime exports,
 * a member of the client base classes, or no identifier at all. Each such name
 * is changed deterministically (made an identifier, then `_` appended while it
 * is taken) with a warning that names both, so the SDK always compiles.
 */

/** Global names a generated declaration must not shadow (the client code and its types use them). */
export const GLOBAL_NAMES: ReadonlySet<string> = new Set([
  "Array", "ArrayBuffer", "Boolean", "Date", "Error", "Function", "JSON", "Map", "Math", "Number", "Object", "Partial", "Pick",
  "Omit", "Promise", "Readonly", "Record", "RegExp", "Required", "Set", "String", "Symbol", "TypeError", "URL", "URLSearchParams",
  "Headers", "Request", "Response", "AbortSignal", "AbortController", "Uint8Array", "TextEncoder", "TextDecoder", "globalThis",
  "Awaited", "ReturnType", "Parameters", "Exclude", "Extract", "NonNullable", "ReadonlyArray", "PromiseLike", "fetch",
]);

/** What the runtime (templates/runtime/index.ts) and the generated package export; the test checks this against the runtime. */
export const RUNTIME_NAMES: ReadonlySet<string> = new Set([
  "AuthenticationClientBase", "TOKEN_ENDPOINT_PATHS", "AuthenticationClientOptions", "TokenEndpointAuthMethod", "ApiClient",
  "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT_MS", "ApiRequest", "ClientOptions", "HttpMethod", "LinkRequest", "OutgoingRequest",
  "RequestOptions", "ResponseInfo", "SdkInfo", "ConnectionError", "GenAuthApiError", "RequestAbortedError", "ResponseFormatError", "SdkError",
  "TimeoutError", "ApiErrorInit", "DEFAULT_MANAGEMENT_HOST", "ManagementClientBase", "ManagementClientOptions", "expandPath",
  "renameParameters", "ExpandedPath", "encodeQuery", "canonicalHeaders", "canonicalResource", "isSignedHeader",
  "signatureAuthorization", "stringToSign", "SDK_INFO", "pathSegment", "AuthenticationError", "BadRequestError", "ConflictError",
  "InternalServerError", "NotFoundError", "PermissionDeniedError", "RateLimitError", "UnprocessableEntityError", "apiErrorFor", "ENVIRONMENT_VARIABLES", "Logger", "LogLevel",
]);

/** Members of the client base classes (and of every object) that a generated method must not replace. */
export const BASE_MEMBERS: ReadonlySet<string> = new Set([
  "constructor", "request", "buildUrl", "makeUrl", "paginate", "withResponse", "authorize", "setAccessToken", "secretValues", "makeRequest", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf",
  "propertyIsEnumerable", "toLocaleString", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
]);

/**
 * Settle every identifier of the IR.
 *
 * @param ir The lowered SDK (not changed).
 * @param profileNames Names the profile's runtime adds to client modules (base classes, options types).
 * @returns The SDK with renamed copies where a name had to change (the same object when none did), and a warning per change.
 */
export function settleIdentifiers(ir: SdkDraft, profileNames: ReadonlySet<string> = new Set()): { ir: SdkDraft; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const clientNames = settleGroup(
    ir.clients.map((client) => ({ name: client.name, place: client.methods[0]?.source })),
    (name) => RESERVED_WORDS.has(name) || GLOBAL_NAMES.has(name) || RUNTIME_NAMES.has(name) || profileNames.has(name),
    "client",
    identifierFrom(pascal),
    diagnostics,
  );
  const clientSet = new Set(ir.clients.map((client) => clientNames.get(client.name) ?? client.name));
  const typeNames = settleGroup(
    ir.types.map((type) => ({ name: type.name, place: type.source })),
    (name) => isReservedTypeName(name, profileNames, clientSet),
    "type",
    identifierFrom(pascal),
    diagnostics,
  );
  const renamedTypes = typeNames.size > 0;
  const types = renamedTypes ? ir.types.map((type) => renameType(type, typeNames)).sort((a, b) => compareText(a.name, b.name)) : ir.types;
  let changed = renamedTypes;
  const clients = ir.clients.map((client) => {
    const methodNames = settleGroup(
      client.methods.map((method) => ({ name: method.name, place: method.source })),
      (name) => BASE_MEMBERS.has(name),
      `method of \`${client.name}\``,
      identifierFrom(camel),
      diagnostics,
    );
    const name = clientNames.get(client.name) ?? client.name;
    const methodsChanged = methodNames.size > 0;
    if (name === client.name && !methodsChanged && !renamedTypes) return client;
    changed = true;
    const methods = client.methods.map((method) => renameMethod(method, methodNames.get(method.name) ?? method.name, typeNames)).sort((a, b) => compareText(a.name, b.name));
    return { ...client, name, methods } satisfies ClientDraft;
  });
  if (!changed) return { ir, diagnostics };
  return { ir: { clients: [...clients].sort((a, b) => compareText(a.name, b.name)), types }, diagnostics };
}

/**
 * Whether a type may not have a name: a keyword, a built-in, a name the
 * runtime or the profile adds, or a client's name.
 *
 * @param name A type name.
 * @param profileNames Names the profile's runtime adds to client modules.
 * @param clientNames The clients' names.
 * @returns True when the type must be renamed.
 */
export function isReservedTypeName(name: string, profileNames: ReadonlySet<string>, clientNames: ReadonlySet<string>): boolean {
  return RESERVED_WORDS.has(name) || GLOBAL_NAMES.has(name) || RUNTIME_NAMES.has(name) || profileNames.has(name) || clientNames.has(name);
}

/**
 * Settle the names of one namespace: each becomes an identifier, then `_` is
 * appended while it is reserved or taken by an earlier one (in sorted order).
 * Returns only the names that change: most runs change none, and then the
 * namespace is neither sorted nor copied.
 */
function settleGroup(
  items: readonly { name: string; place: SourceLocation | undefined }[],
  reserved: (name: string) => boolean,
  what: string,
  toIdentifier: (name: string) => string,
  diagnostics: Diagnostic[],
): Map<string, string> {
  const renamed = new Map<string, string>();
  const settled = (name: string): boolean => isIdentifier(name) && !reserved(name);
  const unsettled = items.filter((item) => !settled(item.name));
  if (unsettled.length === 0) return renamed;
  const taken = new Set(items.map((item) => item.name).filter(settled));
  for (const item of unsettled.sort((a, b) => compareText(a.name, b.name))) {
    if (renamed.has(item.name)) continue;
    let name = toIdentifier(item.name);
    while (reserved(name) || taken.has(name)) name = `${name}_`;
    taken.add(name);
    renamed.set(item.name, name);
    const why = isIdentifier(item.name) ? "is reserved (a keyword, a built-in, a runtime export or a base-class member)" : "is not an identifier";
    if (item.place) diagnostics.push(diagnostic("warning", "renamed-identifier", `Unexpected ${what} name \`${item.name}\`: it ${why}; emitted as \`${name}\``, item.place));
  }
  return renamed;
}

/** An identifier from any text: words split at anything that is not a letter, digit, `_` or `$`, joined in the given case. */
function identifierFrom(join: (words: string[]) => string): (name: string) => string {
  return (name) => {
    const words = name.split(/[^A-Za-z0-9_$]+/).filter((word) => word !== "");
    const joined = join(words).replace(/^[0-9]+/, "");
    return joined === "" ? join(["unnamed"]) : joined;
  };
}

function pascal(words: string[]): string {
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}

function camel(words: string[]): string {
  const joined = pascal(words);
  return joined.charAt(0).toLowerCase() + joined.slice(1);
}

function renameType(type: IrNamedType, names: ReadonlyMap<string, string>): IrNamedType {
  const name = names.get(type.name) ?? type.name;
  if (type.kind === "enum") return name === type.name ? type : { ...type, name };
  return { ...type, name, fields: type.fields.map((field) => ({ ...field, type: renameRef(field.type, names) })) };
}

function renameMethod(method: IrMethod, name: string, types: ReadonlyMap<string, string>): IrMethod {
  const parametersType = method.parametersType === null ? null : (types.get(method.parametersType) ?? method.parametersType);
  return { ...method, name, parametersType, returns: renameRef(method.returns, types) };
}

function renameRef(type: IrTypeRef, names: ReadonlyMap<string, string>): IrTypeRef {
  switch (type.kind) {
    case "named":
      return { kind: "named", name: names.get(type.name) ?? type.name };
    case "array":
      return { kind: "array", items: renameRef(type.items, names) };
    case "map":
      return { kind: "map", values: renameRef(type.values, names) };
    case "union":
      return { kind: "union", types: type.types.map((member) => renameRef(member, names)) };
    default:
      return type;
  }
}
