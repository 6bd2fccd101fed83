/** Control characters (tabs and line feeds aside) and the characters JavaScript reads as line ends. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

function visibleEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * Make text safe on one comment line (`// …`, a header): every line end and
 * control character is written as a visible escape, and `*\/` cannot close a block.
 *
 * @param text Any text, from the docs or the command line.
 * @returns One line.
 */
export function commentSafeLine(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(CONTROL, visibleEscape).replace(/\*\//g, "*\\/");
}

/** What `commentSafeLines` changes or splits at: a line end, a control character, a comment's start or end, an `@`, trailing white space. */
const NEEDS_ESCAPING = /[\n\r\u2028\u2029\u0000-\u0008\u000b-\u001f\u007f-\u009f@]|\*\/|\/\*|\s$/;

/**
 * Make docs text safe inside a `/** … *\/` comment: `*\/` can never close the
 * comment early, and a line starting with `@` cannot be read as a JSDoc tag.
 *
 * @param text Any text from the docs.
 * @returns Lines safe to put after ` * `.
 */
export function commentSafeLines(text: string): string[] {
  // Most descriptions are one line with nothing to escape.
  if (!NEEDS_ESCAPING.test(text)) return [text];
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(CONTROL, visibleEscape)
    .replace(/\*\//g, "*\\/")
    .replace(/\/\*/g, "/\\*")
    .split("\n")
    .map((line) => line.replace(/\s+$/, "").replace(/^(\s*)@/, "$1\\@"));
}

/** One block of a doc comment: a paragraph, or a tag with its text. */
export interface DocBlock {
  /** `@example`, `@defaultValue`, `@see`…, or null for plain text. */
  tag: string | null;
  /** The text, from the docs. */
  text: string;
}

/**
 * Build the text of a doc comment (without the `/**` and `*\/` lines) from blocks,
 * dropping empty ones and separating paragraphs with a blank line.
 *
 * @param blocks Paragraphs and tags.
 * @returns Comment body lines, safe to print after ` * `; empty when there is nothing to say.
 */
export function docBody(blocks: readonly DocBlock[]): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.text.trim() === "") continue;
    const safe = commentSafeLines(block.text.trim());
    if (block.tag === null) {
      if (lines.length > 0) lines.push("");
      lines.push(...safe);
    } else if (safe.length === 1) {
      lines.push(`${block.tag} ${safe[0]}`);
    } else {
      lines.push(block.tag, ...safe);
    }
  }
  return lines;
}

/**
 * A full doc comment, indented as a class member would be.
 *
 * @param blocks Paragraphs and tags.
 * @returns `/**`, ` * …` lines and ` *\/`, or no lines when there is nothing to say.
 */
export function docCommentLines(blocks: readonly DocBlock[]): string[] {
  const body = docBody(blocks);
  if (body.length === 0) return [];
  return ["/**", ...body.map((line) => (line === "" ? " *" : ` * ${line}`)), " */"];
}
