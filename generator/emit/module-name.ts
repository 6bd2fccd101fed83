/**
 * The file name (without extension) of a client's module: `AuthenticationClient` → `authentication-client.gen`.
 *
 * @param clientName Client class name.
 * @returns Module name.
 */
export function clientModuleName(clientName: string): string {
  return `${clientName.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()}.gen`;
}
