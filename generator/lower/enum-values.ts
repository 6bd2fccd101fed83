import { EXAMPLE_LIST_LEADS } from "../vocabulary.js";

/** A list item that starts with a value in backticks: "- `user_id`: GenAuth user ID". */
const QUOTED_ITEM = /^\s*[-*•]\s*`([^`\n]+)`/;
/** A list item that starts with a bare value and a colon: "- Activated: Normal status". */
const BARE_ITEM = /^\s*[-*•]\s*([A-Za-z0-9_][\w.-]*)\s*[:：]\s*\S/;
const LIST_ITEM = /^\s*[-*•]\s/;
/** Values named in running text, in capitals with their meaning in brackets: "divided into PENDING (not scanned), SCANNED (…), …". */
const VALUE_BEFORE_MEANING = /\b([A-Z][A-Z0-9_]+)\s*[（(]/g;
/** Or the meaning first: "tree structure (TREE), string (STRING), array (ARRAY)". */
const MEANING_BEFORE_VALUE = /[（(]\s*([A-Z][A-Z0-9_]+)\s*[)）]/g;
/** What every pattern above needs: a list marker or an opening bracket. */
const MAY_NAME_VALUES = /[-*•(（]/;
/** How many values running text must name before it is read as the list of them. */
const RUNNING_TEXT_VALUES = 3;

/**
 * Find the allowed values a description lists, as in
 * "the optional values are:<br>- `user_id`: …<br>- `phone`: …", or, without
 * backticks, "Current status of the account:<br>- Activated: Normal status<br>- Suspended: …".
 * Bare values are read only when every item of the list has that form (a word,
 * a colon, what it means), so a list of remarks is not taken for values. Without
 * a list, running text that names at least three values in capitals, each with
 * its meaning in brackets ("PENDING (not scanned), SCANNED (…), AUTHORIZED (…)"),
 * is read as the values. A list introduced as examples ("such as:", "例如：")
 * names some values, not all: it gives none.
 *
 * @param description Cell text, with `<br>` already read as line breaks.
 * @returns The values in order, or null when fewer than two are listed.
 */
export function enumValuesFromDescription(description: string): string[] | null {
  // Without a list marker or a bracket there is neither a list nor running text that names values (most descriptions).
  if (!MAY_NAME_VALUES.test(description)) return null;
  const lines = description.split("\n");
  const firstItem = lines.findIndex((line) => LIST_ITEM.test(line));
  if (firstItem >= 0 && listsExamples(lines.slice(0, firstItem).join(" "))) return null;
  const quoted = valuesOf(lines, QUOTED_ITEM);
  if (quoted.length >= 2) return quoted;
  const items = lines.filter((line) => LIST_ITEM.test(line));
  const bare = valuesOf(items, BARE_ITEM);
  if (items.length > 0) return bare.length >= 2 && items.every((line) => BARE_ITEM.test(line)) ? bare : null;
  for (const pattern of [VALUE_BEFORE_MEANING, MEANING_BEFORE_VALUE]) {
    const matches = [...description.matchAll(pattern)];
    const named = [...new Set(matches.map((match) => match[1]!))];
    if (named.length >= RUNNING_TEXT_VALUES && !listsExamples(description.slice(0, matches[0]!.index))) return named;
  }
  return null;
}

/** Whether the text before a list introduces it as examples. */
function listsExamples(lead: string): boolean {
  const text = lead.trim().toLowerCase();
  return EXAMPLE_LIST_LEADS.some((phrase) => phrase.test(text));
}

function valuesOf(lines: readonly string[], item: RegExp): string[] {
  const values: string[] = [];
  for (const line of lines) {
    const value = item.exec(line)?.[1]?.trim();
    if (value && !values.includes(value)) values.push(value);
  }
  return values;
}
