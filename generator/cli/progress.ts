/** Where progress goes: stderr, or a test's stand-in. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Reports which stage a run is in. */
export interface Progress {
  /** Enter a stage, e.g. `parsing 412 pages`. */
  stage(text: string): void;
  /** End: clear the line if anything was shown. */
  done(): void;
}

/**
 * Progress on one line of a terminal, shown only once a run has taken longer
 * than `delayMs` and only when the stream is a terminal: CI logs and pipes stay
 * silent. No colour is ever written (so `NO_COLOR` has nothing to turn off).
 *
 * @param stream Usually `process.stderr`.
 * @param delayMs How long a run goes before its progress shows (1 s).
 * @returns The reporter.
 */
export function terminalProgress(stream: ProgressStream, delayMs = 1000): Progress {
  if (!stream.isTTY) return { stage: () => undefined, done: () => undefined };
  let current = "";
  let shown = false;
  const show = (): void => {
    shown = true;
    stream.write(`\r\u001b[Kdoc2sdk: ${current}…`);
  };
  const timer = setTimeout(show, delayMs);
  timer.unref?.();
  return {
    stage(text) {
      current = text;
      if (shown) show();
    },
    done() {
      clearTimeout(timer);
      if (shown) stream.write("\r\u001b[K");
    },
  };
}
