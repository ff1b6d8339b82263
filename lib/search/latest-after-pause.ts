/**
 * Search as you type: a request runs once typing pauses for `delayMs`, and only the answer
 * to the latest request is delivered; earlier ones are dropped, however late they arrive.
 * Shared by the search page (lib/enhance/search-page.ts) and the header box (lib/enhance/header-search.ts).
 */

export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const globalTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface LatestAfterPause<I, R> {
  /** Replaces any request not yet answered; `settle` is called once, unless a newer request or cancel comes first. */
  request(input: I, settle: (outcome: Outcome<R>) => void): void;
  /** Drops the waiting request and any answer still on its way. */
  cancel(): void;
}

export function latestAfterPause<I, R>(run: (input: I) => Promise<R>, delayMs: number, timers: Timers = globalTimers): LatestAfterPause<I, R> {
  let ticket = 0;
  let timer: unknown;
  const cancel = () => {
    ticket++;
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
  };
  return {
    request(input, settle) {
      cancel();
      const mine = ticket;
      timer = timers.setTimeout(() => {
        timer = undefined;
        run(input).then(
          (value) => mine === ticket && settle({ ok: true, value }),
          (error: unknown) => mine === ticket && settle({ ok: false, error }),
        );
      }, delayMs);
    },
    cancel,
  };
}
