/** What stands in for a credential in messages. */
export const REDACTED = "[redacted]";

/**
 * Remove credentials from text the SDK reports: every known secret value
 * (and its URL-encoded form), the user and password of a URL, and query
 * strings, which may carry tokens.
 *
 * @param text A message, from the SDK, the server or the platform.
 * @param secrets The client's credentials; values shorter than 4 characters are not searched for.
 * @returns The text without them.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let safe = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const form of new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])) safe = safe.split(form).join(REDACTED);
  }
  return safe.replace(/\/\/[^/\s@]+@/g, `//${REDACTED}@`).replace(/(\/[^\s?#'"]*)\?[^\s'")]*/g, `$1?${REDACTED}`);
}

/**
 * The same error with credentials removed from its message, stack and cause
 * (a cause that is an error is replaced by a copy with a redacted message,
 * so nothing reachable from the error holds a secret).
 *
 * @param error What was thrown.
 * @param secrets The client's credentials.
 * @returns The error, changed in place when it is an `Error`.
 */
export function redactError(error: unknown, secrets: readonly string[]): unknown {
  if (!(error instanceof Error)) return typeof error === "string" ? redact(error, secrets) : error;
  error.message = redact(error.message, secrets);
  if (error.stack) error.stack = redact(error.stack, secrets);
  if ("cause" in error && error.cause !== undefined) {
    const cause = error.cause instanceof Error ? Object.assign(new Error(redact(error.cause.message, secrets)), { name: error.cause.name }) : typeof error.cause === "string" ? redact(error.cause, secrets) : undefined;
    Object.defineProperty(error, "cause", { value: cause, configurable: true, writable: true, enumerable: false });
  }
  return error;
}
