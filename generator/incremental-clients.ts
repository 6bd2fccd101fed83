import type { IrMethod, IrNamedType, IrSdk } from "./ir.js";
import { listChanges, remap } from "./list-changes.js";
import { importsOf, namesTakenIn, resolveClient, resolvedClient, withPagination, type Paginate, type SdkDraft } from "./lower/client-runtime.js";
import type { Profile } from "./profile/profile.js";

/** One client of the last run: its methods in and out, what each method's pagination read, and what its modules import. */
interface LastClient {
  name: string;
  methods: readonly IrMethod[];
  resolved: IrMethod[];
  /** Each method's output (with its pagination), and the names of the types its pagination rule looked up, found or not. */
  outputOf: Map<IrMethod, { method: IrMethod; consulted: string[] }>;
  /** The methods whose pagination rule looked a type up, by the type's name. */
  readers: Map<string, Set<IrMethod>>;
  /** How many methods import each type. */
  imports: Map<string, number>;
  typeImports: string[];
  /** Whether no two of its methods share a name: then whether a method's iterator name is free depends on no other method. */
  uniqueNames: boolean;
}

interface LastResolution {
  profile: Profile;
  types: readonly IrNamedType[];
  typesByName: Map<string, IrNamedType>;
  clients: LastClient[];
  result: IrSdk;
}

/** More changed methods or types than this are resolved from scratch. */
const MOST_PATCHED = 256;

/**
 * `resolveClients` for a watch session: each run gives what it gives, but a
 * client's methods are given their pagination again only where the method
 * changed or a type its pagination rule read did, and its type imports are
 * counted up and down instead of gathered from every method. The changes are
 * found by comparing pointers (`listChanges`, `remap`). A run where a client
 * gains or loses a method name (a name decides whether an iterator's name is
 * free), or clients come or go, is resolved from scratch.
 *
 * @param paginate Makes a paged method's copy, or hands back the one it made for the same inputs.
 * @returns The step, which keeps its last run.
 */
export function incrementalClientResolution(paginate: Paginate): (draft: SdkDraft, profile: Profile) => IrSdk {
  let last: LastResolution | null = null;
  return (draft, profile) => {
    last = (last && patched(last, draft, profile, paginate)) ?? fromScratch(draft, profile, paginate);
    return last.result;
  };
}

function fromScratch(draft: SdkDraft, profile: Profile, paginate: Paginate): LastResolution {
  const typesByName = new Map(draft.types.map((type) => [type.name, type] as const));
  const clients: LastClient[] = [];
  const resolved = draft.clients.map((client) => {
    const state: LastClient = {
      name: client.name,
      methods: client.methods,
      resolved: [],
      outputOf: new Map(),
      readers: new Map(),
      imports: new Map(),
      typeImports: [],
      uniqueNames: new Set(client.methods.map((method) => method.name)).size === client.methods.length,
    };
    const result = resolveClient(client, typesByName, profile, paginate, (method, output, lookedUp) => remember(state, method, { method: output, consulted: lookedUp }));
    state.resolved = result.methods;
    state.typeImports = result.typeImports;
    clients.push(state);
    return result;
  });
  return { profile, types: draft.types, typesByName, clients, result: { clients: resolved, types: draft.types } };
}

/**
 * The last run patched, or null when it cannot be (see
 * `incrementalClientResolution`). Updates `last`'s maps in place; the IR it
 * handed out before is left as it was.
 */
function patched(last: LastResolution, draft: SdkDraft, profile: Profile, paginate: Paginate): LastResolution | null {
  if (profile !== last.profile || draft.clients.length !== last.clients.length || draft.clients.some((client, index) => client.name !== last.clients[index]!.name)) return null;
  const typeChanges = listChanges(last.types, draft.types, MOST_PATCHED);
  if (!typeChanges) return null;
  const methodChanges = draft.clients.map((client, index) => listChanges(last.clients[index]!.methods, client.methods, MOST_PATCHED));
  if (methodChanges.some((changes) => changes === null || namesOf(changes.removed) !== namesOf(changes.added))) return null;
  // Names in and out are the same, so each client's names stay unique when they were.
  if (!last.clients.every((client) => client.uniqueNames)) return null;

  for (const type of typeChanges.removed) if (last.typesByName.get(type.name) === type) last.typesByName.delete(type.name);
  for (const type of typeChanges.added) last.typesByName.set(type.name, type);
  const changedTypes = new Set([...typeChanges.removed, ...typeChanges.added].map((type) => type.name));

  const clients = draft.clients.map((client, index) => {
    const state = last.clients[index]!;
    const changes = methodChanges[index]!;
    const stale = new Set<IrMethod>();
    for (const name of changedTypes) for (const reader of state.readers.get(name) ?? []) stale.add(reader);
    for (const method of [...changes.removed, ...stale]) forget(state, method);
    const taken = namesTakenIn(client.methods);
    const resolve = (method: IrMethod): IrMethod => {
      const { method: output, lookedUp } = withPagination(method, client.name, last.typesByName, taken, paginate);
      remember(state, method, { method: output, consulted: lookedUp });
      return output;
    };
    const resolved = remap(state.methods, state.resolved, client.methods, resolve, stale, MOST_PATCHED * 2)!;
    const importsChanged = changes.removed.length + changes.added.length + stale.size > 0;
    state.methods = client.methods;
    state.resolved = resolved;
    if (importsChanged) state.typeImports = [...state.imports.keys()].sort();
    return resolvedClient(client, resolved, profile, state.typeImports);
  });
  last.types = draft.types;
  last.result = { clients, types: draft.types };
  return last;
}

/** Count a method's output in: its imports, and the types its rule read. */
function remember(state: LastClient, method: IrMethod, output: { method: IrMethod; consulted: string[] }): void {
  state.outputOf.set(method, output);
  for (const name of output.consulted) {
    let readers = state.readers.get(name);
    if (!readers) state.readers.set(name, (readers = new Set()));
    readers.add(method);
  }
  for (const name of new Set(importsOf(output.method))) state.imports.set(name, (state.imports.get(name) ?? 0) + 1);
}

/** Count a method's output out again. */
function forget(state: LastClient, method: IrMethod): void {
  const output = state.outputOf.get(method);
  if (!output) return;
  state.outputOf.delete(method);
  for (const name of output.consulted) state.readers.get(name)?.delete(method);
  for (const name of new Set(importsOf(output.method))) {
    const count = state.imports.get(name)! - 1;
    if (count === 0) state.imports.delete(name);
    else state.imports.set(name, count);
  }
}

function namesOf(methods: readonly IrMethod[]): string {
  return methods.map((method) => method.name).sort().join("\n");
}
