import type { Diagnostic } from "./diagnostics.js";
import type { IrMethod, IrNamedType } from "./ir.js";
import { listChanges } from "./list-changes.js";
import type { SdkDraft } from "./lower/client-runtime.js";
import { BASE_MEMBERS, isReservedTypeName, settleIdentifiers } from "./lower/identifiers.js";
import { isIdentifier } from "./names.js";

/** A last run that renamed nothing: its types, each client's name and methods, and the profile's names. */
interface SettledRun {
  types: readonly IrNamedType[];
  clients: { name: string; methods: readonly IrMethod[] }[];
  profileNames: ReadonlySet<string>;
}

/** More changed types or methods than this are settled from scratch. */
const MOST_PATCHED = 256;

/**
 * `settleIdentifiers` for a watch session: when last run renamed nothing and
 * an edit only added types and methods whose names need no change (the
 * clients and the profile's names the same), nothing is renamed this run
 * either, and the draft stands as it is, without reading the thousands of
 * names that did not change (`listChanges` compares pointers). Otherwise every
 * name is settled again.
 *
 * @returns The step, which keeps its last run.
 */
export function incrementalSettling(): (draft: SdkDraft, profileNames: ReadonlySet<string>) => { ir: SdkDraft; diagnostics: Diagnostic[] } {
  let last: SettledRun | null = null;
  return (draft, profileNames) => {
    const stands = last !== null && nothingToRename(last, draft, profileNames);
    const result = stands ? { ir: draft, diagnostics: [] } : settleIdentifiers(draft, profileNames);
    // Settling renamed nothing exactly when it hands back the draft itself.
    last = result.ir === draft ? { types: draft.types, clients: draft.clients.map((client) => ({ name: client.name, methods: client.methods })), profileNames } : null;
    return result;
  };
}

function nothingToRename(last: SettledRun, draft: SdkDraft, profileNames: ReadonlySet<string>): boolean {
  if (profileNames.size !== last.profileNames.size || [...profileNames].some((name) => !last.profileNames.has(name))) return false;
  if (draft.clients.length !== last.clients.length || draft.clients.some((client, index) => client.name !== last.clients[index]!.name)) return false;
  const types = listChanges(last.types, draft.types, MOST_PATCHED);
  const clientNames = new Set(draft.clients.map((client) => client.name));
  if (!types || !types.added.every((type) => isIdentifier(type.name) && !isReservedTypeName(type.name, profileNames, clientNames))) return false;
  return draft.clients.every((client, index) => {
    const methods = listChanges(last.clients[index]!.methods, client.methods, MOST_PATCHED);
    return methods !== null && methods.added.every((method) => isIdentifier(method.name) && !BASE_MEMBERS.has(method.name));
  });
}
