import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { IrMethod, IrNamedType, IrObjectType, SourceLocation } from "../ir.js";
import { referencedNames } from "../ir-utils/type-walk.js";
import type { ClientDraft } from "./client-runtime.js";
import { openObjectType } from "./named-type.js";

/** What `danglingReferences` finds: a warning at each first reference to an undefined type, and the open types they become. */
export interface DanglingReferences {
  diagnostics: Diagnostic[];
  openTypes: IrNamedType[];
}

/**
 * Find references to types no page defines. Each becomes an open object (any
 * properties) with a warning at its first reference (types by name, then
 * methods by client): one page's fault never stops the SDK.
 *
 * @param types The merged types, sorted by name.
 * @param clients The clients, sorted, with their methods.
 * @param lacksDataStructure Whether a page has no Data structure section (the warning then says so).
 * @param openType The open object a name becomes (`openObjectType`, or a step that keeps last run's).
 * @returns The warnings and the open types, in the order of their first references.
 */
export function danglingReferences(
  types: readonly IrNamedType[],
  clients: readonly ClientDraft[],
  lacksDataStructure: (file: string) => boolean,
  openType: (name: string, place: SourceLocation) => IrObjectType = openObjectType,
): DanglingReferences {
  const defined = new Set(types.map((type) => type.name));
  const diagnostics: Diagnostic[] = [];
  const openTypes: IrNamedType[] = [];
  // `what` is only spelled out for a dangling name: building it for every field of every type was most of this pass.
  const check = (names: readonly string[], place: SourceLocation, what: () => string): void => {
    for (const name of names) {
      if (defined.has(name)) continue;
      defined.add(name);
      openTypes.push(openType(name, place));
      if (lacksDataStructure(place.file)) {
        diagnostics.push(diagnostic("warning", "undocumented-fields", `Missing definition of \`${name}\` (used in ${what()}): the page has no Data structure section; typed as an open object`, place));
      } else {
        diagnostics.push(diagnostic("warning", "dangling-reference", `Unexpected reference to \`${name}\` in ${what()}, expected a type that a page defines (a \`### <a id="${name}"></a> ${name}\` table); typed as an open object`, place));
      }
    }
  };
  for (const type of types) {
    if (type.kind !== "object") continue;
    for (const field of type.fields) check(referencedNames(field.type), field.source, () => `\`${type.name}.${field.name}\``);
  }
  for (const client of clients) {
    for (const method of client.methods) check(referencedNames(method.returns), method.source, () => `the response of \`${client.name}.${method.name}\``);
  }
  return { diagnostics, openTypes };
}

/**
 * The type names a type's fields, or a method's response, refer to.
 *
 * @param item A merged type or a method.
 * @returns The names, with repeats.
 */
export function namesReferencedBy(item: IrNamedType | IrMethod): string[] {
  if ("http" in item) return referencedNames(item.returns);
  return item.kind === "object" ? item.fields.flatMap((field) => referencedNames(field.type)) : [];
}
