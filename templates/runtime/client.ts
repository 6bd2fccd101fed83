import { sleep, startDeadline, type Deadline } from "./deadline.js";
import { apiErrorFor, ConnectionError, RequestAbortedError, ResponseFormatError, TimeoutError, type SdkError } from "./errors.js";
import { makeLog, type Logger, type LogLevel } from "./logger.js";
import { redactError } from "./redact.js";
import { expandPath, renameParameters } from "./path.js";
import { paginate, type PageShape } from "./pagination.js";
import { encodeQuery } from "./query.js";
import { backoffDelay, isIdempotent, isRetryableFailure, isRetryableStatus, MAX_RETRY_AFTER_MS, retryAfterDelay } from "./retry.js";

/** HTTP verbs the generated methods use. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Default timeout of one attempt, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Default number of retries after the first attempt. */
export const DEFAULT_MAX_RETRIES = 2;

/** Settings shared by every call of one client. Each client keeps its own copy: there is no global state. */
export interface ClientOptions {
  /** Origin of the API, e.g. `https://core.genauth.ai`; a path prefix is kept. */
  host: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** The fetch implementation; defaults to the global one. */
  fetch?: typeof fetch;
  /** Timeout of each attempt in milliseconds (default 10 000; 0 for none). */
  timeout?: number;
  /** Retries after the first attempt, for failures that a retry can fix (default 2). */
  maxRetries?: number;
  /** Where log lines go (default `console`). */
  logger?: Logger;
  /** How much to log: one line per attempt at `info`, retries at `warn`, failures at `error` (default `GENAUTH_LOG` on Node, else `off`). */
  logLevel?: LogLevel;
}

/** Settings for one call; each overrides the client's. */
export interface RequestOptions {
  /** Aborts the call, including its retries. */
  signal?: AbortSignal;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** Timeout of each attempt in milliseconds. */
  timeout?: number;
  /** Retries after the first attempt. */
  maxRetries?: number;
  /** Called with the HTTP status, headers and request ID of the answer a call resolves with. */
  onResponse?: (response: ResponseInfo) => void;
}

/** The HTTP side of a successful answer: what the resolved body does not show. */
export interface ResponseInfo {
  /** The HTTP status, e.g. 200. */
  status: number;
  /** The response headers (rate limits, tracing). */
  headers: Headers;
  /** The request's ID: the body's `requestId`, else the `x-request-id` header. */
  requestId: string | undefined;
}

/** What a generated method asks the runtime to send. */
export interface ApiRequest {
  /** HTTP verb. */
  method: HttpMethod;
  /** Absolute path, e.g. `/api/v3/delete-account`; `{name}` segments are filled from the parameters. */
  path: string;
  /** Parameters that fill `{name}` segments of the path (URL-encoded) instead of travelling in the query or body. */
  pathParameters?: readonly string[];
  /** Parameters sent in the query string. */
  query?: object;
  /** Parameters sent as the JSON body. */
  body?: object;
  /** True when the docs describe a read sent with a non-idempotent verb: it may be retried like a GET. */
  idempotent?: boolean;
}

/** What a generated link builder asks the runtime for: a URL on the client's host for a browser to visit. */
export interface LinkRequest {
  /** Absolute path; `{name}` segments are filled from the parameters. */
  path: string;
  /** Parameters that fill `{name}` segments of the path. */
  pathParameters?: readonly string[];
  /** Parameters sent in the query string. */
  query?: object;
  /** SDK parameter name → query key, where they differ (`redirectUri` → `redirect_uri`). */
  wireNames?: Readonly<Record<string, string>>;
}

/** A request about to be sent, handed to `authorize` to add its credentials. */
export interface OutgoingRequest {
  readonly method: HttpMethod;
  readonly path: string;
  /** The query parameters for GET, the body otherwise: what a signature covers. */
  readonly parameters: object | undefined;
  /** Headers with lower-case names; `authorize` adds to them. */
  readonly headers: Record<string, string>;
}

/** Name and version of the generated package, sent in `x-genauth-sdk-version`. */
export interface SdkInfo {
  name: string;
  version: string;
}

/** The shape of every GenAuth response body. */
interface ApiEnvelope {
  statusCode?: unknown;
  message?: unknown;
  apiCode?: unknown;
  requestId?: unknown;
}

/** How one attempt ended when it did not produce a value. */
interface FailedAttempt {
  error: SdkError;
  /** Whether another attempt may succeed. */
  retryable: boolean;
  /** The wait the server asked for. */
  retryAfterMs?: number;
}

/**
 * The base of every generated client: sends one request, with timeout and
 * retries, and turns the answer into a value or a typed error. Generated
 * methods are one-line calls to `request`; subclasses add credentials in `authorize`.
 */
export class ApiClient {
  readonly #host: string;
  readonly #headers: Record<string, string>;
  readonly #fetch: typeof fetch | undefined;
  readonly #timeout: number;
  readonly #maxRetries: number;
  readonly #log: ReturnType<typeof makeLog>;

