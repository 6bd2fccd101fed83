import { compareText } from "../diagnostics.js";
import { typeText } from "../ir-utils/type-text.js";
import type { IrEnumType, IrField, IrMethod, IrNamedType, IrSdk, SourceLocation } from "../ir.js";
import { referencedNames } from "../ir-utils/type-walk.js";
import { fitsIn } from "./type-width.js";

/** What kind of change an API change is. */
export type ChangeKind =
  | "method-added"
  | "method-removed"
  | "method-changed"
  | "type-added"
  | "type-removed"
  | "field-added"
  | "field-removed"
  | "field-required"
  | "field-optional"
  | "field-type"
  | "field-default"
  | "enum-value-added"
  | "enum-value-removed";

/** One difference between two versions of an API, as a reviewer reads it. */
export interface ApiChange {
  kind: ChangeKind;
  /** Whether code written against the old SDK can stop compiling or working. */
  breaking: boolean;
  /** What changed, e.g. `ManagementClient.getUser` or `UserDto.email`. */
  subject: string;
  /** What happened, one sentence of markdown. */
  message: string;
  /** Where: the new definition, or the old one for a removal. */
  place: SourceLocation;
}

/** How a named type is used: sent by callers (input), received by them (output), or both. */
interface Usage {
  input: boolean;
  output: boolean;
}

interface Side {
  ir: IrSdk;
  types: ReadonlyMap<string, IrNamedType>;
  methods: ReadonlyMap<string, IrMethod>;
  usage: ReadonlyMap<string, Usage>;
}

/**
 * Compare two versions of an SDK's IR. A removed method, type, field or enum
 * value is breaking; so is a field that became required in something callers
 * send, optional in something they receive, or whose type narrowed for
 * callers' values (or widened for what they receive); a changed verb or path;
 * a required parameter added. Everything else is reported as non-breaking.
 * Parameter types are compared through their methods.
 *
 * @param before The IR at the base version.
 * @param after The IR now.
 * @returns The changes, breaking first, then by subject.
 */
export function diffIr(before: IrSdk, after: IrSdk): ApiChange[] {
  const old = side(before);
  const now = side(after);
  const changes: ApiChange[] = [];
  for (const [key, method] of old.methods) {
    if (!now.methods.has(key)) changes.push({ kind: "method-removed", breaking: true, subject: key, message: `Removed method \`${key}\`.`, place: method.source });
  }
  for (const [key, method] of now.methods) {
    const previous = old.methods.get(key);
    if (!previous) changes.push({ kind: "method-added", breaking: false, subject: key, message: `Added method \`${key}\` (\`${method.http.verb} ${method.http.path}\`).`, place: method.source });
    else changes.push(...diffMethod(key, previous, method, old, now));
  }
  for (const [name, type] of old.types) {
    if (isParameters(type) || now.types.has(name)) continue;
    changes.push({ kind: "type-removed", breaking: true, subject: name, message: `Removed type \`${name}\`.`, place: type.source });
  }
  for (const [name, type] of now.types) {
    if (isParameters(type)) continue;
    const previous = old.types.get(name);
    if (!previous) {
      changes.push({ kind: "type-added", breaking: false, subject: name, message: `Added type \`${name}\`.`, place: type.source });
      continue;
    }
    const usage = mergeUsage(old.usage.get(name), now.usage.get(name));
    changes.push(...diffNamedType(name, previous, type, usage, old, now));
  }
  return changes.sort((a, b) => Number(b.breaking) - Number(a.breaking) || compareText(a.subject, b.subject) || compareText(a.kind, b.kind) || compareText(a.message, b.message));
}

function side(ir: IrSdk): Side {
  const types = new Map(ir.types.map((type) => [type.name, type] as const));
  const methods = new Map(ir.clients.flatMap((client) => client.methods.map((method) => [`${client.name}.${method.name}`, method] as const)));
  return { ir, types, methods, usage: typeUsage(ir, types) };
}

function isParameters(type: IrNamedType): boolean {
  return type.kind === "object" && type.role === "parameters";
}

/** Which named types each method sends and receives, followed through fields. */
function typeUsage(ir: IrSdk, types: ReadonlyMap<string, IrNamedType>): Map<string, Usage> {
  const usage = new Map<string, Usage>();
  const mark = (names: readonly string[], direction: keyof Usage): void => {
    const queue = [...names];
    while (queue.length > 0) {
      const name = queue.pop()!;
      const entry = usage.get(name) ?? { input: false, output: false };
      if (entry[direction]) continue;
      entry[direction] = true;
      usage.set(name, entry);
      const type = types.get(name);
      if (type?.kind === "object") for (const field of type.fields) queue.push(...referencedNames(field.type));
    }
  };
  for (const client of ir.clients) {
    for (const method of client.methods) {
      if (method.parametersType) mark([method.parametersType], "input");
      mark(referencedNames(method.returns), "output");
    }
  }
  return usage;
}

/** A type used nowhere is treated as used both ways, the cautious reading. */
function mergeUsage(...found: (Usage | undefined)[]): Usage {
  const known = found.filter((usage): usage is Usage => usage !== undefined);
  if (known.length === 0) return { input: true, output: true };
  return { input: known.some((usage) => usage.input), output: known.some((usage) => usage.output) };
}

