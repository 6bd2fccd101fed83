import type { Diagnostic } from "../diagnostics.js";

/**
 * Format a diagnostic the way compilers do: `file:line:column: severity: message [code]`,
 * with the related place on a second line.
 *
 * @param item A diagnostic.
 * @returns One or two lines.
 */
export function formatDiagnostic(item: Diagnostic): string {
  const { start } = item.place;
  const line = `${printableFile(item.place.file)}:${start.line}:${start.column}: ${item.severity}: ${printable(item.message)} [${printable(item.code)}]`;
  if (!item.related) return line;
  const related = item.related.place;
  return `${line}\n  ${printableFile(related.file)}:${related.start.line}:${related.start.column}: note: ${printable(item.related.message)}`;
}

/** Control characters and the characters terminals or CI logs read as line ends. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Text from pages or file names as it may be printed: every control character
 * and line end is a visible `\uXXXX`, so echoed text can never start a line of
 * its own (a CI command such as `::error::`) or move the terminal's cursor.
 *
 * @param text Any text.
 * @returns One printable line.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A file name as the first thing on a line: printable, and never starting like a CI command. */
function printableFile(file: string): string {
  const safe = printable(file);
  return safe.startsWith("::") ? `./${safe}` : safe;
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
