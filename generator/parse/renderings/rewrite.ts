/**
 * A page rewritten into the markdown the page reader expects, with a map from
 * each line of the rewrite back to the page's own line, and what had to be
 * guessed on the way (each becomes a warning at its line).
 */
export interface TextRewrite {
  /** The markdown to parse. */
  text: string;
  /** For each line of `text` (0-based), the page's line (1-based); null when the text is the page's own. */
  lineOf: number[] | null;
  /** What was mended or guessed, at the page's line. */
  repairs: { line: number; message: string }[];
}

/** Collects the lines of a rewrite with the page line each comes from. */
export class RewriteBuilder {
  readonly #lines: string[] = [];
  readonly #lineOf: number[] = [];
  readonly repairs: TextRewrite["repairs"] = [];

  /**
   * Add a line.
   *
   * @param text The line.
   * @param line The page's 1-based line it comes from.
   */
  push(text: string, line: number): void {
    this.#lines.push(text);
    this.#lineOf.push(line);
  }

  /**
   * Add a blank line unless the last one is blank (blocks need one between them).
   *
   * @param line The page line to map it to.
   */
  blank(line: number): void {
    if (this.#lines.length > 0 && this.#lines.at(-1) !== "") this.push("", line);
  }

  /** @returns The rewrite. */
  build(): TextRewrite {
    return { text: this.#lines.join("\n"), lineOf: this.#lineOf, repairs: this.repairs };
  }
}

/**
 * Compose two rewrites: `inner` rewrote the text `outer` produced.
 *
 * @param outer The first rewrite (from the page).
 * @param inner The second (from `outer.text`).
 * @returns One rewrite from the page to `inner.text`.
 */
export function composeRewrites(outer: TextRewrite, inner: TextRewrite): TextRewrite {
  if (!outer.lineOf) return inner;
  const map = (line: number): number => outer.lineOf![line - 1] ?? line;
  const lineOf = inner.lineOf ? inner.lineOf.map(map) : outer.lineOf;
  return { text: inner.text, lineOf, repairs: [...outer.repairs, ...inner.repairs.map((repair) => ({ ...repair, line: map(repair.line) }))] };
}
