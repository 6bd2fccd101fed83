import { jsonrepair } from "jsonrepair";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { IrField, IrNamedType, IrObjectType, IrTypeRef, SourceLocation } from "../ir.js";
import { referencedNames } from "../ir-utils/type-walk.js";
import { isIdentifier, toPascalCase } from "../names.js";
import { isOpenArray, primitiveElementOf } from "./element-type.js";
import type { KnownTypes } from "./type-ref.js";

/** How deep the walk follows the example into nested types. */
const MAX_DEPTH = 6;
/** Names shorter than this are not respelled: two short names one letter apart are usually two fields. */
const MIN_RESPELL_LENGTH = 5;

/** What the example result told about a page's types. */
export interface ExampleRefinement {
  /** The page's types, with refined copies, then the types the example alone showed. */
  types: IrNamedType[];
  diagnostics: Diagnostic[];
}

/**
 * Read a page's types beside its example result, which shows every nested
 * shape of a real answer, the way a careful reader checks a table against it:
 *
 * - a field typed `array` whose example holds primitives of one kind gets that element type;
 * - a field typed as one DTO whose example is a list of objects is a list of it;
 * - a field the table spells one letter away from the only unlisted key of the
 *   example at that place takes the example's spelling (the example is JSON
 *   copied from the API; table text is edited and translated by hand), unless
 *   one name is the other with an `s` (one and many are two fields);
 * - a table cut off before its end (its last row is short) gets the fields the
 *   example shows after it, typed from their values, nested objects as types of
 *   their own (`LoginHistoryDto` + `geoip` → `LoginHistoryDtoGeoip`).
 *
 * Only the page's own definitions are changed (copies are returned).
 *
 * @param types The types the page defines.
 * @param responseName The response type's name, or null.
 * @param example The example result, or null.
 * @param known Type names the docs define (a new type never takes one).
 * @param cutOff The page's types whose table ends in a short row, with where that row is.
 * @returns The refined types and a warning for every contradiction read.
 */
export function refineFromExample(
  types: readonly IrNamedType[],
  responseName: string | null,
  example: { text: string; place: SourceLocation } | null,
  known: KnownTypes,
  cutOff: ReadonlyMap<string, SourceLocation>,
): ExampleRefinement {
  const value = responseName && example ? readExampleJson(example.text) : undefined;
  if (value === undefined) return { types: [...types], diagnostics: [] };
  const byName = new Map(types.map((type) => [type.name, type]));
  const refined = new Map<string, IrObjectType>();
  const added: IrObjectType[] = [];
  const diagnostics: Diagnostic[] = [];
  const taken = (name: string): boolean => known.has(name) || byName.has(name) || added.some((type) => type.name === name);

  const visit = (name: string, sample: unknown, depth: number): void => {
    const type = refined.get(name) ?? byName.get(name);
    if (!type || type.kind !== "object" || type.open || depth > MAX_DEPTH || !isRecord(sample)) return;
    const respelled = respell(type, sample, diagnostics);
    const fields = respelled.map((field) => refineField(type.name, field, ownValue(sample, field.name), diagnostics));
    const lastRow = cutOff.get(name);
    if (lastRow) {
      for (const key of unlistedKeys(fields, sample)) {
        fields.push(fieldFromExample(key, sample[key], `${type.name}${toPascalCase(key)}`, lastRow, { taken, add: (made) => added.push(made) }));
        diagnostics.push(diagnostic("warning", "field-from-example", `Missing row for \`${key}\` after this row, where the table of \`${type.name}\` stops short, which the example result shows; typed from the example`, lastRow));
      }
    }
    if (fields.some((field, index) => field !== type.fields[index]) || fields.length !== type.fields.length) refined.set(name, { ...type, fields });
    for (const field of fields) {
      const fieldSample = ownValue(sample, field.name);
      const inner = field.type.kind === "array" ? field.type.items : field.type;
      const innerSample = Array.isArray(fieldSample) ? fieldSample[0] : fieldSample;
      for (const referenced of referencedNames(inner)) visit(referenced, innerSample, depth + 1);
    }
  };
  visit(responseName!, value, 0);
  return { types: [...types.map((type) => refined.get(type.name) ?? type), ...added], diagnostics };
}

/** Take the example's spelling for a table field one letter away from the example's only unlisted key. */
function respell(type: IrObjectType, sample: Record<string, unknown>, diagnostics: Diagnostic[]): IrField[] {
  const unlisted = unlistedKeys(type.fields, sample);
  const absent = type.fields.filter((field) => !Object.hasOwn(sample, field.name));
  if (unlisted.length !== 1 || absent.length === 0) return [...type.fields];
  const key = unlisted[0]!;
  const near = absent.filter((field) => field.name.length >= MIN_RESPELL_LENGTH && oneEditApart(field.name, key) && !pluralPair(field.name, key));
  if (near.length !== 1) return [...type.fields];
  const field = near[0]!;
  diagnostics.push(
    diagnostic("warning", "example-spelling", `Unexpected field name \`${field.name}\` in \`${type.name}\`, expected \`${key}\` as the example result spells it; the example's spelling is used`, field.source),
  );
  return type.fields.map((item) => (item === field ? { ...field, name: key } : item));
}

