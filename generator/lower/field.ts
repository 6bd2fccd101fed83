import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { IrField } from "../ir.js";
import type { Row } from "../page.js";
import { elementTypeFromSample, isOpenArray } from "./element-type.js";
import { readLiteral } from "../ir-utils/literal.js";
import { readRequiredFlag } from "./required-flag.js";
import { resolveFieldType, type KnownTypes } from "./type-ref.js";

/**
 * Lower one table row to a field: name, resolved type, required flag, typed
 * default and example.
 *
 * @param row A parameter, response or DTO table row.
 * @param known Type names the docs define.
 * @returns The field and diagnostics.
 */
export function rowToField(row: Row, known: KnownTypes): { field: IrField; diagnostics: Diagnostic[] } {
  const name = (row.cells.name?.text ?? "").replace(/`/g, "").trim();
  const typed = openUnlistedSample(withSampleElements(resolveFieldType(row.cells.type, row.cells.description, known, name), row.cells.example?.text), row.cells.example?.text);
  const required = readRequiredFlag(row.cells.required, name);
  const diagnostics = [...typed.diagnostics, ...required.diagnostics];

  const defaultCell = row.cells.default;
  const defaultRead = defaultCell ? readLiteral(defaultCell.text, typed.type) : null;
  if (defaultCell && defaultRead && !defaultRead.fits) {
    diagnostics.push(
      diagnostic("warning", "default-type-mismatch", `Unexpected default \`${defaultRead.literal.text}\` for \`${name}\`, expected a value of its type; kept as text`, defaultCell.place),
    );
  }
  const exampleRead = row.cells.example ? readLiteral(row.cells.example.text, typed.type) : null;

  const field: IrField = {
    name,
    type: typed.type,
    required: required.required,
    description: row.cells.description?.text ?? "",
    default: defaultRead?.literal ?? null,
    example: exampleRead?.literal ?? null,
    source: row.place,
  };
  return { field, diagnostics };
}

/**
 * A string field whose description lists values, and whose own sample value is
 * none of them, holds more than one value of the list (`scope`: "separate
 * multiple scopes with spaces", sample `openid profile`): a string, whose
 * doc comment still lists the values.
 */
function openUnlistedSample<T extends { type: IrField["type"] }>(typed: T, sample: string | undefined): T {
  if (typed.type.kind !== "literal-union" || sample === undefined) return typed;
  const value = sample.replace(/^`+|`+$/g, "").trim().replace(/^"(.*)"$/, "$1");
  if (value === "" || value === "-" || typed.type.values.includes(value)) return typed;
  return { ...typed, type: { kind: "primitive", name: "string" } };
}

/** An array the type cell leaves open, typed by its sample value (`["a","b"]` is `string[]`). */
function withSampleElements<T extends { type: IrField["type"] }>(typed: T, sample: string | undefined): T {
  if (!sample || !isOpenArray(typed.type)) return typed;
  const items = elementTypeFromSample(sample);
  return items ? { ...typed, type: { kind: "array", items } } : typed;
}
