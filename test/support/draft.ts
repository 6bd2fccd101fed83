import type { IrMethod, IrNamedType } from "../../generator/ir.js";
import type { SdkDraft } from "../../generator/lower/client-runtime.js";

const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * An SDK draft as lower hands it on: types sorted by name, each client's methods sorted by name.
 *
 * @param types The types by name.
 * @param clients Each client's methods by name, clients in order.
 * @returns The draft (new arrays, the same type and method objects).
 */
export function draftOf(types: ReadonlyMap<string, IrNamedType>, clients: ReadonlyMap<string, ReadonlyMap<string, IrMethod>>): SdkDraft {
  return { types: [...types.values()].sort(byName), clients: [...clients].map(([name, methods]) => ({ name, methods: [...methods.values()].sort(byName) })) };
}
