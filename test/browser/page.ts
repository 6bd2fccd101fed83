/**
 * The script of the browser test page: the generated docs-input SDK, bundled
 * for the browser, called against the mock server (another origin, so every
 * call goes through CORS). It writes what happened into the page as JSON.
 */
import { AuthenticationClient, ManagementClient } from "../../generated/src/index.js";

/** The little of the DOM the page uses (the project type-checks without the DOM library). */
declare const document: { getElementById(id: string): { textContent: string | null } | null; body: { dataset: Record<string, string | undefined> } };
declare const location: { search: string };

async function outcome(call: () => unknown): Promise<string> {
  try {
    const value = await call();
    return `ok ${JSON.stringify(value)}`;
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

async function run(): Promise<Record<string, string>> {
  const api = new URLSearchParams(location.search).get("api") ?? "";
  const authentication = new AuthenticationClient({ appId: "mock-app-id", appHost: api, accessToken: "mock-access-token", maxRetries: 0 });
  const keys = { accessKeyId: "mock-access-key-id", accessKeySecret: "mock-access-key-secret", host: api, maxRetries: 0 };
  return {
    securityLevel: await outcome(async () => (await authentication.getSecurityLevel()).statusCode),
    requestId: await outcome(async () => (await authentication.withResponse((options) => authentication.getSecurityLevel(options))).response.headers.get("x-request-id")?.startsWith("mock-")),
    management: await outcome(() => new ManagementClient(keys)),
    optedIn: await outcome(() => new ManagementClient({ ...keys, dangerouslyAllowBrowser: true }).getUser({ userId: "u1" })),
  };
}

run().then(
  (results) => {
    document.getElementById("results")!.textContent = JSON.stringify(results);
    document.body.dataset["done"] = "true";
  },
  (error: unknown) => {
    document.getElementById("results")!.textContent = JSON.stringify({ crashed: String(error) });
    document.body.dataset["done"] = "true";
  },
);
