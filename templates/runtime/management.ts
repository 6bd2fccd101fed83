import { ApiClient, type ClientOptions, type OutgoingRequest, type SdkInfo } from "./client.js";
import { randomHex } from "./crypto.js";
import { fromEnvironment, isBrowser } from "./environment.js";
import { SdkError } from "./errors.js";
import { signatureAuthorization, stringToSign } from "./signing.js";

/** Where the management API lives unless `host` says otherwise. */
export const DEFAULT_MANAGEMENT_HOST = "https://api.genauth.ai";

/** Settings of a `ManagementClient`. */
export interface ManagementClientOptions extends Omit<ClientOptions, "host"> {
  /** Access key ID of the user pool (or tenant) (on Node, default `GENAUTH_ACCESS_KEY_ID`). */
  accessKeyId?: string;
  /** Access key secret: signs every request and is never sent (on Node, default `GENAUTH_ACCESS_KEY_SECRET`). */
  accessKeySecret?: string;
  /** Origin of the management API (on Node, default `GENAUTH_HOST`, else `https://api.genauth.ai`). */
  host?: string;
  /** Tenant to act in; sent as `x-genauth-app-id` (on Node, default `GENAUTH_TENANT_ID`). */
  tenantId?: string;
  /** User pool to act in; sent as `x-authing-userpool-id`, which endpoints documented outside the V3 reference (such as `kickActiveUsers`) read (on Node, default `GENAUTH_USERPOOL_ID`). */
  userPoolId?: string;
  /** Language of the API's messages (default `zh-CN`). */
  lang?: string;
  /**
   * Allow constructing the client in a browser. Its access key secret would be
   * visible to anyone who opens the page, so the client refuses to start there
   * unless this is set; even then it throws before sending, because browsers do
   * not send the `Date` header its signature covers.
   */
  dangerouslyAllowBrowser?: boolean;
}

/**
 * The base of the generated `ManagementClient`: signs every attempt of every
 * request with HMAC-SHA1 over the verb, the `x-genauth-*` and `date` headers,
 * the path and the parameters, as GenAuth's management API expects.
 */
export class ManagementClientBase extends ApiClient {
  readonly #accessKeyId: string;
  readonly #accessKeySecret: string;
  readonly #tenantId: string | undefined;
  readonly #userPoolId: string | undefined;
  readonly #lang: string;

  constructor(options: ManagementClientOptions = {}, sdk?: SdkInfo) {
    const { lang, dangerouslyAllowBrowser, ...rest } = options;
    if (isBrowser() && !dangerouslyAllowBrowser) {
      throw new SdkError(
        "ManagementClient refuses to run in a browser: its access key secret would be shipped to every visitor of the page. Call the management API from your server; pass dangerouslyAllowBrowser: true only if you know what you are doing.",
      );
    }
    const { accessKeyId: givenKeyId, accessKeySecret: givenKeySecret, host: givenHost, tenantId: givenTenant, userPoolId: givenPool, ...shared } = rest;
    const accessKeyId = fromEnvironment(givenKeyId, "accessKeyId");
    const accessKeySecret = fromEnvironment(givenKeySecret, "accessKeySecret");
    const host = fromEnvironment(givenHost, "host");
    const tenantId = fromEnvironment(givenTenant, "tenantId");
    const userPoolId = fromEnvironment(givenPool, "userPoolId");
    if (!accessKeyId) throw new TypeError("ManagementClient needs an accessKeyId (the option, or GENAUTH_ACCESS_KEY_ID on Node)");
    if (!accessKeySecret) throw new TypeError("ManagementClient needs an accessKeySecret (the option, or GENAUTH_ACCESS_KEY_SECRET on Node)");
    super({ ...shared, host: host ?? DEFAULT_MANAGEMENT_HOST }, sdk);
    this.#accessKeyId = accessKeyId;
    this.#accessKeySecret = accessKeySecret;
    this.#tenantId = tenantId;
    this.#userPoolId = userPoolId;
    this.#lang = lang ?? "zh-CN";
  }

  protected override secretValues(): string[] {
    return [this.#accessKeySecret];
  }

  protected override async authorize(request: OutgoingRequest): Promise<void> {
    if (isBrowser()) {
      throw new SdkError(`${request.method} ${request.path} was not sent: browsers do not send the Date header the management signature covers, so the API would answer 401. Call the management API from a server.`);
    }
    const { headers } = request;
    headers["x-genauth-lang"] = this.#lang;
    headers["x-genauth-signature-method"] = "HMAC-SHA1";
    headers["x-genauth-signature-version"] = "1.0";
    headers["x-genauth-signature-nonce"] = await randomHex(16);
    headers.date = new Date().toUTCString();
    if (this.#tenantId) headers["x-genauth-app-id"] = this.#tenantId;
    if (this.#userPoolId) headers["x-authing-userpool-id"] = this.#userPoolId;
    const signed = stringToSign({ method: request.method, path: request.path, headers, parameters: request.parameters });
    headers.authorization = await signatureAuthorization({ accessKeyId: this.#accessKeyId, accessKeySecret: this.#accessKeySecret }, signed);
  }
}
