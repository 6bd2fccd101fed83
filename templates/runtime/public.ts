/**
 * What the generated package exports beside its clients and models: the
 * errors to catch, the options types and the logger types. Runtime internals
 * (path filling, query encoding, signing, redaction) stay private, so they can
 * change without breaking anyone.
 */
export type { AuthenticationClientOptions, TokenEndpointAuthMethod } from "./authentication.js";
export type { ClientOptions, HttpMethod, RequestOptions, ResponseInfo } from "./client.js";
export { ENVIRONMENT_VARIABLES } from "./environment.js";
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  GenAuthApiError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestAbortedError,
  ResponseFormatError,
  SdkError,
  TimeoutError,
  UnprocessableEntityError,
} from "./errors.js";
export type { ApiErrorInit } from "./errors.js";
export type { Logger, LogLevel } from "./logger.js";
export type { ManagementClientOptions } from "./management.js";
