import v8 from "node:v8";

/**
 * Above this many characters of markdown, V8's default heap growth takes far more memory
 * than it saves time. Measured with `npm run bench` on 2 cores: at 5,000
 * synthetic pages (28 MB) growth capped at 20 % keeps the peak near 420 MB
 * instead of 750–790 MB at the same speed, while at 1,000 pages (5.7 MB) the
 * cap costs about 1 s of a 5 s run and the peak is only about 320 MB anyway.
 */
export const LARGE_INPUT_CHARACTERS = 12_000_000;

/** How much V8 may grow the old generation past what it kept at the last full collection, for large inputs. */
const CAPPED_GROWTH_PERCENT = 20;

/**
 * Whether a run over this much markdown should cap the heap's growth.
 *
 * @param markdownCharacters Total length of the pages.
 * @returns True for large inputs.
 */
export function shouldCapHeapGrowth(markdownCharacters: number): boolean {
  return markdownCharacters > LARGE_INPUT_CHARACTERS;
}

/**
 * Cap V8's heap growth for the rest of the process when the input is large.
 * Parsing leaves much short-lived garbage in the old generation; with the
 * default growth factor V8 keeps growing the heap instead of collecting it.
 *
 * @param markdownCharacters Total length of the pages.
 * @returns Whether the cap was set.
 */
export function capHeapGrowthFor(markdownCharacters: number): boolean {
  if (!shouldCapHeapGrowth(markdownCharacters)) return false;
  v8.setFlagsFromString(`--heap-growing-percent=${CAPPED_GROWTH_PERCENT}`);
  return true;
}
