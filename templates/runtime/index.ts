export * from "./public.js";
export { AuthenticationClientBase, TOKEN_ENDPOINT_PATHS } from "./authentication.js";
export { ApiClient, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "./client.js";
export type { ApiRequest, LinkRequest, OutgoingRequest, SdkInfo } from "./client.js";
export { DEFAULT_MANAGEMENT_HOST, ManagementClientBase } from "./management.js";
export { expandPath, renameParameters } from "./path.js";
export type { ExpandedPath } from "./path.js";
export { encodeQuery } from "./query.js";
export { canonicalHeaders, canonicalResource, isSignedHeader, signatureAuthorization, stringToSign } from "./signing.js";
