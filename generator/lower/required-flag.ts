import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { Cell } from "../page.js";
import { NO_WORDS, READ_AS_YES, YES_WORDS } from "../vocabulary.js";


/**
 * Read a "required" cell: yes/no in English or Chinese.
 *
 * @param cell The cell, or undefined when the row or table has none.
 * @param fieldName For the message.
 * @returns Whether the field is required, and a warning when that was a guess.
 */
export function readRequiredFlag(cell: Cell | undefined, fieldName: string): { required: boolean; diagnostics: Diagnostic[] } {
  if (!cell) return { required: false, diagnostics: [] };
  const word = cell.text.replace(/[`*]/g, "").trim().toLowerCase();
  if (YES_WORDS.has(word)) return { required: true, diagnostics: [] };
  if (NO_WORDS.has(word)) return { required: false, diagnostics: [] };
  if (READ_AS_YES.has(word)) {
    return {
      required: true,
      diagnostics: [diagnostic("warning", "required-guessed", `Unexpected \`${cell.text}\` in the required column of \`${fieldName}\`, expected yes or no; read as yes`, cell.place)],
    };
  }
  return {
    required: false,
    diagnostics: [diagnostic("warning", "required-guessed", `Unexpected \`${cell.text}\` in the required column of \`${fieldName}\`, expected yes or no; read as no`, cell.place)],
  };
}