/** A field's type refined by its value in the example. */
function refineField(typeName: string, field: IrField, sample: unknown, diagnostics: Diagnostic[]): IrField {
  if (sample === undefined) return field;
  if (isOpenArray(field.type)) {
    const items = primitiveElementOf(sample);
    return items ? { ...field, type: { kind: "array", items } } : field;
  }
  if (field.type.kind === "named" && Array.isArray(sample) && sample.length > 0 && sample.every(isRecord)) {
    diagnostics.push(
      diagnostic("warning", "example-shape", `Unexpected list in the example result for \`${typeName}.${field.name}\`, expected one \`${field.type.name}\` as its type says; read as a list of \`${field.type.name}\``, field.source),
    );
    return { ...field, type: { kind: "array", items: field.type } };
  }
  return field;
}

/** Keys of an example object that no field names, in the example's order. */
function unlistedKeys(fields: readonly IrField[], sample: Record<string, unknown>): string[] {
  const listed = new Set(fields.map((field) => field.name));
  return Object.keys(sample).filter((key) => !listed.has(key));
}

/** Where types made from the example go, and which names are used. */
interface NewTypes {
  taken: (name: string) => boolean;
  add: (type: IrObjectType) => void;
}

/**
 * A field read from an example value: present in a success answer, so
 * required unless the value is null; objects become types of their own.
 */
function fieldFromExample(key: string, value: unknown, typeName: string, source: SourceLocation, newTypes: NewTypes, depth = 0): IrField {
  const objectType = (record: Record<string, unknown>): IrTypeRef => {
    if (depth > MAX_DEPTH || !isIdentifier(typeName) || newTypes.taken(typeName)) return OPEN_OBJECT;
    const fields = Object.entries(record).map(([member, memberValue]) => fieldFromExample(member, memberValue, `${typeName}${toPascalCase(member)}`, source, newTypes, depth + 1));
    newTypes.add({ kind: "object", name: typeName, role: "dto", description: "Read from the example result on the page.", fields, open: false, source, mergedFrom: [] });
    return { kind: "named", name: typeName };
  };
  return {
    name: key,
    type: typeOfExampleValue(value, objectType),
    required: value !== null,
    description: "",
    default: null,
    example: value === null || typeof value === "object" ? null : { value: value as string | number | boolean, text: String(value) },
    source,
  };
}

/** An object of any shape. */
const OPEN_OBJECT: IrTypeRef = { kind: "map", values: { kind: "unknown" } };

/**
 * The type a value in an example shows: its primitive, a list of what its
 * first non-null item shows (`unknown[]` when it shows nothing), and for an
 * object what `objectType` makes of it (by default an object of any shape).
 *
 * @param value A value from an example.
 * @param objectType The type of an object in it.
 * @returns The type.
 */
export function typeOfExampleValue(value: unknown, objectType: (record: Record<string, unknown>) => IrTypeRef = () => OPEN_OBJECT): IrTypeRef {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { kind: "primitive", name: typeof value as "string" | "number" | "boolean" };
  if (Array.isArray(value)) {
    const first = value.find((item) => item !== null);
    return { kind: "array", items: first === undefined ? { kind: "unknown" } : typeOfExampleValue(first, objectType) };
  }
  return isRecord(value) ? objectType(value) : { kind: "unknown" };
}

/** Whether one name is the other with an `s`: one and many (`userId`, `userIds`) are two fields, not a misspelling. */
function pluralPair(a: string, b: string): boolean {
  return a === `${b}s` || b === `${a}s`;
}

/** Whether two names differ by one inserted, deleted or replaced character. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  if (a.length === b.length) return a.slice(start + 1) === b.slice(start + 1);
  return a.length > b.length ? a.slice(start + 1) === b.slice(start) : a.slice(start) === b.slice(start + 1);
}

/**
 * An example result as a value. Examples cut off before their end (a missing
 * closing bracket, a string that stops mid-way) are closed where they stop:
 * what they show up to there is still what the API returns.
 *
 * @param text The example's text.
 * @returns The value, or undefined when the text is not JSON even when closed.
 */
export function readExampleJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(jsonrepair(text));
    } catch {
      return undefined;
    }
  }
}

/** A key's value in an example object, never one it inherits (`constructor`, `toString`). */
function ownValue(sample: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(sample, key) ? sample[key] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
