import type { Json, OpenApiProfile } from "../profile.js";

const MANAGEMENT_SERVER = { url: "https://api.genauth.ai", description: "The management API (ManagementClient default host)." };
const APPLICATION_SERVER = {
  url: "https://{appDomain}.genauth.ai",
  description: "Your application's domain (AuthenticationClient `appHost`); `appDomain` is its subdomain.",
  // No description on the variable: the published 3.1 schema misspells that key, so validators reject it.
  variables: { appDomain: { default: "appdomain" } },
};

/** GenAuth's security schemes: a signature for `signature` clients, the app id and a token for `app` clients. */
export const GENAUTH_OPENAPI: OpenApiProfile = {
  securitySchemes: {
    accessToken: { type: "http", scheme: "bearer", description: "The user's access token (AuthenticationClient `accessToken`)." },
    appId: { type: "apiKey", in: "header", name: "x-genauth-app-id", description: "The application's ID (AuthenticationClient `appId`)." },
    signature: {
      type: "apiKey",
      in: "header",
      name: "authorization",
      description: "HMAC-SHA1 signature made with the user pool's access key (ManagementClient `accessKeyId` and `accessKeySecret`), with the `x-genauth-signature-*` and `date` headers.",
    },
  },
  servers: [MANAGEMENT_SERVER],
  security(auth): Json | null {
    if (auth === "app") return [{ appId: [], accessToken: [] }, { appId: [] }];
    if (auth === "signature") return [{ signature: [] }];
    return null;
  },
  operationServers(auth, pageGivesServer) {
    return auth === "app" || pageGivesServer ? [APPLICATION_SERVER] : null;
  },
};
