import { noMemo, type GroupMemo } from "./group-memo.js";
import type { LoweredMethod } from "./method.js";

/**
 * Give generated parameter type names (`DeleteAccountParams`) a client prefix
 * where two clients have a method of the same name
 * (`AuthenticationDeleteAccountParams`, `ManagementDeleteAccountParams`).
 * Names a page states itself are left alone.
 *
 * @param methods The kept methods; they are not changed.
 * @param memo Renamed copies kept from earlier runs (watch mode), so that an unchanged method stays the same object.
 * @returns The methods, each renamed one replaced by a renamed copy.
 */
export function disambiguateParameterTypes(methods: readonly LoweredMethod[], memo: GroupMemo<unknown, LoweredMethod> = noMemo()): LoweredMethod[] {
  const clientsByName = new Map<string, Set<string>>();
  for (const { client, parametersType } of methods) {
    if (!parametersType) continue;
    const clients = clientsByName.get(parametersType.name) ?? new Set<string>();
    clients.add(client);
    clientsByName.set(parametersType.name, clients);
  }
  const renamed = methods.map((lowered) => {
    const type = lowered.parametersType;
    if (!type || (clientsByName.get(type.name)?.size ?? 0) < 2 || !type.name.endsWith("Params")) return lowered;
    const name = `${lowered.client.replace(/Client$/, "")}${type.name}`;
    return memo.reuse(`${lowered.client}.${lowered.method.name}`, [lowered, name], () => withParametersTypeName(lowered, name));
  });
  memo.prune();
  return renamed;
}

function withParametersTypeName(lowered: LoweredMethod, name: string): LoweredMethod {
  return { ...lowered, parametersType: { ...lowered.parametersType!, name }, method: { ...lowered.method, parametersType: name } };
}
