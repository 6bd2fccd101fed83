/**
 * The same text in a string of its own. A substring made by `slice` or
 * `split` may be a view of the whole text it was cut from (V8 keeps a
 * substring of 13 characters or more as a slice of its parent), which would
 * keep that page alive as long as the substring: what a pass keeps, and every
 * page model, must not. Joined to a space, the text is flattened into a new
 * string, and the slice after the space is a view of that copy only.
 *
 * @param text A text, perhaps a substring of a page.
 * @returns The same text, holding no page.
 */
export function detached(text: string): string {
  return ` ${text}`.slice(1);
}
