import type { IrMethod, IrSdk, IrTypeRef } from "../../generator/ir.js";

/**
 * A method's signature as structure only: parameter and response types expanded
 * through their named types (names dropped), fields with their optional flag,
 * enums as their values. Two renderings of one page must give the same.
 *
 * @param ir The SDK.
 * @param client Client name.
 * @param name Method name.
 * @returns `{ params, returns }` as plain data.
 */
export function signatureOf(ir: IrSdk, client: string, name: string): { params: unknown; returns: unknown } {
  const method: IrMethod | undefined = ir.clients.find((item) => item.name === client)?.methods.find((item) => item.name === name);
  if (!method) throw new Error(`no ${client}.${name} in ${ir.clients.map((item) => `${item.name}: ${item.methods.map((m) => m.name).join(", ")}`).join("; ")}`);
  const types = new Map(ir.types.map((type) => [type.name, type]));
  const expand = (type: IrTypeRef, depth: number): unknown => {
    if (depth > 6) return "…";
    switch (type.kind) {
      case "named": {
        const named = types.get(type.name);
        if (!named) return `missing ${type.name}`;
        if (named.kind === "enum") return { enum: named.members.map((member) => member.value) };
        return Object.fromEntries(named.fields.map((field) => [`${field.name}${field.required ? "" : "?"}`, expand(field.type, depth + 1)]));
      }
      case "array":
        return [expand(type.items, depth + 1)];
      case "literal-union":
        return { enum: type.values };
      case "primitive":
        return type.name;
      case "map":
        return { map: expand(type.values, depth + 1) };
      case "union":
        return { union: type.types.map((member) => expand(member, depth + 1)) };
      case "unknown":
        return "unknown";
    }
  };
  return { params: method.parametersType ? expand({ kind: "named", name: method.parametersType }, 0) : null, returns: expand(method.returns, 0) };
}
