"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { CATEGORIES, CATEGORY_INFO, RISK_INFO, RISK_LEVELS, type Category, type RiskLevel } from "@/lib/taxonomy";
import { paths, withBasePath } from "@/lib/catalogue/site";
import { queryTokens } from "@/lib/search/tokenize";
import { parseSearchState, resultPath, searchStateQuery, type SearchState } from "@/lib/search/url";
import type { SearchHit, SearchResponse } from "@/lib/search/engine";
import { ResultItem } from "./result-item";
import { ServerDetail } from "./server-detail";
import { runSearch, warmSearch } from "@/lib/search/page-client";
import { useSearch } from "./use-search";

const PAGE = 30;

/** The search page: box, filters, results, and the detail view of index-only servers, all in the URL. */
export function SearchPage() {
  const params = useSearchParams();
  const paramsText = params.toString();
  const [state, setState] = useState<SearchState>(() => parseSearchState(paramsText));
  const input = useRef<HTMLInputElement>(null);

  // Follow the URL when it changes from outside (the header box, back and forward): adjusted
  // while rendering, as React advises for state that follows a changing input.
  const [followedParams, setFollowedParams] = useState(paramsText);
  if (followedParams !== paramsText) {
    setFollowedParams(paramsText);
    const fromUrl = parseSearchState(paramsText);
    if (searchStateQuery(fromUrl) !== searchStateQuery(state)) setState(fromUrl);
  }

  // How many results are shown belongs to one search, and the chosen result to one answer:
  // each is kept with what it belongs to, so a new search starts on the first page, unchosen.
  const searchKey = searchStateQuery({ ...state, server: undefined });
  const [shown, setShown] = useState({ searchKey, limit: PAGE });
  const limit = shown.searchKey === searchKey ? shown.limit : PAGE;
  const { status, response, error, retry } = useSearch(state.q, state.risk, state.category, limit);
  const [chosen, setChosen] = useState<{ response?: SearchResponse; index: number }>({ index: -1 });
  const active = chosen.response === response ? chosen.index : -1;
  const setActive = (index: number) => setChosen({ response, index });
  const hits = response?.hits ?? [];
  const words = useMemo(() => queryTokens(state.q).tokens, [state.q]);

  // Keep the URL shareable as the state changes.
  useEffect(() => {
    const query = searchStateQuery(state);
    if (query !== (window.location.search === "?" ? "" : window.location.search)) {
      window.history.replaceState(window.history.state, "", `${window.location.pathname}${query}`);
    }
  }, [state]);

  // On arrival (the box is not there when the page opens on a server's detail).
  useEffect(() => {
    warmSearch();
    input.current?.focus();
  }, []);

  const update = (change: Partial<SearchState>) => setState((current) => ({ ...current, ...change }));
  const toggle = <T extends string>(list: T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && hits.length > 0) {
      event.preventDefault();
      setActive(Math.min(active + 1, hits.length - 1));
    } else if (event.key === "ArrowUp" && hits.length > 0) {
      event.preventDefault();
      setActive(Math.max(active - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      const chosen = hits[active] ?? (active < 0 ? undefined : hits[0]);
      if (chosen) open(chosen);
    }
  };

  const open = (hit: SearchHit) => {
    const path = resultPath(hit);
    if (path.startsWith(paths.search())) update({ server: hit.kind === "server" ? hit.name : (hit.server ?? hit.name) });
    // A full page load, not router.push: result pages are documents whose React payload the
    // build deletes (lib/build/client-navigation.ts), as the header search does it.
    else window.location.assign(withBasePath(path));
  };

  if (state.server) return <ServerView name={state.server} onBack={() => update({ server: undefined })} />;

  const filtered = state.risk.length > 0 || state.category.length > 0;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1>Search</h1>
        <p className="muted mt-2">Tools and servers by name, description or worry (“delete repo”, “stripe refund”, “会话”). Press / anywhere to search.</p>
      </div>
      <div role="search" className="flex flex-col gap-4">
        <label htmlFor="search-page-q" className="font-semibold">
          Search the catalogue and the server index
        </label>
        <input
          ref={input}
          id="search-page-q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="search-results"
          aria-activedescendant={active >= 0 ? `search-result-${active}` : undefined}
          value={state.q}
          onChange={(e) => update({ q: e.target.value })}
          onKeyDown={onKeyDown}
          placeholder="e.g. terminate session"
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900"
        />
        <div className="flex flex-wrap gap-6">
          <FilterGroup
            legend="Risk level"
            name="risk"
            options={RISK_LEVELS.map((r) => ({ value: r, label: RISK_INFO[r].label }))}
            chosen={state.risk}
            onToggle={(value: RiskLevel) => update({ risk: toggle(state.risk, value) })}
          />
          <FilterGroup
            legend="Category"
            name="category"
            options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_INFO[c].label }))}
            chosen={state.category}
            onToggle={(value: Category) => update({ category: toggle(state.category, value) })}
          />
        </div>
      </div>

      <section aria-label="Results" className="flex flex-col gap-2">
        <p className="muted m-0 text-sm" aria-live="polite" data-testid="search-status">
          {statusLine(state.q, status, response?.total ?? 0, response?.more ?? false, error)}
        </p>
        {status === "error" ? <SearchFailed error={error} onRetry={retry} /> : null}
        {response?.partial ? <p className="m-0 text-sm">No result has every word; these match some of them.</p> : null}
        {status === "done" && hits.length === 0 ? (
          <div className="card" data-testid="search-empty">
            <p className="m-0 font-semibold">Nothing matches “{state.q}”{filtered ? " with these filters" : ""}.</p>
            <ul className="mb-0 text-sm">
              <li>Check the spelling, or try fewer or shorter words (prefixes work: “kube” finds “kubernetes”).</li>
              {filtered ? <li>Clear the risk or category filters.</li> : null}
              <li>
                Browse by <Link href={paths.risks()}>risk level</Link> or <Link href={paths.categories()}>category</Link>.
              </li>
            </ul>
          </div>
        ) : null}
        <ul id="search-results" role="listbox" aria-label="Search results" aria-busy={status === "loading"} className="m-0 flex list-none flex-col gap-1 p-0">
          {hits.map((hit, i) => (
            <li key={hit.id} id={`search-result-${i}`} role="option" aria-selected={i === active} className={`rounded-md border p-3 ${i === active ? "border-blue-500 bg-blue-50 dark:bg-slate-800" : "border-slate-200 dark:border-slate-800"}`}>
              <a
                href={resultPath(hit)}
                onClick={(e) => {
                  e.preventDefault();
                  open(hit);
                }}
                className="block text-inherit no-underline hover:no-underline dark:text-inherit"
              >
                <ResultItem hit={hit} terms={response?.terms ?? []} words={words} />
              </a>
            </li>
          ))}
        </ul>
        {response && (response.total > hits.length || response.more) && hits.length >= limit ? (
          <button type="button" className="button self-start" onClick={() => setShown({ searchKey, limit: limit + PAGE })}>
            More results
          </button>
        ) : null}
      </section>
    </div>
  );
}

