export { AuthenticationClientBase, TOKEN_ENDPOINT_PATHS } from "./authentication.js";
export type { AuthenticationClientOptions, TokenEndpointAuthMethod } from "./authentication.js";
export { ApiClient, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "./client.js";
export type { ApiRequest, ClientOptions, HttpMethod, LinkRequest, OutgoingRequest, RequestOptions, SdkInfo } from "./client.js";
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
export { DEFAULT_MANAGEMENT_HOST, ManagementClientBase } from "./management.js";
export type { ManagementClientOptions } from "./management.js";
export { expandPath, renameParameters } from "./path.js";
export type { ExpandedPath } from "./path.js";
export { encodeQuery } from "./query.js";
export { canonicalHeaders, canonicalResource, isSignedHeader, signatureAuthorization, stringToSign } from "./signing.js";
export { ENVIRONMENT_VARIABLES } from "./environment.js";
export type { Logger, LogLevel } from "./logger.js";
