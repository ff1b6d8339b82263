"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { paths, withBasePath } from "@/lib/catalogue/site";
import { queryTokens } from "@/lib/search/tokenize";
import { resultPath, searchStateQuery } from "@/lib/search/url";
import { ResultItem } from "./result-item";
import { warmSearch } from "./search-client";
import { useSearch } from "./use-search";

const SHOWN = 8;

/**
 * The search box in the header: results as you type in a list under it, "/" focuses it
 * from anywhere (unless another field has the keyboard), arrows move, Enter opens the
 * chosen result or, with none chosen, the search page. Without script it is a plain form.
 */
export function HeaderSearch() {
  const router = useRouter();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { status, response } = useSearch(query, [], [], SHOWN);
  const hits = response?.hits ?? [];
  const words = queryTokens(query).tokens;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => setActive(-1), [response]);

  const go = (path: string) => {
    setOpen(false);
    input.current?.blur();
    router.push(path);
  };
  const searchPage = () => `${paths.search()}${searchStateQuery({ q: query, risk: [], category: [] })}`;

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && hits.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % hits.length);
    } else if (event.key === "ArrowUp" && hits.length > 0) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? hits.length - 1 : i - 1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      const chosen = hits[active];
      if (chosen) go(resultPath(chosen));
      else if (query.trim()) go(searchPage());
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  };

  const showList = open && query.trim().length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  return (
    <form action={withBasePath(paths.search())} method="get" role="search" className="relative" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="header-search-q" className="sr-only">
        Search tools and servers
      </label>
      <input
        ref={input}
        id="header-search-q"
        name="q"
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search tools…  /"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          warmSearch();
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className="w-56 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
      />
      {showList ? (
        <div className="absolute right-0 z-40 mt-1 w-[min(36rem,90vw)] rounded-lg border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <ul id={listId} role="listbox" aria-label="Search results" className="m-0 max-h-[70vh] list-none overflow-auto p-1">
            {hits.map((hit, i) => (
              <li
                key={hit.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={`cursor-pointer rounded-md px-2 py-1.5 ${i === active ? "bg-blue-50 dark:bg-slate-800" : ""}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  go(resultPath(hit));
                }}
                onMouseEnter={() => setActive(i)}
              >
                <ResultItem hit={hit} terms={response?.terms ?? []} words={words} compact />
              </li>
            ))}
          </ul>
          <p className="muted m-0 border-t border-slate-200 px-3 py-1.5 text-xs dark:border-slate-700" aria-live="polite">
            {status === "loading" && hits.length === 0
              ? "Searching…"
              : status === "error"
                ? "Search is unavailable right now."
                : hits.length === 0 && status === "done"
                  ? `Nothing matches “${query}”.`
                  : null}{" "}
            <a
              href={withBasePath(searchPage())}
              onMouseDown={(e) => {
                e.preventDefault();
                go(searchPage());
              }}
            >
              All results and filters
            </a>
          </p>
        </div>
      ) : null}
    </form>
  );
}
