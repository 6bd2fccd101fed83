import type { LoweredMethod } from "./method.js";

/**
 * Give generated parameter type names (`DeleteAccountParams`) a client prefix
 * where two clients have a method of the same name
 * (`AuthenticationDeleteAccountParams`, `ManagementDeleteAccountParams`).
 * Names a page states itself are left alone.
 *
 * @param methods The kept methods; they are not changed.
 * @returns The methods, each renamed one replaced by a renamed copy (`withParametersTypeName`).
 */
export function disambiguateParameterTypes(methods: readonly LoweredMethod[]): LoweredMethod[] {
  const clientsByName = new Map<string, Set<string>>();
  for (const { client, parametersType } of methods) {
    if (!parametersType) continue;
    const clients = clientsByName.get(parametersType.name) ?? new Set<string>();
    clients.add(client);
    clientsByName.set(parametersType.name, clients);
  }
  return methods.map((lowered) => withClientPrefix(lowered, lowered.parametersType ? (clientsByName.get(lowered.parametersType.name)?.size ?? 0) : 0, withParametersTypeName));
}

/**
 * A method with its generated parameter type prefixed by its client, when
 * `clients` clients have a parameter type of that name; else the method itself.
 *
 * @param lowered The method.
 * @param clients How many clients have a parameter type of its name.
 * @param rename Makes a renamed copy.
 * @returns The method, or its renamed copy.
 */
export function withClientPrefix(lowered: LoweredMethod, clients: number, rename: (lowered: LoweredMethod, name: string) => LoweredMethod): LoweredMethod {
  const type = lowered.parametersType;
  if (!type || clients < 2 || !type.name.endsWith("Params")) return lowered;
  return rename(lowered, `${lowered.client.replace(/Client$/, "")}${type.name}`);
}

/**
 * A copy of a lowered method whose parameter type has another name.
 *
 * @param lowered The method.
 * @param name The new name of its parameter type.
 * @returns The renamed copy.
 */
export function withParametersTypeName(lowered: LoweredMethod, name: string): LoweredMethod {
  return { ...lowered, parametersType: { ...lowered.parametersType!, name }, method: { ...lowered.method, parametersType: name } };
}
