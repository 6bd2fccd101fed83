import type { IrNamedType } from "../ir.js";
import type { ClientDraft } from "./client-runtime.js";
import { clientsOf } from "./merge-methods.js";
import type { LoweredMethod } from "./method.js";
import { disambiguateParameterTypes } from "./parameter-type-names.js";

/** The kept methods made into clients. */
export interface ClientGrouping {
  /** Each method's parameter type, prefixed with its client where two clients share the name, in the methods' order. */
  parameterTypes: readonly IrNamedType[];
  /** The clients, sorted by name, each with its methods sorted by name. */
  clients: ClientDraft[];
}

/**
 * Group the kept methods into clients, their generated parameter types first
 * named apart where two clients share a name (`disambiguateParameterTypes`).
 *
 * @param kept The methods the merge kept.
 * @returns The parameter types and the clients.
 */
export function groupClients(kept: readonly LoweredMethod[]): ClientGrouping {
  const renamed = disambiguateParameterTypes(kept);
  return { parameterTypes: parameterTypesOf(renamed), clients: clientsOf(renamed) };
}

/**
 * A method's parameter type, as a list of none or one.
 *
 * @param lowered A method.
 * @returns Its parameter type, if it has one.
 */
export function parameterTypeOf(lowered: LoweredMethod): IrNamedType[] {
  return lowered.parametersType ? [lowered.parametersType] : [];
}

function parameterTypesOf(methods: readonly LoweredMethod[]): IrNamedType[] {
  return methods.flatMap(parameterTypeOf);
}
