import type { IrClient, IrMethod, IrNamedType, IrSdk } from "../ir.js";
import type { Profile } from "../profile/profile.js";
import { referencedNames } from "../ir-utils/type-walk.js";
import { BASE_MEMBERS } from "./identifiers.js";
import { paginationOf } from "./pagination.js";
import type { LowerSteps } from "./steps.js";

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
 * the pagination of its paged methods, and the named types it imports.
 *
 * @param draft Clients and types with settled names.
 * @param profile The API's profile.
 * @param paginate The step that gives a paged method its pagination (`LOWER_STEPS.paginate`, or a cached one).
 * @returns The IR.
 */
export function resolveClients(draft: SdkDraft, profile: Profile, paginate: LowerSteps["paginate"]): IrSdk {
  const types = new Map(draft.types.map((type) => [type.name, type] as const));
  const clients = draft.clients.map((client): IrClient => {
    const methods = withPagination(client, types, paginate);
    return { ...client, methods, runtime: profile.clientRuntime(client.name), typeImports: typeImportsOf(methods) };
  });
  return { clients, types: draft.types };
}

/**
 * Give each method whose results come a page at a time its pagination, and
 * its iterator a name (`listUsers` → `listUsersAll`) that no method or base
 * member of the client has; a method whose iterator name is taken gets none.
 */
function withPagination(client: ClientDraft, types: ReadonlyMap<string, IrNamedType>, paginate: LowerSteps["paginate"]): IrMethod[] {
  const taken = new Set([...client.methods.map((method) => method.name), ...BASE_MEMBERS]);
  return client.methods.map((method) => {
    const { pagination, consulted } = paginationOf(method, types);
    const iteratorName = `${method.name}All`;
    if (!pagination || taken.has(iteratorName)) return method;
    taken.add(iteratorName);
    return paginate(`${client.name}.${method.name}`, method, iteratorName, consulted, () => ({ ...method, pagination: { iteratorName, ...pagination } }));
  });
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

function typeImportsOf(methods: readonly IrMethod[]): string[] {
  const imports = new Set<string>();
  for (const method of methods) {
    if (method.parametersType) imports.add(method.parametersType);
    for (const name of referencedNames(method.returns)) imports.add(name);
    for (const name of method.pagination ? referencedNames(method.pagination.itemType) : []) imports.add(name);
  }
  return [...imports].sort();
}
