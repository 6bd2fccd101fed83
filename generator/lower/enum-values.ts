/** A list item that starts with a value in backticks: "- `user_id`: GenAuth user ID". */
const VALUE_ITEM = /^\s*[-*•]\s*`([^`\n]+)`/;

/**
 * Find the allowed values a description lists, as in
 * "the optional values are:<br>- `user_id`: …<br>- `phone`: …".
 *
 * @param description Cell text, with `<br>` already read as line breaks.
 * @returns The values in order, or null when fewer than two are listed.
 */
export function enumValuesFromDescription(description: string): string[] | null {
  const values: string[] = [];
  for (const line of description.split("\n")) {
    const match = VALUE_ITEM.exec(line);
    const value = match?.[1]?.trim();
    if (value && !values.includes(value)) values.push(value);
  }
  return values.length >= 2 ? values : null;
}
