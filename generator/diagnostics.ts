import type { SourceLocation } from "./ir.js";

/** How bad a diagnostic is: errors stop generation, warnings mark a guess, info is a note. */
export type Severity = "error" | "warning" | "info";

/** A problem found in the docs, as a value. Only the CLI formats and prints these. */
export interface Diagnostic {
  /** Stable machine-readable code, e.g. `unknown-type`. */
  code: string;
  /** How bad it is. */
  severity: Severity;
  /** One sentence, "Unexpected X, expected Y" where it fits. */
  message: string;
  /** Where in the docs. */
  place: SourceLocation;
  /** A second place the message refers to (an earlier definition, say). */
  related?: { message: string; place: SourceLocation };
}

/**
 * Make a diagnostic.
 *
 * @param severity How bad it is.
 * @param code Stable code.
 * @param message The sentence to show.
 * @param place Where.
 * @param related Optional second place.
 * @returns The diagnostic value.
 */
export function diagnostic(
  severity: Severity,
  code: string,
  message: string,
  place: SourceLocation,
  related?: Diagnostic["related"],
): Diagnostic {
  return related ? { code, severity, message, place, related } : { code, severity, message, place };
}

/**
 * Whether any diagnostic is an error.
 *
 * @param diagnostics The list to test.
 * @returns True when generation must stop.
 */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((item) => item.severity === "error");
}

/**
 * Sort diagnostics by file, line, column and code, for stable output.
 *
 * @param diagnostics The list to sort (not changed).
 * @returns A sorted copy.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareText(a.place.file, b.place.file) ||
      a.place.start.line - b.place.start.line ||
      a.place.start.column - b.place.start.column ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}

/**
 * Compare two strings by code unit, independent of the locale.
 *
 * @param a First.
 * @param b Second.
 * @returns Negative, zero or positive.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
