import type { IrClient, IrNamedType, IrSdk } from "../ir.js";
import type { Profile } from "../profile/profile.js";
import { referencedNames } from "../ir-utils/type-walk.js";

/** A client before the profile has given it a runtime: its name and methods. */
export type ClientDraft = Pick<IrClient, "name" | "methods">;

/** The SDK before its clients are resolved. */
export interface SdkDraft {
  clients: ClientDraft[];
  types: IrNamedType[];
}

/**
 * Give every client what emit needs to print its module: the runtime class it
 * extends and its auth kind (from the profile, by the client's final name),
 * and the named types it imports.
 *
 * @param draft Clients and types with settled names.
 * @param profile The API's profile.
 * @returns The IR.
 */
export function resolveClients(draft: SdkDraft, profile: Profile): IrSdk {
  const clients = draft.clients.map((client): IrClient => ({ ...client, runtime: profile.clientRuntime(client.name), typeImports: typeImportsOf(client) }));
  return { clients, types: draft.types };
}

/**
 * The names a client's runtime side adds to the module (its base class and
 * options type): no client or type of the docs may take them.
 *
 * @param clientNames The clients' names.
 * @param profile The API's profile.
 * @returns The names.
 */
export function runtimeNamesOf(clientNames: readonly string[], profile: Profile): Set<string> {
  const names = new Set<string>();
  for (const name of clientNames) {
    const runtime = profile.clientRuntime(name);
    names.add(runtime.baseClass);
    names.add(runtime.optionsType);
  }
  return names;
}

function typeImportsOf(client: ClientDraft): string[] {
  const imports = new Set<string>();
  for (const method of client.methods) {
    if (method.parametersType) imports.add(method.parametersType);
    for (const name of referencedNames(method.returns)) imports.add(name);
  }
  return [...imports].sort();
}
