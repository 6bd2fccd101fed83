import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { IrField, IrSdk } from "../ir.js";
import { readLiteral } from "../ir-utils/literal.js";

/**
 * Fields of every object type, with the type's name, in IR order.
 *
 * @param ir The SDK.
 * @returns Pairs of owner name and field.
 */
export function everyField(ir: IrSdk): { owner: string; field: IrField }[] {
  return ir.types.flatMap((type) => (type.kind === "object" ? type.fields.map((field) => ({ owner: type.name, field })) : []));
}

/**
 * A required field with a default is a contradiction: either callers must
 * send it, or the server fills it in.
 *
 * @param ir The SDK.
 * @returns One warning per such field, at its row.
 */
export function requiredWithDefault(ir: IrSdk): Diagnostic[] {
  return everyField(ir)
    .filter(({ field }) => field.required && field.default !== null)
    .map(({ owner, field }) =>
      diagnostic("warning", "required-with-default", `Unexpected default \`${field.default!.text}\` on required field \`${owner}.${field.name}\`, expected a default only on an optional field (make it optional, or drop the default)`, field.source),
    );
}

/**
 * Example values that do not parse as their field's type (`abc` for a number,
 * `maybe` for a boolean, a value outside the documented enum).
 *
 * @param ir The SDK.
 * @returns One warning per mismatching example, at its row.
 */
export function exampleTypeMismatches(ir: IrSdk): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { owner, field } of everyField(ir)) {
    if (!field.example) continue;
    const read = readLiteral(field.example.text, field.type);
    if (read && !read.fits) {
      found.push(diagnostic("warning", "example-type-mismatch", `Unexpected example \`${clip(field.example.text)}\` for \`${owner}.${field.name}\`, expected a value of its type`, field.source));
    }
  }
  return found;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