  constructor(options: ClientOptions, sdk: SdkInfo = { name: "doc2sdk", version: "0.0.0" }) {
    this.#host = options.host.replace(/\/+$/, "");
    this.#headers = { accept: "application/json", "x-genauth-sdk-version": `${sdk.name}:${sdk.version}`, ...lowerCaseNames(options.headers) };
    this.#fetch = options.fetch;
    this.#timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this.#maxRetries = Math.max(0, options.maxRetries ?? DEFAULT_MAX_RETRIES);
    this.#log = makeLog(options.logger, options.logLevel);
  }

  /**
   * Call an endpoint the docs do not cover, with the same credentials,
   * signing, retries, timeouts and errors as the generated methods.
   *
   * @param request Verb, path (with `{name}` segments filled from `pathParameters`), and the query or body.
   * @param options Per-call settings.
   * @returns The parsed response body.
   */
  makeRequest<T = unknown>(request: ApiRequest, options?: RequestOptions): Promise<T> {
    return this.request<T>(request, options);
  }

  /**
   * Build the URL a browser is sent to (front-channel logout, say) for a link
   * the docs describe, on this client's host. Nothing is sent.
   *
   * @param link Path and parameters.
   * @returns The absolute URL.
   */
  makeUrl(link: LinkRequest): string {
    return this.buildUrl(link);
  }

  /**
   * Make a call and also get the HTTP side of its answer:
   * `const { data, response } = await client.withResponse((options) => client.getUser({ userId }, options))`.
   *
   * @param call Makes the call with the options it is given (they carry `onResponse`).
   * @param options Per-call settings passed on to the call.
   * @returns The resolved body, and the status, headers and request ID of the answer.
   */
  async withResponse<T>(call: (options: RequestOptions) => Promise<T>, options: RequestOptions = {}): Promise<{ data: T; response: ResponseInfo }> {
    let response: ResponseInfo | undefined;
    const data = await call({ ...options, onResponse: (seen) => (response = seen) });
    if (!response) throw new TypeError("withResponse: the call did not pass on the options it was given");
    return { data, response };
  }

  /**
   * Add credentials to a request; called again for every attempt, so a
   * signature is always fresh. The base client adds nothing.
   *
   * @param request The request about to be sent.
   */
  protected authorize(request: OutgoingRequest): void | Promise<void> {
    void request;
  }

