import { createHmac } from "node:crypto";

/**
 * The mock server's own reading of GenAuth's management API signature, written
 * apart from the client runtime's `signing.ts` (and on node:crypto rather than
 * WebCrypto), so that a mistake in the client cannot be repeated by the check.
 * Both are tested against the same vectors (test/support/signature-vectors.ts).
 *
 * The signed text is the verb, a line break, a `name:value` line for `date` and
 * every `x-genauth-*` header (lower-case names in code-unit order, values with
 * tabs and line breaks as spaces, trimmed), then the path with the parameters
 * as sorted `key=value` pairs after `?` (objects as JSON, undefined left out).
 *
 * @param request Verb, path, the received headers and parameters.
 * @param accessKeySecret The key that signs.
 * @returns The base64 HMAC-SHA1 the request should carry.
 */
export function expectedSignature(
  request: { method: string; path: string; headers: Readonly<Record<string, string>>; parameters: object | undefined },
  accessKeySecret: string,
): string {
  return createHmac("sha1", accessKeySecret).update(signedText(request), "utf8").digest("base64");
}

/** The text GenAuth signs for a request. */
export function signedText(request: { method: string; path: string; headers: Readonly<Record<string, string>>; parameters: object | undefined }): string {
  const signed = Object.entries(request.headers)
    .map(([name, value]) => ({ name: name.toLowerCase(), value }))
    .filter(({ name }) => name === "date" || name.startsWith("x-genauth-"))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const headerLines = signed.map(({ name, value }) => `${name}:${value.replace(/[\t\n\r\f]/g, " ").trim()}`);
  const pairs: string[] = [];
  for (const key of Object.keys(request.parameters ?? {}).sort()) {
    const value: unknown = (request.parameters as Record<string, unknown>)[key];
    if (value === undefined) continue;
    pairs.push(`${key}=${value !== null && typeof value === "object" ? JSON.stringify(value) : String(value)}`);
  }
  const resource = pairs.length > 0 ? `${request.path}?${pairs.join("&")}` : request.path;
  return [request.method.toUpperCase(), ...headerLines, resource].join("\n");
}
