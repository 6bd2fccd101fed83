import { ConnectionError, GenAuthApiError, ResponseFormatError } from "./errors.js";
import { encodeQuery } from "./query.js";

/** HTTP verbs the generated methods use. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Settings shared by every call of one client. Each client has its own: there is no global state. */
export interface ClientOptions {
  /** Origin of the API, e.g. `https://core.genauth.ai`. */
  host: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** The fetch implementation; defaults to the global one. */
  fetch?: typeof fetch;
}

/** Settings for one call. */
export interface RequestOptions {
  /** Aborts the call. */
  signal?: AbortSignal;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

/** What a generated method asks the runtime to send. */
export interface ApiRequest {
  /** HTTP verb. */
  method: HttpMethod;
  /** Absolute path, e.g. `/api/v3/delete-account`. */
  path: string;
  /** Parameters sent in the query string. */
  query?: object;
  /** Parameters sent as the JSON body. */
  body?: object;
}

/** The shape of every GenAuth response body. */
interface ApiEnvelope {
  statusCode?: unknown;
  message?: unknown;
  apiCode?: unknown;
  requestId?: unknown;
}

/**
 * The base of every generated client: sends one request and turns the answer
 * into a value or a typed error. Generated methods are one-line calls to `request`.
 */
export class ApiClient {
  readonly #options: ClientOptions;

  constructor(options: ClientOptions) {
    this.#options = { ...options, headers: { ...options.headers } };
  }

  /**
   * Send a request and return the parsed body.
   *
   * @param request Verb, path and parameters.
   * @param options Per-call settings.
   * @returns The response body.
   */
  protected async request<T>(request: ApiRequest, options: RequestOptions = {}): Promise<T> {
    const url = new URL(request.path + encodeQuery(request.query), this.#options.host);
    const headers: Record<string, string> = { accept: "application/json", ...this.#options.headers, ...options.headers };
    const init: RequestInit = { method: request.method, headers };
    if (options.signal) init.signal = options.signal;
    if (request.body !== undefined) {
      headers["content-type"] = "application/json";
      init.body = JSON.stringify(request.body);
    }
    const send = this.#options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await send(url, init);
    } catch (cause) {
      throw new ConnectionError(`${request.method} ${request.path} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    }
    return readBody<T>(response, request);
  }
}

async function readBody<T>(response: Response, request: ApiRequest): Promise<T> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ResponseFormatError(`${request.method} ${request.path} answered HTTP ${response.status} with a body that is not JSON`, response.status);
  }
  const envelope = (typeof body === "object" && body !== null ? body : {}) as ApiEnvelope;
  const statusCode = typeof envelope.statusCode === "number" ? envelope.statusCode : response.ok ? 200 : response.status;
  if (statusCode !== 200) {
    throw new GenAuthApiError({
      message: typeof envelope.message === "string" ? envelope.message : `HTTP ${response.status}`,
      statusCode,
      ...(typeof envelope.apiCode === "number" ? { apiCode: envelope.apiCode } : {}),
      ...(typeof envelope.requestId === "string" ? { requestId: envelope.requestId } : {}),
      httpStatus: response.status,
    });
  }
  return body as T;
}