function diffMethod(key: string, before: IrMethod, after: IrMethod, old: Side, now: Side): ApiChange[] {
  const changes: ApiChange[] = [];
  const place = after.source;
  if (before.kind !== after.kind) {
    changes.push({ kind: "method-changed", breaking: true, subject: key, message: `Now ${after.kind === "link" ? "builds a URL" : "sends a request"} instead of ${before.kind === "link" ? "building a URL" : "sending a request"}.`, place });
  }
  if (before.http.verb !== after.http.verb || before.http.path !== after.http.path) {
    changes.push({ kind: "method-changed", breaking: true, subject: key, message: `Now \`${after.http.verb} ${after.http.path}\`, was \`${before.http.verb} ${before.http.path}\`.`, place });
  }
  if (!fitsIn(after.returns, before.returns, now.types, old.types)) {
    changes.push({ kind: "method-changed", breaking: true, subject: key, message: `Now resolves to \`${typeText(after.returns)}\`, was \`${typeText(before.returns)}\`.`, place });
  } else if (typeText(after.returns) !== typeText(before.returns)) {
    changes.push({ kind: "method-changed", breaking: false, subject: key, message: `Now resolves to \`${typeText(after.returns)}\` (narrower than \`${typeText(before.returns)}\`).`, place });
  }
  const fields = (method: IrMethod, from: Side): IrField[] => {
    const type = method.parametersType ? from.types.get(method.parametersType) : undefined;
    return type?.kind === "object" ? type.fields : [];
  };
  changes.push(...diffFields(`${key}(params)`, fields(before, old), fields(after, now), { input: true, output: false }, place, old, now));
  return changes;
}

function diffNamedType(name: string, before: IrNamedType, after: IrNamedType, usage: Usage, old: Side, now: Side): ApiChange[] {
  if (before.kind === "enum" && after.kind === "enum") return diffEnum(name, before, after);
  if (before.kind === "object" && after.kind === "object") return diffFields(name, before.fields, after.fields, usage, after.source, old, now);
  return [{ kind: "field-type", breaking: true, subject: name, message: `Now ${after.kind === "enum" ? "an enum" : "an object"}, was ${before.kind === "enum" ? "an enum" : "an object"}.`, place: after.source }];
}

function diffEnum(name: string, before: IrEnumType, after: IrEnumType): ApiChange[] {
  const changes: ApiChange[] = [];
  const oldValues = new Set(before.members.map((member) => member.value));
  const newValues = new Set(after.members.map((member) => member.value));
  for (const value of oldValues) {
    if (!newValues.has(value)) changes.push({ kind: "enum-value-removed", breaking: true, subject: name, message: `Removed value \`${JSON.stringify(value)}\`.`, place: after.source });
  }
  for (const value of newValues) {
    if (!oldValues.has(value)) changes.push({ kind: "enum-value-added", breaking: false, subject: name, message: `Added value \`${JSON.stringify(value)}\`.`, place: after.source });
  }
  return changes;
}

function diffFields(owner: string, before: readonly IrField[], after: readonly IrField[], usage: Usage, ownerPlace: SourceLocation, old: Side, now: Side): ApiChange[] {
  const changes: ApiChange[] = [];
  const oldByName = new Map(before.map((field) => [field.name, field] as const));
  const newByName = new Map(after.map((field) => [field.name, field] as const));
  for (const field of before) {
    if (!newByName.has(field.name)) changes.push({ kind: "field-removed", breaking: true, subject: `${owner}.${field.name}`, message: `Removed field \`${field.name}\`.`, place: ownerPlace });
  }
  for (const field of after) {
    const subject = `${owner}.${field.name}`;
    const previous = oldByName.get(field.name);
    if (!previous) {
      const breaking = field.required && usage.input;
      changes.push({ kind: "field-added", breaking, subject, message: `Added ${field.required ? "required" : "optional"} field \`${field.name}: ${typeText(field.type)}\`.`, place: field.source });
      continue;
    }
    if (!previous.required && field.required) {
      changes.push({ kind: "field-required", breaking: usage.input, subject, message: "Optional → required.", place: field.source });
    }
    if (previous.required && !field.required) {
      changes.push({ kind: "field-optional", breaking: usage.output, subject, message: "Required → optional.", place: field.source });
    }
    const change = typeChange(previous, field, usage, old, now);
    if (change) changes.push({ ...change, subject, place: field.source });
    if ((previous.default?.text ?? null) !== (field.default?.text ?? null)) {
      changes.push({ kind: "field-default", breaking: false, subject, message: `Default \`${previous.default?.text ?? "none"}\` → \`${field.default?.text ?? "none"}\`.`, place: field.source });
    }
  }
  return changes;
}

function typeChange(before: IrField, after: IrField, usage: Usage, old: Side, now: Side): Pick<ApiChange, "kind" | "breaking" | "message"> | null {
  const oldText = typeText(before.type);
  const newText = typeText(after.type);
  const widened = fitsIn(before.type, after.type, old.types, now.types);
  const narrowed = fitsIn(after.type, before.type, now.types, old.types);
  if (widened && narrowed) return null;
  const how = widened ? "Widened" : narrowed ? "Narrowed" : "Changed";
  const breaking = (usage.input && !widened) || (usage.output && !narrowed);
  return { kind: "field-type", breaking, message: `${how} type \`${oldText}\` → \`${newText}\`.` };
}
