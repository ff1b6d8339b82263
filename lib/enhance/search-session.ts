import { runSearch, type SearchRequest } from "../search/page-client";
import type { SearchResponse } from "../search/engine";
import { latestAfterPause } from "../search/latest-after-pause";

/**
 * What a search box shows between keystrokes, shared by the header box and the search page:
 * idle with nothing asked, loading while the latest request is on its way (the last answer
 * stays meanwhile), then done or error. Requests run once typing pauses; only the latest
 * request's answer counts.
 */
export type SearchStatus = "idle" | "loading" | "done" | "error";

export interface SearchSession {
  readonly status: SearchStatus;
  readonly response: SearchResponse | undefined;
  /** Why the last request failed, while the status is "error". */
  readonly error: string | undefined;
  /** Asks for `request`, or with none (an empty query) drops what was asked and shows nothing. */
  ask(request: SearchRequest | undefined): void;
}

export function searchSession(debounceMs: number, render: () => void): SearchSession {
  const searcher = latestAfterPause<SearchRequest, SearchResponse>(runSearch, debounceMs);
  const session = {
    status: "idle" as SearchStatus,
    response: undefined as SearchResponse | undefined,
    error: undefined as string | undefined,
    ask(request: SearchRequest | undefined): void {
      if (!request) {
        searcher.cancel();
        session.status = "idle";
        session.response = undefined;
        render();
        return;
      }
      session.status = "loading";
      render();
      searcher.request(request, (outcome) => {
        if (outcome.ok) {
          session.status = "done";
          session.response = outcome.value;
          session.error = undefined;
        } else {
          session.status = "error";
          session.error = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
        }
        render();
      });
    },
  };
  return session;
}
