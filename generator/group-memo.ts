/**
 * Results of a pure step over a group of inputs (the definitions of one type
 * name, the pages documenting one method), kept between the runs of a watch
 * session. A result is reused when its group holds the very same input objects
 * as last run: unchanged pages keep their parsed objects, so a check by
 * identity is enough, costs nothing, and never reuses a result for changed input.
 */
export interface GroupMemo<Input, Output> {
  /**
   * The result for a group: last run's when `key` had the same inputs (by
   * identity, in order), else `step(inputs)`, kept for the next run.
   */
  reuse(key: string, inputs: readonly Input[], step: (inputs: readonly Input[]) => Output): Output;
  /** End a run: forget the groups it did not ask for (deleted pages, renamed types). */
  prune(): void;
}

/**
 * An empty memo.
 *
 * @param sameOutput When given, a group computed again whose result equals
 *   last run's (an edit that changed nothing it depends on) hands back last
 *   run's object, so that later steps keyed by identity reuse their work too.
 * @returns A memo that starts with nothing to reuse.
 */
export function groupMemo<Input, Output>(sameOutput?: (a: Output, b: Output) => boolean): GroupMemo<Input, Output> {
  let previous = new Map<string, { inputs: readonly Input[]; output: Output }>();
  let current = new Map<string, { inputs: readonly Input[]; output: Output }>();
  return {
    reuse(key, inputs, step) {
      const kept = current.get(key) ?? previous.get(key);
      if (kept && sameObjects(kept.inputs, inputs)) {
        current.set(key, kept);
        return kept.output;
      }
      const computed = step(inputs);
      const output = kept && sameOutput?.(kept.output, computed) ? kept.output : computed;
      current.set(key, { inputs: [...inputs], output });
      return output;
    },
    prune() {
      previous = current;
      current = new Map();
    },
  };
}

/**
 * Whether two lists hold the very same objects, in order.
 *
 * @param a A list.
 * @param b Another.
 * @returns True when they are as long and equal item by item by identity.
 */
export function sameObjects<Input>(a: readonly Input[], b: readonly Input[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
