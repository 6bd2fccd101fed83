import type { LoweredMethod } from "./method.js";

/**
 * Give generated parameter type names (`DeleteAccountParams`) a client prefix
 * where two clients have a method of the same name
 * (`AuthenticationDeleteAccountParams`, `ManagementDeleteAccountParams`).
 * Names a page states itself are left alone. Changes the methods in place.
 *
 * @param methods The kept methods.
 */
export function disambiguateParameterTypes(methods: readonly LoweredMethod[]): void {
  const clientsByName = new Map<string, Set<string>>();
  for (const { client, parametersType } of methods) {
    if (!parametersType) continue;
    const clients = clientsByName.get(parametersType.name) ?? new Set<string>();
    clients.add(client);
    clientsByName.set(parametersType.name, clients);
  }
  for (const lowered of methods) {
    const type = lowered.parametersType;
    if (!type || (clientsByName.get(type.name)?.size ?? 0) < 2 || !type.name.endsWith("Params")) continue;
    const renamed = `${lowered.client.replace(/Client$/, "")}${type.name}`;
    lowered.parametersType = { ...type, name: renamed };
    lowered.method.parametersType = renamed;
  }
}
