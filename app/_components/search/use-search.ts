"use client";

import { useEffect, useRef, useState } from "react";
import type { RiskLevel, Category } from "@/lib/taxonomy";
import { runSearch, type SearchResponse } from "./search-client";

export type SearchStatus = "idle" | "loading" | "done" | "error";

/** Results for a query as it is typed: lightly debounced, and only the latest answer counts. */
export function useSearch(query: string, risk: RiskLevel[], category: Category[], limit: number, delayMs = 40) {
  const [status, setStatus] = useState<SearchStatus>("idle");
  const [response, setResponse] = useState<SearchResponse | undefined>();
  const [error, setError] = useState<string | undefined>();
  const latest = useRef(0);
  const riskKey = risk.join(",");
  const categoryKey = category.join(",");

  useEffect(() => {
    const ticket = ++latest.current;
    if (!query.trim()) {
      setStatus("idle");
      setResponse(undefined);
      return;
    }
    setStatus("loading");
    const timer = setTimeout(() => {
      runSearch({ query, filters: { risk, category }, limit }).then(
        (result) => {
          if (ticket !== latest.current) return;
          setResponse(result);
          setStatus("done");
        },
        (err: unknown) => {
          if (ticket !== latest.current) return;
          setError(err instanceof Error ? err.message : String(err));
          setStatus("error");
        },
      );
    }, delayMs);
    return () => clearTimeout(timer);
    // risk and category are compared by value through their keys.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, riskKey, categoryKey, limit, delayMs]);

  return { status, response, error };
}
