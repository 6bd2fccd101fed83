import type { IrClient, IrMethod, IrNamedType, IrSdk } from "../ir.js";
import type { Profile } from "../profile/profile.js";
import { referencedNames } from "../ir-utils/type-walk.js";
import { BASE_MEMBERS } from "./identifiers.js";
import { paginationOf } from "./pagination.js";

/**
 * A paged method with its pagination (`paged()` makes it), decided from the
 * method, its iterator's name and the types the rule read: a cache may hand
 * back the copy it made for the same inputs.
 */
export type Paginate = (key: string, method: IrMethod, iteratorName: string, consulted: readonly IrNamedType[], paged: () => IrMethod) => IrMethod;

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
 * @param paginate Makes a paged method's copy with its pagination (`paged()`; a cache may hand back the copy it made for the same inputs).
 * @returns The IR.
 */
export function resolveClients(draft: SdkDraft, profile: Profile, paginate: Paginate = (_key, _method, _iteratorName, _consulted, paged) => paged()): IrSdk {
  const types = new Map(draft.types.map((type) => [type.name, type] as const));
  return { clients: draft.clients.map((client) => resolveClient(client, types, profile, paginate)), types: draft.types };
}

/**
 * One client of `resolveClients`.
 *
 * @param client The client, with settled names.
 * @param types The SDK's named types, by name.
 * @param profile The API's profile.
 * @param paginate Makes a paged method's copy with its pagination.
 * @param seen Told each method, what it became, and the names of the types its pagination rule looked up (a watch session keeps them).
 * @returns The client of the IR.
 */
export function resolveClient(
  client: ClientDraft,
  types: ReadonlyMap<string, IrNamedType>,
  profile: Profile,
  paginate: Paginate,
  seen: (method: IrMethod, resolved: IrMethod, lookedUp: string[]) => void = () => undefined,
): IrClient {
  const taken = namesTakenIn(client.methods);
  const methods = client.methods.map((method) => {
    const { method: paged, lookedUp } = withPagination(method, client.name, types, taken, paginate);
    if (paged.pagination) taken.add(paged.pagination.iteratorName);
    seen(method, paged, lookedUp);
    return paged;
  });
  return resolvedClient(client, methods, profile, typeImportsOf(methods));
}

/**
 * The names a client's iterators may not take: its method names and its base class's members.
 *
 * @param methods The client's methods.
 * @returns The names, in a set an iterator name is added to once given.
 */
export function namesTakenIn(methods: readonly IrMethod[]): Set<string> {
  return new Set([...methods.map((method) => method.name), ...BASE_MEMBERS]);
}

/**
 * A client with what emit needs besides its methods.
 *
 * @param client The client.
 * @param methods Its methods, with their pagination.
 * @param profile The API's profile (the client's runtime).
 * @param typeImports The named types its modules import (`typeImportsOf`).
 * @returns The client of the IR.
 */
export function resolvedClient(client: ClientDraft, methods: IrMethod[], profile: Profile, typeImports: string[]): IrClient {
  return { ...client, methods, runtime: profile.clientRuntime(client.name), typeImports };
}

/**
 * A method whose results come a page at a time, with its pagination and its
 * iterator's name (`listUsers` → `listUsersAll`) when no method or base member
 * of the client has that name (`taken`); any other method as it is.
 *
 * @param method A method of the client.
 * @param clientName The client's name.
 * @param types The SDK's named types, by name.
 * @param taken The client's method names, its base members, and the iterator names given so far.
 * @param paginate The step that gives a paged method its pagination.
 * @returns The method, and the names of the types the rule looked up, found or not.
 */
export function withPagination(method: IrMethod, clientName: string, types: ReadonlyMap<string, IrNamedType>, taken: ReadonlySet<string>, paginate: Paginate): { method: IrMethod; lookedUp: string[] } {
  const { pagination, consulted, lookedUp } = paginationOf(method, types);
  const iteratorName = `${method.name}All`;
  if (!pagination || taken.has(iteratorName)) return { method, lookedUp };
  return { method: paginate(`${clientName}.${method.name}`, method, iteratorName, consulted, () => ({ ...method, pagination: { iteratorName, ...pagination } })), lookedUp };
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

/**
 * The named types a client's modules import: every method's parameter type, response and paged item type.
 *
 * @param methods The client's methods, with their pagination.
 * @returns The names, sorted.
 */
function typeImportsOf(methods: readonly IrMethod[]): string[] {
  return [...new Set(methods.flatMap(importsOf))].sort();
}

/**
 * The named types one method's signatures name.
 *
 * @param method A method, with its pagination.
 * @returns The names, with repeats.
 */
export function importsOf(method: IrMethod): string[] {
  return [...(method.parametersType ? [method.parametersType] : []), ...referencedNames(method.returns), ...(method.pagination ? referencedNames(method.pagination.itemType) : [])];
}
