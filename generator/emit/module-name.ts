/**
 * The file name (without extension) of a client's module: `AuthenticationClient` → `authentication-client.gen`.
 *
 * @param clientName Client class name.
 * @returns Module name.
 */
export function clientModuleName(clientName: string): string {
  return `${kebab(clientName)}.gen`;
}

/**
 * The module of a client's standalone functions, without `.ts`.
 *
 * @param clientName e.g. `ManagementClient`.
 * @returns e.g. `management-client.functions.gen`.
 */
export function functionsModuleName(clientName: string): string {
  return `${kebab(clientName)}.functions.gen`;
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}
