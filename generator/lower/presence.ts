import type { IrObjectType } from "../ir.js";
import { CONDITIONAL_PRESENCE, ERROR_DETAIL } from "../vocabulary.js";

/**
 * Whether a field of a table that has no "required" column is always present.
 * Response tables and DTOs read from the API's answers state what is returned,
 * so a field is required unless its description says it is returned only
 * sometimes; in the response envelope itself, an error detail (an error code)
 * is returned only when the request fails.
 *
 * @param description The field's description.
 * @param role What the table defines.
 * @returns Whether the field is always present.
 */
export function isAlwaysPresent(description: string, role: IrObjectType["role"]): boolean {
  const text = description.toLowerCase();
  if (CONDITIONAL_PRESENCE.some((phrase) => phrase.test(text))) return false;
  return !(role === "response" && ERROR_DETAIL.some((phrase) => phrase.test(text)));
}
