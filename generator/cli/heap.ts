import v8 from "node:v8";
import vm from "node:vm";
import type { InputPage } from "../analyse-pages.js";

/**
 * Above this many characters of markdown, V8's default heap growth takes far
 * more memory than it saves time. Measured with the compiled CLI on 2 cores at
 * 5,000 synthetic pages (28 MB): by default 20 s and 730 MB peak; growth capped
 * at 30 %, 23 s and 370 MB (at 20 %, 25 s and 365 MB; at 50 %, 21 s and 420–460 MB).
 * At 1,000 pages (5.7 MB) a cap costs about 1 s of a 5 s run and the peak is
 * under 300 MB anyway, so smaller inputs keep the default.
 */
export const LARGE_INPUT_CHARACTERS = 12_000_000;

/** How much V8 may grow the old generation past what it kept at the last full collection, for large inputs. */
const CAPPED_GROWTH_PERCENT = 30;

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
 * @param pages The pages the run reads.
 * @returns Whether the cap was set.
 */
export function capHeapGrowthFor(pages: Iterable<InputPage>): boolean {
  let characters = 0;
  for (const page of pages) characters += page.text.length;
  if (!shouldCapHeapGrowth(characters)) return false;
  v8.setFlagsFromString(`--heap-growing-percent=${CAPPED_GROWTH_PERCENT}`);
  return true;
}

/**
 * Collect the garbage now: the CLI calls it on large inputs between lowering
 * and emitting, when the page models have just become garbage, so that the
 * emitter's allocations reuse their space instead of growing the heap (at
 * 5,000 pages the peak falls from 414–436 MB to 387–408 MB, for a collection
 * of a few hundred milliseconds in a run of half a minute).
 */
export function collectGarbage(): void {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as (() => void) | undefined;
  gc?.();
}
