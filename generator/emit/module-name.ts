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

/**
 * The package subpath a client's functions are exported at, after `functions/`.
 *
 * @param clientName e.g. `ManagementClient`.
 * @returns e.g. `management-client`.
 */
export function functionsSubpath(clientName: string): string {
  return kebab(clientName);
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}