function statusLine(q: string, status: string, total: number, more: boolean, error?: string): string {
  if (!q.trim()) return "Type to search.";
  if (status === "error") return `Search failed: ${error ?? "unknown error"}.`;
  if (status === "loading") return "Searching…";
  if (total === 0) return "No results.";
  return `${more ? "At least " : ""}${total} result${total === 1 ? "" : "s"}`;
}

function FilterGroup<T extends string>({
  legend,
  name,
  options,
  chosen,
  onToggle,
}: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  chosen: T[];
  onToggle: (value: T) => void;
}) {
  return (
    <fieldset className="m-0 flex flex-wrap items-center gap-3 border-0 p-0">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="flex items-center gap-1 text-sm">
          <input type="checkbox" name={name} value={option.value} checked={chosen.includes(option.value)} onChange={() => onToggle(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Search could not answer: says so and offers to ask again (a flaky network often recovers). */
function SearchFailed({ error, onRetry }: { error?: string; onRetry: () => void }) {
  return (
    <div className="card flex flex-wrap items-center gap-3" role="alert" data-testid="search-failed">
      <p className="m-0">Search could not load its index{error ? ` (${error})` : ""}. Check your connection and try again.</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

function ServerView({ name, onBack }: { name: string; onBack: () => void }) {
  const [attempt, setAttempt] = useState(0);
  // The answer is kept with the request it answers: a newer request shows "Loading…" until its own arrives.
  const request = `${name}\n${attempt}`;
  const [answer, setAnswer] = useState<{ request: string; hit?: SearchHit | null; error?: string }>();
  useEffect(() => {
    let live = true;
    runSearch({ query: "", filters: { risk: [], category: [] }, limit: 1, server: name }).then(
      (response) => live && setAnswer({ request, hit: response.hits[0] ?? null }),
      (failure: unknown) => live && setAnswer({ request, error: failure instanceof Error ? failure.message : String(failure) }),
    );
    return () => {
      live = false;
    };
  }, [name, request]);
  const current = answer?.request === request ? answer : undefined;
  return (
    <div className="flex flex-col gap-4">
      <button type="button" className="button self-start" onClick={onBack}>
        ← Back to search
      </button>
      {current === undefined ? (
        <p className="muted">Loading…</p>
      ) : current.error !== undefined ? (
        <SearchFailed error={current.error} onRetry={() => setAttempt((n) => n + 1)} />
      ) : current.hit ? (
        <ServerDetail hit={current.hit} />
      ) : (
        <p>No server named “{name}” is in the index.</p>
      )}
    </div>
  );
}
