"use client";

import { useEffect, useMemo, useState } from "react";
import type { RiskLevel, Category } from "@/lib/taxonomy";
import { runSearch, type SearchRequest } from "@/lib/search/page-client";
import type { SearchResponse } from "@/lib/search/engine";
import { latestAfterPause } from "@/lib/search/latest-after-pause";

export type SearchStatus = "idle" | "loading" | "done" | "error";

interface Answer {
  /** The request it answers (see `key` below). */
  key: string;
  response?: SearchResponse;
  error?: string;
}

/**
 * Results for a query as it is typed: lightly debounced, and only the latest answer counts.
 * While a new answer is on its way the last one stays on screen. `retry` asks again after
 * a failure.
 */
export function useSearch(query: string, risk: RiskLevel[], category: Category[], limit: number, delayMs = 40) {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer>();
  const searcher = useMemo(() => latestAfterPause<SearchRequest, SearchResponse>(runSearch, delayMs), [delayMs]);
  // The request as a value, so the search runs again when the filters change, not when
  // the same filters arrive in new arrays; each try of it has its own key.
  const requestText = JSON.stringify({ query, filters: { risk, category }, limit } satisfies SearchRequest);
  const key = `${attempt}:${requestText}`;
  const asked = query.trim().length > 0;

  useEffect(() => {
    if (!asked) return;
    searcher.request(JSON.parse(requestText) as SearchRequest, (outcome) =>
      setAnswer((last) =>
        outcome.ok
          ? { key, response: outcome.value }
          : { key, response: last?.response, error: outcome.error instanceof Error ? outcome.error.message : String(outcome.error) },
      ),
    );
    return () => searcher.cancel();
  }, [searcher, requestText, key, asked]);

  const status: SearchStatus = !asked ? "idle" : answer?.key !== key ? "loading" : answer.error !== undefined ? "error" : "done";
  return {
    status,
    response: asked ? answer?.response : undefined,
    error: status === "error" ? answer?.error : undefined,
    retry: () => setAttempt((n) => n + 1),
  };
}
