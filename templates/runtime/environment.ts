/** The environment variables a client reads when an option is not given. */
export const ENVIRONMENT_VARIABLES = {
  appId: "GENAUTH_APP_ID",
  appSecret: "GENAUTH_APP_SECRET",
  appHost: "GENAUTH_APP_HOST",
  accessKeyId: "GENAUTH_ACCESS_KEY_ID",
  accessKeySecret: "GENAUTH_ACCESS_KEY_SECRET",
  host: "GENAUTH_HOST",
  userPoolId: "GENAUTH_USERPOOL_ID",
  tenantId: "GENAUTH_TENANT_ID",
  logLevel: "GENAUTH_LOG",
} as const;

/**
 * An option's value, or else the environment variable for it: read on Node
 * only (a browser never looks, so a bundler can never put a server's secret
 * into a web page through this).
 *
 * @param given The option as passed.
 * @param name Which option.
 * @returns The value to use, or undefined.
 */
export function fromEnvironment(given: string | undefined, name: keyof typeof ENVIRONMENT_VARIABLES): string | undefined {
  if (given !== undefined) return given;
  const runtime = (globalThis as { process?: { versions?: { node?: string }; env?: Record<string, string | undefined> } }).process;
  if (!runtime?.versions?.node || isBrowser()) return undefined;
  const value = runtime.env?.[ENVIRONMENT_VARIABLES[name]];
  return value === "" ? undefined : value;
}

/**
 * Whether the code runs in a web page (a window and a document), where
 * credentials that sign requests must never be.
 *
 * @returns True in a browser.
 */
export function isBrowser(): boolean {
  return "window" in globalThis && "document" in globalThis;
}
