import { compareText, diagnostic, type Diagnostic } from "../diagnostics.js";
import type { IrField, IrNamedType, IrObjectType, IrTypeRef, SourceLocation } from "../ir.js";
import { typeKey } from "../ir-utils/type-walk.js";

/**
 * Merge the definitions of each type name, taken in file-path order.
 *
 * - The same structure (field names, types, required flags; or enum values): merged silently.
 * - Different fields or types: reconciled the way a careful reader would, with a warning that
 *   names both places. Every field of any definition is kept; it is required when most
 *   definitions mark it required, and typed as most type it (a tie: optional, and a union).
 * - An enum and an object under one name cannot be reconciled: the first is kept, with a warning.
 *
 * @param definitions All definitions, from every page.
 * @param merge Merges one name's definitions (`mergeDefinitions`; a watch session's merge keeps last run's objects).
 * @returns One type per name, sorted by name, and diagnostics.
 */
export function mergeNamedTypes(
  definitions: readonly IrNamedType[],
  merge: (name: string, definitions: readonly IrNamedType[]) => MergedType = (_name, group) => mergeDefinitions(group),
): { types: IrNamedType[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const types: IrNamedType[] = [];
  // Grouped first, then the names sorted and each group by place: the order a sort of every definition by name
  // and place gives (both sorts are stable), at a comparison per name instead of one per definition and step.
  // The default sort compares strings by code unit, as compareText does, without calling back into JavaScript.
  const groups = groupsInOrder(definitions, (definition) => definition.name);
  for (const name of [...groups.keys()].sort()) {
    const group = groups.get(name)!;
    if (group.length > 1) group.sort((a, b) => comparePlaces(a.source, b.source));
    const merged = merge(name, group);
    types.push(merged.type);
    diagnostics.push(...merged.diagnostics);
  }
  return { types, diagnostics };
}

/** One type name's definitions merged into one type. */
export interface MergedType {
  type: IrNamedType;
  diagnostics: Diagnostic[];
}

/**
 * Merge the definitions of one name. The inputs are never changed: the result
 * is a copy, so a watch session can keep the inputs and merge them again.
 *
 * @param definitions Definitions of one name, in place order (at least one).
 * @returns The merged type and diagnostics.
 */
export function mergeDefinitions(definitions: readonly IrNamedType[]): MergedType {
  const diagnostics: Diagnostic[] = [];
  let first = copyOf(definitions[0]!);
  for (const definition of definitions.slice(1)) {
    if (first.kind === "object" && first.open && definition.kind === "object" && !definition.open) {
      first = { ...copyOf(definition), mergedFrom: [first.source, ...first.mergedFrom] };
      continue;
    }
    const difference = structuralDifference(first, definition);
    first.mergedFrom.push(definition.source);
    if (difference === null || (definition.kind === "object" && definition.open)) continue;
    const related = { message: `first definition of \`${definition.name}\``, place: first.source };
    if (first.kind !== definition.kind) {
      diagnostics.push(diagnostic("warning", "type-conflict", `Unexpected second definition of \`${definition.name}\` as ${difference}, expected the same kind as the first; the first is kept`, definition.source, related));
      continue;
    }
    reconcile(first, definition);
    diagnostics.push(
      diagnostic("warning", "type-conflict", `Unexpected second definition of \`${definition.name}\` with ${difference}; reconciled field by field with what most definitions say (a tie makes a field optional and its types a union)`, definition.source, related),
    );
  }
  if (diagnostics.length > 0 && first.kind === "object") first.fields = first.fields.map((field) => byMajority(field, definitions));
  if (first.kind === "object" && definitions.length > 1) first.fields = first.fields.map((field) => refinedByListedValues(field, definitions));
  return { type: first, diagnostics };
}

/**
 * Group items by key.
 *
 * @param items Items in any order.
 * @param keyOf The key of an item.
 * @returns Each key with its items, keys in the order they first appear, items in their order.
 */
export function groupsInOrder<Item>(items: readonly Item[], keyOf: (item: Item) => string): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Describe how two definitions of one name differ in structure.
 *
 * @param a First definition.
 * @param b Second definition.
 * @returns A phrase such as "field `x` of type number instead of string", or null when they agree.
 */
export function structuralDifference(a: IrNamedType, b: IrNamedType): string | null {
  if (a.kind !== b.kind) return `a ${b.kind} instead of a ${a.kind}`;
  if (a.kind === "enum" && b.kind === "enum") {
    const left = a.members.map((member) => member.value).sort().join(", ");
    const right = b.members.map((member) => member.value).sort().join(", ");
    return left === right ? null : `values ${right} instead of ${left}`;
  }
  if (a.kind !== "object" || b.kind !== "object") return null;
  const fieldsA = new Map(a.fields.map((field) => [field.name, field]));
  const fieldsB = new Map(b.fields.map((field) => [field.name, field]));
  for (const [name, fieldB] of fieldsB) {
    const fieldA = fieldsA.get(name);
    if (!fieldA) return `field \`${name}\`, which the first does not have`;
    if (typeKey(fieldA.type) !== typeKey(fieldB.type) && !(listedStrings(fieldA.type) && listedStrings(fieldB.type))) {
      return `field \`${name}\` of type ${typeKey(fieldB.type)} instead of ${typeKey(fieldA.type)}`;
    }
    if (fieldA.required !== fieldB.required) return `field \`${name}\` ${fieldB.required ? "required" : "optional"} instead of ${fieldA.required ? "required" : "optional"}`;
  }
  for (const name of fieldsA.keys()) if (!fieldsB.has(name)) return `no field \`${name}\``;
  return null;
}

function reconcile(into: IrNamedType, other: IrNamedType): void {
  if (into.kind === "enum" && other.kind === "enum") {
    for (const member of other.members) if (!into.members.some((known) => known.value === member.value)) into.members.push(member);
    return;
  }
  if (into.kind !== "object" || other.kind !== "object") return;
  const otherFields = new Map(other.fields.map((field) => [field.name, field]));
  into.fields = into.fields.map((field) => reconcileField(field, otherFields.get(field.name)));
  for (const field of other.fields) {
    if (!into.fields.some((known) => known.name === field.name)) into.fields.push({ ...field, required: false });
  }
}

function reconcileField(field: IrField, other: IrField | undefined): IrField {
  if (!other) return { ...field, required: false };
  return { ...field, required: field.required && other.required, type: unionOf(field.type, other.type) };
}

/**
 * A field as most definitions of its type give it: required when more than
 * half of them mark it required (a definition without the field counts as
 * not), and typed as most of the definitions that have it type it (a tie keeps
 * the union). Docs published in several versions then follow the version most
 * pages carry, rather than the weakest.
 */
function byMajority(field: IrField, definitions: readonly IrNamedType[]): IrField {
  const objects = definitions.filter((definition): definition is IrObjectType => definition.kind === "object" && !definition.open);
  const present = objects.flatMap((definition) => definition.fields.filter((candidate) => candidate.name === field.name));
  const required = present.filter((candidate) => candidate.required).length * 2 > objects.length;
  const votes = new Map<string, { type: IrTypeRef; count: number }>();
  for (const candidate of present) {
    const key = typeKey(candidate.type);
    votes.set(key, { type: candidate.type, count: (votes.get(key)?.count ?? 0) + 1 });
  }
  const ranked = [...votes.values()].sort((a, b) => b.count - a.count);
  const type = ranked.length > 1 && ranked[0]!.count > ranked[1]!.count ? ranked[0]!.type : field.type;
  return required === field.required && type === field.type ? field : { ...field, required, type };
}

/**
 * A string field that one page types as a plain string and another lists the
 * values of: neither contradicts the other, so the listed values refine it
 * (all of them, when pages list different ones). Arrays of such strings alike.
 */
function refinedByListedValues(field: IrField, definitions: readonly IrNamedType[]): IrField {
  const values: string[] = [];
  let shape: "scalar" | "array" | null = null;
  for (const definition of definitions) {
    if (definition.kind !== "object" || definition.open) continue;
    const candidate = definition.fields.find((known) => known.name === field.name);
    if (!candidate) continue;
    const listed = listedStrings(candidate.type);
    if (!listed || (shape !== null && listed.shape !== shape)) return field;
    shape = listed.shape;
    for (const value of listed.values) if (!values.includes(value)) values.push(value);
  }
  if (values.length === 0 || shape === null) return field;
  const listed: IrTypeRef = { kind: "literal-union", values };
  const type: IrTypeRef = shape === "array" ? { kind: "array", items: listed } : listed;
  return typeKey(type) === typeKey(field.type) ? field : { ...field, type };
}

/** The values a string type allows (none listed for a plain string), or null for any other type. */
function listedStrings(type: IrTypeRef): { shape: "scalar" | "array"; values: string[] } | null {
  const scalar = (item: IrTypeRef): string[] | null => (item.kind === "primitive" && item.name === "string" ? [] : item.kind === "literal-union" ? item.values : null);
  if (type.kind === "array") {
    const values = scalar(type.items);
    return values ? { shape: "array", values } : null;
  }
  const values = scalar(type);
  return values ? { shape: "scalar", values } : null;
}

function unionOf(a: IrTypeRef, b: IrTypeRef): IrTypeRef {
  const members = [...(a.kind === "union" ? a.types : [a]), ...(b.kind === "union" ? b.types : [b])];
  const unique = new Map(members.map((member) => [typeKey(member), member]));
  if (unique.size === 1) return a;
  return { kind: "union", types: [...unique.values()] };
}

function copyOf(definition: IrNamedType): IrNamedType {
  return definition.kind === "object"
    ? ({ ...definition, fields: [...definition.fields], mergedFrom: [...definition.mergedFrom] } satisfies IrObjectType)
    : { ...definition, members: [...definition.members], mergedFrom: [...definition.mergedFrom] };
}

/**
 * Order source locations by file, line and column.
 *
 * @param a First.
 * @param b Second.
 * @returns Negative, zero or positive.
 */
export function comparePlaces(a: SourceLocation, b: SourceLocation): number {
  return compareText(a.file, b.file) || a.start.line - b.start.line || a.start.column - b.start.column;
}
