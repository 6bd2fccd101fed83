import type { Diagnostic } from "../diagnostics.js";

/**
 * Format a diagnostic the way compilers do: `file:line:column: severity: message [code]`,
 * with the related place on a second line.
 *
 * @param item A diagnostic.
 * @returns One or two lines.
 */
export function formatDiagnostic(item: Diagnostic): string {
  const { file, start } = item.place;
  const line = `${file}:${start.line}:${start.column}: ${item.severity}: ${item.message} [${item.code}]`;
  if (!item.related) return line;
  const related = item.related.place;
  return `${line}\n  ${related.file}:${related.start.line}:${related.start.column}: note: ${item.related.message}`;
}

/**
 * A one-line count of diagnostics by severity.
 *
 * @param diagnostics All diagnostics.
 * @returns e.g. `0 errors, 3 warnings, 1 note`.
 */
export function summarise(diagnostics: readonly Diagnostic[]): string {
  const count = (severity: Diagnostic["severity"]): number => diagnostics.filter((item) => item.severity === severity).length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "note")}`;
}
