import type { IrClientRuntime, IrHeader } from "../../ir.js";
import { fileStem } from "../../names.js";
import type { Profile } from "../profile.js";
import { GENAUTH_MOCK_AUTH } from "./mock-auth.js";
import { GENAUTH_OPENAPI } from "./openapi.js";

/** Where GenAuth's endpoints live: `/api/v3/<page file name>` (how the upstream pages are produced). */
export const GENAUTH_BASE_PATH = "/api/v3";

/** Headers that carry a user pool's administrator credentials: an endpoint that needs them belongs to the ManagementClient. */
const ADMINISTRATOR_HEADER = /user-?pool-id/i;
const ADMINISTRATOR_WORDING = /administrator|管理员/i;

/** GenAuth's two clients and their runtime classes; any other client is a plain `ApiClient`. */
const CLIENT_RUNTIMES: Readonly<Record<string, IrClientRuntime>> = {
  AuthenticationClient: { baseClass: "AuthenticationClientBase", optionsType: "AuthenticationClientOptions", optionsOptional: true, auth: "app" },
  ManagementClient: { baseClass: "ManagementClientBase", optionsType: "ManagementClientOptions", optionsOptional: true, auth: "signature" },
};
const PLAIN_CLIENT: IrClientRuntime = { baseClass: "ApiClient", optionsType: "ClientOptions", optionsOptional: false, auth: "none" };

function needsAdministrator(headers: readonly IrHeader[], description: string): boolean {
  return headers.some((header) => ADMINISTRATOR_HEADER.test(header.name) || ADMINISTRATOR_WORDING.test(header.description)) || ADMINISTRATOR_WORDING.test(description);
}

/**
 * GenAuth (formerly Authing) V3: an AuthenticationClient identified by an app
 * id and a user's token, a ManagementClient that signs with an access key,
 * endpoints at `/api/v3/<page file name>`.
 */
export const GENAUTH_PROFILE: Profile = {
  name: "genauth",
  defaults: { packageName: "@doc2sdk/genauth", title: "GenAuth" },
  pages: {
    clientFolders: { authentication: "AuthenticationClient", management: "ManagementClient" },
    endpointClient: ({ headers, description }) => (needsAdministrator(headers, description) ? "ManagementClient" : "AuthenticationClient"),
    linkClient: "AuthenticationClient",
  },
  http: {
    rulePath: ({ file }) => `${GENAUTH_BASE_PATH}/${fileStem(file)}`,
    ruleVerb: () => null,
  },
  clientRuntime: (clientName) => CLIENT_RUNTIMES[clientName] ?? PLAIN_CLIENT,
  runtime: { omit: [], folder: null },
  usage: {
    construction: {
      AuthenticationClientBase: `{\n  appId: "YOUR_APP_ID",\n  appHost: "https://example.genauth.ai",\n}`,
      ManagementClientBase: `{\n  accessKeyId: process.env.GENAUTH_ACCESS_KEY_ID!,\n  accessKeySecret: process.env.GENAUTH_ACCESS_KEY_SECRET!,\n}`,
      ApiClient: `{ host: "https://api.example.com" }`,
    },
    apiError: "GenAuthApiError",
    exampleClient: "ManagementClient",
    browserText:
      "`AuthenticationClient` works in browsers. `ManagementClient` refuses to start in one: its access key secret would ship to every visitor of the page. Call the management API from your server; `dangerouslyAllowBrowser: true` overrides the refusal, and even then each call throws before it is sent, since browsers do not send the `Date` header its signature covers. On Node, options you leave out are read from `GENAUTH_*` environment variables; a browser never looks.",
    authText:
      "`AuthenticationClient` sends the application ID with every request, and the user's access token once you call `setAccessToken(token)`. With `tokenEndPointAuthMethod: \"client_secret_basic\"` and an `appSecret`, the token endpoints authenticate the application with HTTP Basic instead. `ManagementClient` signs every request with your access key (HMAC-SHA1); the secret itself is never sent.",
  },
  mock: GENAUTH_MOCK_AUTH,
  openapi: GENAUTH_OPENAPI,
};
