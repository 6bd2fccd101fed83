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

/** 400: the request was malformed or a parameter was wrong. */
export class BadRequestError extends GenAuthApiError {
  override name = "BadRequestError";
}

/** 401: missing or wrong credentials (an expired access token, a wrong signature). */
export class AuthenticationError extends GenAuthApiError {
  override name = "AuthenticationError";
}

/** 403: the credentials are valid but not allowed to do this. */
export class PermissionDeniedError extends GenAuthApiError {
  override name = "PermissionDeniedError";
}

/** 404: what the call names does not exist. */
export class NotFoundError extends GenAuthApiError {
  override name = "NotFoundError";
}

/** 409: the call conflicts with the current state (a user that already exists). */
export class ConflictError extends GenAuthApiError {
  override name = "ConflictError";
}

/** 422: the request was well formed but could not be processed. */
export class UnprocessableEntityError extends GenAuthApiError {
  override name = "UnprocessableEntityError";
}

/** 429: too many requests; retried within the policy before this is thrown. */
export class RateLimitError extends GenAuthApiError {
  override name = "RateLimitError";
}

/** 5xx: the server failed; retried within the policy before this is thrown. */
export class InternalServerError extends GenAuthApiError {
  override name = "InternalServerError";
}

/**
 * The API error for a failed call, as the subclass for its status: the
 * business status code of the body, or the HTTP status when the body has none.
 *
 * @param init What the API said.
 * @returns A `GenAuthApiError`, of a subclass when the status has one.
 */
export function apiErrorFor(init: ApiErrorInit): GenAuthApiError {
  const status = init.statusCode >= 400 ? init.statusCode : init.httpStatus;
  const byStatus: Record<number, new (init: ApiErrorInit) => GenAuthApiError> = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
  };
  const ErrorClass = byStatus[status] ?? (status >= 500 && status < 600 ? InternalServerError : GenAuthApiError);
  return new ErrorClass(init);
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
