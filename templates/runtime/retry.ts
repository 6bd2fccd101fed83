import type { HttpMethod } from "./client.js";

/** Verbs that may be repeated without changing the outcome. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/** The longest wait a Retry-After header may ask for; a longer one is not waited for. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Base and ceiling of the exponential backoff. */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_MAX_MS = 8_000;

/**
 * Whether a request may be sent twice: idempotent verbs, and methods the docs
 * describe as reads (marked by the generator).
 *
 * @param method The verb.
 * @param markedIdempotent What the generated method says.
 * @returns True when a retry after a lost answer is safe.
 */
export function isIdempotent(method: HttpMethod, markedIdempotent: boolean | undefined): boolean {
  return markedIdempotent === true || IDEMPOTENT_METHODS.has(method);
}

/**
 * Whether an HTTP status is worth retrying. 429 and 408 mean the server did
 * not act on the request, so any request may be retried; 5xx only when idempotent.
 *
 * @param status HTTP status.
 * @param idempotent Whether the request is idempotent.
 * @returns True when a retry may succeed.
 */
export function isRetryableStatus(status: number, idempotent: boolean): boolean {
  if (status === 429 || status === 408) return true;
  return status >= 500 && status !== 501 && idempotent;
}

/**
 * Whether a failure to get an answer is worth retrying: when nothing was sent
 * (connection refused) always, otherwise only for idempotent requests.
 *
 * @param cause What fetch threw.
 * @param idempotent Whether the request is idempotent.
 * @returns True when a retry is safe.
 */
export function isRetryableFailure(cause: unknown, idempotent: boolean): boolean {
  return idempotent || errorCode(cause) === "ECONNREFUSED";
}

/**
 * The delay before retry number `attempt` (0 for the first retry): exponential
 * from 0.5 s up to 8 s, less up to 25 % of jitter so that clients spread out.
 *
 * @param attempt Retries already made.
 * @param random A number in [0, 1).
 * @returns Milliseconds to wait.
 */
export function backoffDelay(attempt: number, random: number): number {
  const ceiling = Math.min(BACKOFF_BASE_MS * 2 ** attempt, BACKOFF_MAX_MS);
  return Math.round(ceiling * (1 - 0.25 * random));
}

/**
 * The wait a response asks for: `retry-after-ms`, or `retry-after` in seconds or as an HTTP date.
 *
 * @param headers Response headers.
 * @param now The current time in milliseconds.
 * @returns Milliseconds, or undefined when the response does not say or says nonsense.
 */
export function retryAfterDelay(headers: Headers, now: number): number | undefined {
  const milliseconds = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number.parseFloat(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The `code` of an error or of any error in its cause chain (undici puts it on the cause). */
function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
