import { compareText } from "./diagnostics.js";
import type { IrMethod, IrNamedType } from "./ir.js";
import { listChanges, remap, remapRuns, runsOf, sortedIndex, type Runs } from "./list-changes.js";
import type { ClientDraft } from "./lower/client-runtime.js";
import { parameterTypeOf, type ClientGrouping } from "./lower/client-grouping.js";
import { clientsOf } from "./lower/merge-methods.js";
import type { LoweredMethod } from "./lower/method.js";
import { withClientPrefix } from "./lower/parameter-type-names.js";

/** The last run of an incremental `groupClients`. */
interface LastGrouping {
  kept: readonly LoweredMethod[];
  /** Each kept method as named apart, in the same order; the runs' items. */
  renamed: readonly LoweredMethod[];
  parameterTypes: Runs<LoweredMethod, IrNamedType>;
  /** For each parameter type name of a kept method: how many kept methods of each client have it. */
  clientsByName: Map<string, Map<string, number>>;
  /** For each parameter type name: the kept methods that have it. */
  keptByName: Map<string, Set<LoweredMethod>>;
  result: ClientGrouping;
}

/** An edit this large (methods removed plus added) is grouped from scratch: patching would cost as much. */
const MOST_PATCHED = 256;

/**
 * `groupClients` for a watch session: each run gives what `groupClients`
 * gives, but an edit that replaces a few kept methods names apart and groups
 * only those, patching last run's lists (at 5,000 methods, grouping and sorting
 * every method was some 12 ms of an edit). A parameter type name that a second
 * client takes, or stops taking, names every method that has it again.
 * Unchanged clients stay the same objects.
 *
 * @param rename Makes a renamed copy of a method (a cached step, so that a method named again stays the same object).
 * @returns The step, which keeps its last run.
 */
export function incrementalClientGrouping(rename: (lowered: LoweredMethod, name: string) => LoweredMethod): (kept: readonly LoweredMethod[]) => ClientGrouping {
  let last: LastGrouping | null = null;
  return (kept) => {
    last = (last && patched(last, kept, rename)) ?? fromScratch(kept, rename);
    return last.result;
  };
}

function fromScratch(kept: readonly LoweredMethod[], rename: (lowered: LoweredMethod, name: string) => LoweredMethod): LastGrouping {
  const clientsByName = new Map<string, Map<string, number>>();
  const keptByName = new Map<string, Set<LoweredMethod>>();
  for (const lowered of kept) count(clientsByName, keptByName, lowered, 1);
  const renamed = kept.map((lowered) => withClientPrefix(lowered, clientCount(clientsByName, lowered), rename));
  const parameterTypes = runsOf(renamed, parameterTypeOf);
  return { kept, renamed, parameterTypes, clientsByName, keptByName, result: { parameterTypes: parameterTypes.outputs, clients: clientsOf(renamed) } };
}

/**
 * Last run patched with the changed methods, or null when it cannot be (too
 * many changes, or two methods of one client with one name, whose order only
 * the whole list decides). Updates `last`'s maps in place.
 */
function patched(last: LastGrouping, kept: readonly LoweredMethod[], rename: (lowered: LoweredMethod, name: string) => LoweredMethod): LastGrouping | null {
  const changes = listChanges(last.kept, kept, MOST_PATCHED);
  if (changes === null) return null;
  if (changes.removed.length + changes.added.length === 0) return { ...last, kept };

  const touched = new Set([...changes.removed, ...changes.added].flatMap((lowered) => (lowered.parametersType ? [lowered.parametersType.name] : [])));
  const sharedBefore = new Map([...touched].map((name) => [name, (last.clientsByName.get(name)?.size ?? 0) >= 2]));
  for (const lowered of changes.removed) count(last.clientsByName, last.keptByName, lowered, -1);
  for (const lowered of changes.added) count(last.clientsByName, last.keptByName, lowered, 1);
  // Every method of a name that a second client took, or stopped taking, is named again.
  const stale = new Set<LoweredMethod>();
  for (const name of touched) {
    if (sharedBefore.get(name) === (last.clientsByName.get(name)?.size ?? 0) >= 2) continue;
    for (const lowered of last.keptByName.get(name) ?? []) stale.add(lowered);
  }
  const renamed = remap(last.kept, last.renamed, kept, (lowered) => withClientPrefix(lowered, clientCount(last.clientsByName, lowered), rename), stale, MOST_PATCHED * 2);
  if (renamed === null) return null;
  const parameterTypes = remapRuns(last.parameterTypes, renamed, parameterTypeOf, MOST_PATCHED * 2);
  const renamedChanges = listChanges(last.renamed, renamed, MOST_PATCHED * 2);
  if (parameterTypes === null || renamedChanges === null) return null;
  const clients = regrouped(last.result.clients, renamedChanges.removed, renamedChanges.added);
  if (clients === null) return null;
  return { ...last, kept, renamed, parameterTypes, result: { parameterTypes: parameterTypes.outputs, clients } };
}

/**
 * Last run's clients with the removed methods taken out and the added ones put
 * in their places by name; the other clients stay the same objects. Null when
 * an added method shares its client and name with another (their order is the
 * list's, which only a full pass knows), or a removed one is not first of its name.
 */
function regrouped(clients: readonly ClientDraft[], removed: readonly LoweredMethod[], added: readonly LoweredMethod[]): ClientDraft[] | null {
  const byName = new Map(clients.map((client) => [client.name, client] as const));
  for (const name of new Set([...removed, ...added].map((lowered) => lowered.client))) {
    const methods = [...(byName.get(name)?.methods ?? [])];
    for (const lowered of removed.filter((candidate) => candidate.client === name)) {
      const at = sortedIndex(methods, lowered.method, byMethodName);
      if (methods[at] !== lowered.method) return null;
      methods.splice(at, 1);
    }
    for (const lowered of added.filter((candidate) => candidate.client === name)) {
      const at = sortedIndex(methods, lowered.method, byMethodName);
      if (methods[at]?.name === lowered.method.name) return null;
      methods.splice(at, 0, lowered.method);
    }
    if (methods.length === 0) byName.delete(name);
    else byName.set(name, { name, methods });
  }
  return [...byName.values()].sort((a, b) => compareText(a.name, b.name));
}

function byMethodName(a: IrMethod, b: IrMethod): number {
  return compareText(a.name, b.name);
}

/** Count a kept method in (or, with -1, out of) the tallies by parameter type name. */
function count(clientsByName: Map<string, Map<string, number>>, keptByName: Map<string, Set<LoweredMethod>>, lowered: LoweredMethod, step: 1 | -1): void {
  const name = lowered.parametersType?.name;
  if (name === undefined) return;
  const clients = clientsByName.get(name) ?? new Map<string, number>();
  const tally = (clients.get(lowered.client) ?? 0) + step;
  if (tally === 0) clients.delete(lowered.client);
  else clients.set(lowered.client, tally);
  if (clients.size === 0) clientsByName.delete(name);
  else clientsByName.set(name, clients);
  const methods = keptByName.get(name) ?? new Set<LoweredMethod>();
  if (step === 1) methods.add(lowered);
  else methods.delete(lowered);
  if (methods.size === 0) keptByName.delete(name);
  else keptByName.set(name, methods);
}

function clientCount(clientsByName: Map<string, Map<string, number>>, lowered: LoweredMethod): number {
  return lowered.parametersType ? (clientsByName.get(lowered.parametersType.name)?.size ?? 0) : 0;
}
