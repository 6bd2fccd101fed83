import { TOKEN_ENDPOINT_PATHS } from "../../../templates/runtime/authentication.js";
import type { ApiFailure, MockAuthContext, MockAuthProfile, ReceivedRequest } from "../profile.js";
import { expectedSignature } from "./signature.js";

/** The credentials the mock server accepts. */
export type MockCredentials = {
  /** Expected in `x-genauth-app-id` by authentication routes. */
  appId: string;
  /** With appId, the `Basic` credentials of token endpoints. */
  appSecret: string;
  /** The user access token the mock accepts in `authorization`. */
  accessToken: string;
  /** The management access key pair. */
  accessKeyId: string;
  accessKeySecret: string;
};

/** What `npm run mock` accepts unless told otherwise. */
export const DEFAULT_MOCK_CREDENTIALS: MockCredentials = {
  appId: "mock-app-id",
  appSecret: "mock-app-secret",
  accessToken: "mock-access-token",
  accessKeyId: "mock-access-key-id",
  accessKeySecret: "mock-access-key-secret",
};

/** How far a signed `date` may be from the mock's clock. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

/**
 * Check a management request's signature like the API: the key id is known,
 * the signature headers are present, the date is recent, the nonce is fresh
 * and the HMAC-SHA1 over the request matches.
 *
 * @param request The received request.
 * @param credentials What the mock accepts.
 * @param context The current time and the nonces already used (the set is updated).
 * @returns The failure, or null when the request is authentic.
 */
export function checkSignature(request: ReceivedRequest, credentials: MockCredentials, context: MockAuthContext): ApiFailure | null {
  const { headers } = request;
  const authorization = headers.authorization ?? "";
  const match = /^GenAuth ([^:\s]+):(\S+)$/.exec(authorization);
  if (!match) return { statusCode: 401, apiCode: 40101, message: "Missing or malformed signature: expected `authorization: GenAuth <accessKeyId>:<signature>`" };
  if (match[1] !== credentials.accessKeyId) return { statusCode: 401, apiCode: 40102, message: "Unknown access key id" };
  if (headers["x-genauth-signature-method"] !== "HMAC-SHA1" || headers["x-genauth-signature-version"] !== "1.0") {
    return { statusCode: 401, apiCode: 40103, message: "Unsupported signature method or version: expected HMAC-SHA1 1.0" };
  }
  const nonce = headers["x-genauth-signature-nonce"];
  if (!nonce) return { statusCode: 401, apiCode: 40104, message: "Missing x-genauth-signature-nonce" };
  const date = Date.parse(headers.date ?? "");
  if (Number.isNaN(date) || Math.abs(context.now - date) > MAX_CLOCK_SKEW_MS) return { statusCode: 401, apiCode: 40105, message: "Missing date header, or the date is more than 15 minutes from the server's clock" };
  const expected = expectedSignature({ method: request.method, path: request.path, headers, parameters: request.parameters }, credentials.accessKeySecret);
  if (match[2] !== expected) return { statusCode: 401, apiCode: 40106, message: "Signature mismatch" };
  if (context.usedNonces.has(nonce)) return { statusCode: 401, apiCode: 40107, message: "Replayed x-genauth-signature-nonce" };
  context.usedNonces.add(nonce);
  return null;
}

/**
 * Check an authentication request like the API: the app id is the
 * application's, and an `authorization` header, when sent, holds the access
 * token or, on a token endpoint, the application's Basic credentials.
 *
 * @param request The received request.
 * @param credentials What the mock accepts.
 * @returns The failure, or null.
 */
export function checkAppHeaders(request: ReceivedRequest, credentials: MockCredentials): ApiFailure | null {
  const appId = request.headers["x-genauth-app-id"];
  if (!appId) return { statusCode: 400, apiCode: 40001, message: "Missing x-genauth-app-id header" };
  if (appId !== credentials.appId) return { statusCode: 400, apiCode: 40002, message: "Unknown application id" };
  const authorization = request.headers.authorization;
  if (authorization === undefined) return null;
  if (authorization.startsWith("Basic ")) {
    if (!TOKEN_ENDPOINT_PATHS.has(request.path)) return { statusCode: 401, apiCode: 40110, message: "Basic credentials are only accepted by token endpoints" };
    return authorization === `Basic ${Buffer.from(`${credentials.appId}:${credentials.appSecret}`, "utf8").toString("base64")}` ? null : { statusCode: 401, apiCode: 40111, message: "Invalid application credentials" };
  }
  const token = authorization.replace(/^Bearer /, "");
  return token === credentials.accessToken ? null : { statusCode: 401, apiCode: 40112, message: "Invalid or expired access token" };
}

/**
 * The GenAuth profile's mock checks: `signature` clients (the ManagementClient)
 * sign every request with the access key; `app` clients (the
 * AuthenticationClient) send the app id and, when signed in, the user's token.
 */
export const GENAUTH_MOCK_AUTH: MockAuthProfile = {
  credentials: DEFAULT_MOCK_CREDENTIALS,
  check(request, auth, credentials, context) {
    const accepted = { ...DEFAULT_MOCK_CREDENTIALS, ...credentials };
    return auth === "signature" ? checkSignature(request, accepted, context) : checkAppHeaders(request, accepted);
  },
  claims(auth, headers) {
    return (auth === "signature") === (headers.authorization?.startsWith("GenAuth ") ?? false);
  },
  describe(credentials, url, clients) {
    const accepted = { ...DEFAULT_MOCK_CREDENTIALS, ...credentials };
    return clients.map(({ name, auth }) =>
      auth === "signature"
        ? `  ${name}: accessKeyId ${accepted.accessKeyId}, accessKeySecret ${accepted.accessKeySecret}, host ${url}`
        : `  ${name}: appId ${accepted.appId}, accessToken ${accepted.accessToken}, appHost ${url}`,
    );
  },
};