  /**
   * Send a request and return the parsed body, retrying what a retry can fix.
   *
   * @param request Verb, path and parameters.
   * @param options Per-call settings.
   * @returns The response body.
   */
  protected async request<T>(unexpanded: ApiRequest, options: RequestOptions = {}): Promise<T> {
    try {
      const request = withPathFilled(unexpanded);
      const maxRetries = Math.max(0, options.maxRetries ?? this.#maxRetries);
      for (let retries = 0; ; retries++) {
        const started = Date.now();
        const outcome = await this.#attempt(request, options);
        const line = `${request.method} ${request.path} ${"error" in outcome ? describeOutcome(outcome.error) : "ok"} in ${Date.now() - started} ms${retries > 0 ? ` (retry ${retries})` : ""}`;
        if (!("error" in outcome)) {
          this.#log("info", line);
          options.onResponse?.(outcome.response);
          return outcome.value as T;
        }
        const delay = outcome.retryAfterMs ?? backoffDelay(retries, Math.random());
        const final = !outcome.retryable || retries >= maxRetries || delay > MAX_RETRY_AFTER_MS;
        this.#log(final ? "error" : "warn", final ? line : `${line}; retrying in ${Math.round(delay)} ms`);
        if (final) throw outcome.error;
        if (!(await sleep(delay, options.signal))) throw aborted(request);
      }
    } catch (error) {
      const callCredentials = Object.entries(options.headers ?? {}).filter(([name]) => CREDENTIAL_HEADER.test(name)).map(([, value]) => value);
      throw redactError(error, [...this.secretValues(), ...callCredentials]);
    }
  }

  /**
   * The credentials this client holds, removed from every error it throws
   * (whatever put them there: a platform message, a server that echoes a
   * header, a URL). The base client holds none.
   *
   * @returns The secret values.
   */
  protected secretValues(): string[] {
    return [];
  }

  /**
   * Every item of a paged method, page after page (the generated `…All` methods).
   *
   * @param fetchPage Calls the paged method for one page number.
   * @param shape Where each response holds its items and total, and the page size asked for.
   * @returns The items, each page fetched when the one before is used up.
   */
  protected paginate<Item>(fetchPage: (page: number) => Promise<unknown>, shape: PageShape): AsyncGenerator<Item, void, undefined> {
    return paginate<Item>(fetchPage, shape);
  }

  /**
   * Build the URL a browser is sent to (front-channel logout, say): the
   * client's host, the path and the URL-encoded query. Nothing is sent.
   *
   * @param link Path and parameters.
   * @returns The absolute URL.
   */
  protected buildUrl(link: LinkRequest): string {
    const expanded = expandPath(link.path, link.pathParameters ?? [], link.query);
    return `${this.#host}${expanded.path}${encodeQuery(renameParameters(expanded.rest, link.wireNames))}`;
  }

  async #attempt(request: ApiRequest, options: RequestOptions): Promise<{ value: unknown; response: ResponseInfo } | FailedAttempt> {
    const idempotent = isIdempotent(request.method, request.idempotent);
    const outgoing: OutgoingRequest = {
      method: request.method,
      path: request.path,
      parameters: request.query ?? request.body,
      headers: { ...this.#headers, ...lowerCaseNames(options.headers) },
    };
    const init: RequestInit = { method: request.method, headers: outgoing.headers };
    if (request.body !== undefined) {
      outgoing.headers["content-type"] = "application/json";
      init.body = JSON.stringify(request.body);
    }
    await this.authorize(outgoing);
    const timeout = options.timeout ?? this.#timeout;
    const deadline = startDeadline(timeout, options.signal);
    init.signal = deadline.signal;
    const send = this.#fetch ?? globalThis.fetch;
    try {
      let response: Response;
      let text: string;
      try {
        response = await send(`${this.#host}${request.path}${encodeQuery(request.query)}`, init);
        text = await response.text();
      } catch (cause) {
        return failedConnection(request, deadline, timeout, cause, idempotent);
      }
      return readBody(response, text, request, idempotent);
    } finally {
      deadline.dispose();
    }
  }
}

/** What a failed attempt's log line says: the status, or the kind of failure; never a message, which may hold anything. */
function describeOutcome(error: SdkError): string {
  const status = (error as { httpStatus?: number; statusCode?: number }).statusCode ?? (error as { httpStatus?: number }).httpStatus;
  return status === undefined ? error.name : `${status} ${error.name}`;
}

/** Per-call headers whose values are credentials, removed from errors like the client's own. */
const CREDENTIAL_HEADER = /authorization|cookie|token|secret|key/i;

/** The request with its path parameters moved from the query or body into the path. */
function withPathFilled(request: ApiRequest): ApiRequest {
  const names = request.pathParameters ?? [];
  if (names.length === 0) return request;
  const { pathParameters: _, ...rest } = request;
  const parameters = request.query ?? request.body;
  const expanded = expandPath(request.path, names, parameters);
  const travelling = request.query !== undefined ? { query: expanded.rest } : request.body !== undefined ? { body: expanded.rest ?? {} } : {};
  return { ...rest, path: expanded.path, ...travelling };
}

function failedConnection(request: ApiRequest, deadline: Deadline, timeout: number, cause: unknown, idempotent: boolean): FailedAttempt {
  const fired = deadline.cause();
  if (fired === "caller") throw aborted(request);
  if (fired === "timeout") return { error: new TimeoutError(`${request.method} ${request.path} timed out after ${timeout} ms`, timeout), retryable: idempotent };
  const error = new ConnectionError(`${request.method} ${request.path} failed: ${describeCause(cause)}`, { cause });
  return { error, retryable: isRetryableFailure(cause, idempotent) };
}

function readBody(response: Response, text: string, request: ApiRequest, idempotent: boolean): { value: unknown; response: ResponseInfo } | FailedAttempt {
  const retryable = isRetryableStatus(response.status, idempotent);
  const retryAfterMs = retryAfterDelay(response.headers, Date.now());
  const retry = retryAfterMs === undefined ? { retryable } : { retryable, retryAfterMs };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { error: new ResponseFormatError(`${request.method} ${request.path} answered HTTP ${response.status} with a body that is not JSON`, response.status), ...retry };
  }
  const envelope = (typeof body === "object" && body !== null ? body : {}) as ApiEnvelope;
  const bodyCode = typeof envelope.statusCode === "number" ? envelope.statusCode : undefined;
  if (response.ok && (bodyCode === undefined || bodyCode === 200)) {
    const requestId = typeof envelope.requestId === "string" ? envelope.requestId : (response.headers.get("x-request-id") ?? undefined);
    return { value: body, response: { status: response.status, headers: response.headers, requestId } };
  }
  const statusCode = bodyCode !== undefined && bodyCode !== 200 ? bodyCode : response.status;
  const error = apiErrorFor({
    message: typeof envelope.message === "string" ? envelope.message : `HTTP ${response.status}`,
    statusCode,
    ...(typeof envelope.apiCode === "number" ? { apiCode: envelope.apiCode } : {}),
    ...(typeof envelope.requestId === "string" ? { requestId: envelope.requestId } : {}),
    httpStatus: response.status,
  });
  return { error, ...retry };
}

function aborted(request: ApiRequest): RequestAbortedError {
  return new RequestAbortedError(`${request.method} ${request.path} was aborted by the caller`);
}

/** The cause's own message and code; never the request, so no header or token can leak. */
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = cause.cause instanceof Error ? ` (${cause.cause.message})` : "";
  return `${cause.message}${inner}`;
}

function lowerCaseNames(headers: Record<string, string> | undefined): Record<string, string> {
  const lowered: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) lowered[name.toLowerCase()] = value;
  return lowered;
}
