/**
 * Base class of every error the SDK throws. Messages name the verb and path of
 * the call, never a header, a token or a secret.
 */
export class SdkError extends Error {
  override name = "SdkError";
}

/** What the API said about a failed call. */
export interface ApiErrorInit {
  /** Message from the response body, or `HTTP <status>`. */
  message: string;
  /** Business status code from the response body. */
  statusCode: number;
  /** Finer-grained error code, when the API gives one. */
  apiCode?: number;
  /** Request id, for support. */
  requestId?: string;
  /** HTTP status of the response. */
  httpStatus: number;
}

/** The API answered, but with a business status code other than 200. */
export class GenAuthApiError extends SdkError {
  override name = "GenAuthApiError";
  /** Business status code from the response body. */
  readonly statusCode: number;
  /** Finer-grained error code, when the API gives one. */
  readonly apiCode: number | undefined;
  /** Request id, for support. */
  readonly requestId: string | undefined;
  /** HTTP status of the response. */
  readonly httpStatus: number;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.statusCode = init.statusCode;
    this.apiCode = init.apiCode;
    this.requestId = init.requestId;
    this.httpStatus = init.httpStatus;
  }
}

/** The server answered with a body that is not the API's JSON (an HTML error page, say). */
export class ResponseFormatError extends SdkError {
  override name = "ResponseFormatError";
  /** HTTP status of the response. */
  readonly httpStatus: number;

  constructor(message: string, httpStatus: number) {
    super(message);
    this.httpStatus = httpStatus;
  }
}

/** The request never got a complete answer: connection refused or reset, DNS failure. */
export class ConnectionError extends SdkError {
  override name = "ConnectionError";
}

/** The call took longer than its timeout (per client or per call). */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
  /** The timeout that expired, in milliseconds. */
  readonly timeoutMs: number;

  constructor(message: string, timeoutMs: number) {
    super(message);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's AbortSignal fired before the call finished. */
export class RequestAbortedError extends SdkError {
  override name = "RequestAbortedError";
}
