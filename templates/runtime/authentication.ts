import { ApiClient, type ClientOptions, type OutgoingRequest, type SdkInfo } from "./client.js";
import { base64OfText } from "./encoding.js";
import { fromEnvironment } from "./environment.js";

/** How the token endpoints authenticate the application. */
export type TokenEndpointAuthMethod = "client_secret_post" | "client_secret_basic" | "none";

/** Settings of an `AuthenticationClient`. */
export interface AuthenticationClientOptions extends Omit<ClientOptions, "host"> {
  /** The application's ID, sent as `x-genauth-app-id` with every request (on Node, default `GENAUTH_APP_ID`). */
  appId?: string;
  /** The application's secret; needed for `client_secret_basic` (on Node, default `GENAUTH_APP_SECRET`). */
  appSecret?: string;
  /** The application's domain, e.g. `https://example.genauth.ai` (on Node, default `GENAUTH_APP_HOST`). */
  appHost?: string;
  /** A user's access token, sent as `authorization`; see `setAccessToken`. */
  accessToken?: string;
  /** How token endpoints authenticate the application (default `client_secret_post`). */
  tokenEndPointAuthMethod?: TokenEndpointAuthMethod;
  /** Language of the API's messages, sent as `x-genauth-lang`. */
  lang?: string;
}

/**
 * Paths that take the application's credentials rather than a user's token.
 * With `client_secret_basic` they carry `authorization: Basic base64(appId:appSecret)`.
 */
export const TOKEN_ENDPOINT_PATHS: ReadonlySet<string> = new Set([
  "/oidc/token",
  "/oidc/token/revocation",
  "/oidc/token/introspection",
  "/oauth/token",
  "/oauth/token/revocation",
  "/oauth/token/introspection",
  "/api/v3/signin",
  "/api/v3/signin-by-mobile",
  "/api/v3/exchange-tokenset-with-qrcode-ticket",
]);

/**
 * The base of the generated `AuthenticationClient`: identifies the application
 * on every request and sends the user's access token once it is set.
 */
export class AuthenticationClientBase extends ApiClient {
  readonly #appId: string;
  readonly #appSecret: string | undefined;
  readonly #tokenEndpointAuthMethod: TokenEndpointAuthMethod;
  readonly #lang: string | undefined;
  #accessToken: string | undefined;

  constructor(options: AuthenticationClientOptions = {}, sdk?: SdkInfo) {
    const { accessToken, tokenEndPointAuthMethod, lang, ...rest } = options;
    const { appId: givenAppId, appSecret: givenAppSecret, appHost: givenAppHost, ...shared } = rest;
    const appId = fromEnvironment(givenAppId, "appId");
    const appSecret = fromEnvironment(givenAppSecret, "appSecret");
    const appHost = fromEnvironment(givenAppHost, "appHost");
    if (!appId) throw new TypeError("AuthenticationClient needs an appId (the option, or GENAUTH_APP_ID on Node)");
    if (!appHost) throw new TypeError("AuthenticationClient needs an appHost (the option, or GENAUTH_APP_HOST on Node)");
    if (tokenEndPointAuthMethod === "client_secret_basic" && !appSecret) throw new TypeError("tokenEndPointAuthMethod client_secret_basic needs an appSecret");
    super({ ...shared, host: appHost }, sdk);
    this.#appId = appId;
    this.#appSecret = appSecret;
    this.#accessToken = accessToken;
    this.#tokenEndpointAuthMethod = tokenEndPointAuthMethod ?? "client_secret_post";
    this.#lang = lang;
  }

  /**
   * Use a user's access token for the following calls of this client.
   *
   * @param accessToken The token, sent as is in `authorization`; undefined to stop sending one.
   */
  setAccessToken(accessToken: string | undefined): void {
    this.#accessToken = accessToken;
  }

  protected override secretValues(): string[] {
    return [this.#accessToken, this.#appSecret].filter((value): value is string => value !== undefined);
  }

  protected override authorize(request: OutgoingRequest): void {
    request.headers["x-genauth-app-id"] = this.#appId;
    if (this.#lang) request.headers["x-genauth-lang"] = this.#lang;
    if (this.#tokenEndpointAuthMethod === "client_secret_basic" && TOKEN_ENDPOINT_PATHS.has(request.path)) {
      request.headers.authorization = `Basic ${base64OfText(`${this.#appId}:${this.#appSecret ?? ""}`)}`;
    } else if (this.#accessToken) {
      request.headers.authorization = this.#accessToken;
    }
  }
}
