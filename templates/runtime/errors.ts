/** Base class of every error the SDK throws. */
export class SdkError extends Error {
  override name = "SdkError";
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

  constructor(init: { message: string; statusCode: number; apiCode?: number; requestId?: string; httpStatus: number }) {
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

/** The request never got an answer: connection refused or reset, DNS failure, abort. */
export class ConnectionError extends SdkError {
  override name = "ConnectionError";
}
