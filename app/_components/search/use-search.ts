"use client";

import { useEffect, useMemo, useState } from "react";
import type { RiskLevel, Category } from "@/lib/taxonomy";
import { runSearch, type SearchRequest } from "@/lib/search/page-client";
import type { SearchResponse } from "@/lib/search/engine";
import { latestAfterPause } from "@/lib/search/latest-after-pause";

export type SearchStatus = "idle" | "loading" | "done" | "error";

/**
 * Results for a query as it is typed: lightly debounced, and only the latest answer counts.
 * `retry` asks again after a failure.
 */
export function useSearch(query: string, risk: RiskLevel[], category: Category[], limit: number, delayMs = 40) {
  const [status, setStatus] = useState<SearchStatus>("idle");
  const [response, setResponse] = useState<SearchResponse | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const searcher = useMemo(() => latestAfterPause<SearchRequest, SearchResponse>(runSearch, delayMs), [delayMs]);
  // risk and category are compared by value through their keys.
  const riskKey = risk.join(",");
  const categoryKey = category.join(",");

  useEffect(() => {
    if (!query.trim()) {
      searcher.cancel();
      setStatus("idle");
      setResponse(undefined);
      return;
    }
    setStatus("loading");
    const filters = { risk: riskKey ? (riskKey.split(",") as RiskLevel[]) : [], category: categoryKey ? (categoryKey.split(",") as Category[]) : [] };
    searcher.request({ query, filters, limit }, (outcome) => {
      if (outcome.ok) {
        setResponse(outcome.value);
        setStatus("done");
      } else {
        setError(outcome.error instanceof Error ? outcome.error.message : String(outcome.error));
        setStatus("error");
      }
    });
    return () => searcher.cancel();
  }, [searcher, query, riskKey, categoryKey, limit, attempt]);

  return { status, response, error, retry: () => setAttempt((n) => n + 1) };
}
