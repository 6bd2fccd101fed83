import { hmacSha1Base64 } from "./crypto.js";

/** Headers whose names start with this are signed, as is `date`. */
export const SIGNED_HEADER_PREFIX = "x-genauth-";

/**
 * Whether a header takes part in a management API signature.
 *
 * @param name Header name, any case.
 * @returns True for `date` and `x-genauth-*`.
 */
export function isSignedHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === "date" || lower.startsWith(SIGNED_HEADER_PREFIX);
}

/**
 * The signed headers, one `name:value\n` line each, sorted by name; values are
 * trimmed and tabs and line breaks become spaces.
 *
 * @param headers All request headers.
 * @returns The canonical header block.
 */
export function canonicalHeaders(headers: Readonly<Record<string, string>>): string {
  const lines = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .filter(([name]) => isSignedHeader(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}:${value.replace(/[\t\n\r\f]/g, " ").trim()}\n`);
  return lines.join("");
}

/**
 * The path followed, when there are parameters, by `?` and the sorted
 * `key=value` pairs joined with `&`: objects as JSON, undefined values left out.
 *
 * @param path The request path, e.g. `/api/v3/get-user`.
 * @param parameters Query parameters for GET, top-level body fields otherwise.
 * @returns The canonical resource.
 */
export function canonicalResource(path: string, parameters: object | undefined): string {
  const pairs = Object.entries(parameters ?? {})
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${typeof value === "object" && value !== null ? JSON.stringify(value) : String(value)}`);
  return pairs.length === 0 ? path : `${path}?${pairs.join("&")}`;
}

/**
 * The text a management API request signs: `METHOD\n`, the canonical headers, the canonical resource.
 *
 * @param request Verb, path, all headers and the parameters.
 * @returns The string to sign.
 */
export function stringToSign(request: { method: string; path: string; headers: Readonly<Record<string, string>>; parameters: object | undefined }): string {
  return `${request.method.toUpperCase()}\n${canonicalHeaders(request.headers)}${canonicalResource(request.path, request.parameters)}`;
}

/**
 * The `authorization` header value of a signed request.
 *
 * @param credentials The access key pair.
 * @param signedText The string to sign.
 * @returns `GenAuth <accessKeyId>:<base64 HMAC-SHA1>`.
 */
export async function signatureAuthorization(credentials: { accessKeyId: string; accessKeySecret: string }, signedText: string): Promise<string> {
  return `GenAuth ${credentials.accessKeyId}:${await hmacSha1Base64(credentials.accessKeySecret, signedText)}`;
}
