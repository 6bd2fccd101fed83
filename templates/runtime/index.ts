export { ApiClient } from "./client.js";
export type { ApiRequest, ClientOptions, HttpMethod, RequestOptions } from "./client.js";
export { ConnectionError, GenAuthApiError, ResponseFormatError, SdkError } from "./errors.js";
export { encodeQuery } from "./query.js";
