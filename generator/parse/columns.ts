import { COLUMN_LABELS, firstMatch, normaliseLabel, type ColumnRole } from "../vocabulary.js";


/**
 * Decide what a table column holds from its header text, in either language.
 *
 * @param header Header cell text with HTML removed.
 * @returns The role, or null when the header is not recognised.
 */
export function classifyColumn(header: string): ColumnRole | null {
  const normal = normaliseLabel(header);
  return normal === "" ? null : firstMatch(COLUMN_LABELS, normal);
}
