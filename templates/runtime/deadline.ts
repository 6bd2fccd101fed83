/** Why a call's signal fired. */
export type AbortCause = "timeout" | "caller";

/** One signal for one attempt: fires on the timeout or when the caller aborts. */
export interface Deadline {
  /** Pass this to fetch. */
  readonly signal: AbortSignal;
  /** What fired the signal, or null while it has not fired. */
  cause(): AbortCause | null;
  /** Clear the timer and the listener on the caller's signal. Always call it. */
  dispose(): void;
}

/**
 * Merge a timeout with the caller's AbortSignal, without `AbortSignal.any`
 * (missing before Node 20.3) and without leaving a timer behind.
 *
 * @param timeoutMs The timeout; 0 or Infinity for none.
 * @param callerSignal The caller's signal, if any.
 * @returns The merged deadline.
 */
export function startDeadline(timeoutMs: number, callerSignal: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  let fired: AbortCause | null = null;
  const fire = (cause: AbortCause) => {
    if (fired) return;
    fired = cause;
    controller.abort();
  };
  const onCallerAbort = () => fire("caller");
  if (callerSignal?.aborted) fire("caller");
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  const timer = timeoutMs > 0 && Number.isFinite(timeoutMs) ? setTimeout(() => fire("timeout"), timeoutMs) : undefined;
  return {
    signal: controller.signal,
    cause: () => fired,
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
  };
}

/**
 * Wait, unless the caller aborts first.
 *
 * @param milliseconds How long.
 * @param signal The caller's signal.
 * @returns Resolves true after the wait, false when aborted; no timer is left behind either way.
 */
export function sleep(milliseconds: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve(true);
    }, milliseconds);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
