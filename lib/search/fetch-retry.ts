/**
 * Fetching an index file over a bad network: a failed request is tried again a few times,
 * waiting longer each time, before the failure reaches the person searching. Only failures
 * that can pass are retried (no answer, a timeout, rate limiting, a server error); a 404
 * means the file is gone (the site was redeployed) and no retry brings it back.
 */

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts: number;
  /** Wait before the second try; each later wait doubles it. */
  firstDelayMs: number;
}

export const INDEX_RETRY: RetryOptions = { attempts: 4, firstDelayMs: 300 };

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
type Sleep = (ms: number) => Promise<void>;

// fetch is called as a plain function: a browser refuses it called as a method of another object.
export const browserIo = { fetch: ((url) => fetch(url)) as Fetch, sleep: ((ms) => new Promise((resolve) => setTimeout(resolve, ms))) as Sleep };

/** Waits before each retry: firstDelayMs, then twice that, and so on. */
export function retryDelays(options: RetryOptions): number[] {
  return Array.from({ length: Math.max(0, options.attempts - 1) }, (_, i) => options.firstDelayMs * 2 ** i);
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

class FinalError extends Error {}

export async function fetchTextWithRetry(url: string, name: string, options: RetryOptions = INDEX_RETRY, io: { fetch: Fetch; sleep: Sleep } = browserIo): Promise<string> {
  const delays = retryDelays(options);
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await io.fetch(url);
      if (res.ok) return await res.text();
      const problem = `could not load ${name}: HTTP ${res.status}`;
      if (!isRetryableStatus(res.status)) throw new FinalError(res.status === 404 ? `${problem} (the site may have been updated: reload the page)` : problem);
      if (attempt >= delays.length) throw new FinalError(problem);
    } catch (error) {
      if (error instanceof FinalError) throw new Error(error.message);
      if (attempt >= delays.length) throw new Error(`could not load ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    await io.sleep(delays[attempt]!);
  }
}
