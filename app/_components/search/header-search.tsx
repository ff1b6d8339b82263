import { RiskBadge } from "@/app/_components/risk/risk-badge";
import { paths, withBasePath } from "@/lib/catalogue/site";
import { RISK_LEVELS } from "@/lib/taxonomy";

/**
 * The search box in the header, as plain markup: a GET form to the search page, so it works
 * with no script at all. The page enhancer (lib/enhance/header-search.ts) turns it into a
 * combobox with results as you type, without a framework on the page.
 *
 * The results popup's contents belong to the enhancer alone: an element whose inner HTML is
 * set (here to a constant empty string, never data) is not hydrated by React, so on pages
 * that do hydrate, results shown before hydration finishes cannot cause a mismatch.
 * The hidden badges are the real RiskBadge per level, cloned into results by the enhancer.
 */
export function HeaderSearch() {
  return (
    <form action={withBasePath(paths.search())} method="get" role="search" className="relative" data-header-search="">
      <label htmlFor="header-search-q" className="sr-only">
        Search tools and servers
      </label>
      <input
        id="header-search-q"
        name="q"
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search tools…  /"
        className="w-56 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
      />
      <div
        hidden
        data-search-popup=""
        className="absolute right-0 z-40 mt-1 w-[min(36rem,90vw)] rounded-lg border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900"
        dangerouslySetInnerHTML={EMPTY}
      />
      <div hidden data-risk-badges="">
        {RISK_LEVELS.map((level) => (
          <RiskBadge key={level} level={level} />
        ))}
      </div>
    </form>
  );
}

/** A constant, never data: see above. */
const EMPTY = { __html: "" };
