import type { SourceLocation } from "../ir.js";

/**
 * Where a declaration comes from, as `file:line`, for `@see` tags.
 *
 * @param place A source location.
 * @returns e.g. `docs-input/delete-account.md:15`.
 */
export function placeText(place: SourceLocation): string {
  return `${place.file}:${place.start.line}`;
}
