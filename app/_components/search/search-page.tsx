import { CategoryBadge, RiskBadge } from "@/app/_components/risk/risk-badge";
import { BASE_PATH, paths, withBasePath } from "@/lib/catalogue/site";
import { searchScriptSrc } from "@/lib/enhance/script-path";
import { CATEGORIES, CATEGORY_INFO, RISK_INFO, RISK_LEVELS } from "@/lib/taxonomy";

/**
 * The search page as plain markup: box, filters, an empty results list and the messages it
 * may show, with no React island. Its script (lib/enhance/search-page.ts, served as
 * public/search-page.js to this page alone) reads the
 * query and filters from the URL, asks the search worker and draws the results, the detail
 * view of index-only servers and the failures, keeping the URL shareable. So the page ships
 * no framework: its first results need its script, the worker and the index files only.
 *
 * Everything the enhancer fills in is built there as DOM with untrusted text set as text;
 * the hidden badges are the real RiskBadge and CategoryBadge, cloned into results.
 */
export function SearchPage() {
  return (
    <div data-search-page="" className="flex flex-col gap-6">
      <div data-search-main="" className="flex flex-col gap-6">
        <div>
          <h1>Search</h1>
          <p className="muted mt-2">Tools and servers by name, description or worry (“delete repo”, “stripe refund”, “会话”). Press / anywhere to search.</p>
        </div>
        <div role="search" className="flex flex-col gap-4">
          <label htmlFor="search-page-q" className="font-semibold">
            Search the catalogue and the server index
          </label>
          <input
            id="search-page-q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            role="combobox"
            aria-expanded="false"
            aria-controls="search-results"
            placeholder="e.g. terminate session"
            className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900"
          />
          <div className="flex flex-wrap gap-6">
            <FilterGroup legend="Risk level" name="risk" options={RISK_LEVELS.map((r) => ({ value: r, label: RISK_INFO[r].label }))} />
            <FilterGroup legend="Category" name="category" options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_INFO[c].label }))} />
          </div>
        </div>

        <section aria-label="Results" className="flex flex-col gap-2">
          <p className="muted m-0 text-sm" aria-live="polite" data-testid="search-status">
            Type to search.
          </p>
          <div data-search-failed-slot="" />
          <p className="m-0 text-sm" data-search-partial="" hidden>
            No result has every word; these match some of them.
          </p>
          <div className="card" data-testid="search-empty" hidden>
            <p className="m-0 font-semibold" data-search-empty-message="" />
            <ul className="mb-0 text-sm">
              <li>Check the spelling, or try fewer or shorter words (prefixes work: “kube” finds “kubernetes”).</li>
              <li data-search-empty-filtered="">Clear the risk or category filters.</li>
              <li>
                Browse by <a href={withBasePath(paths.risks())}>risk level</a> or <a href={withBasePath(paths.categories())}>category</a>.
              </li>
            </ul>
          </div>
          <ul id="search-results" role="listbox" aria-label="Search results" aria-busy="false" className="m-0 flex list-none flex-col gap-1 p-0" />
          <button type="button" className="button self-start" data-search-more="" hidden>
            More results
          </button>
        </section>
      </div>

      <div data-search-server="" className="flex flex-col gap-4" hidden>
        <button type="button" className="button self-start" data-search-back="">
          ← Back to search
        </button>
        <div data-search-server-body="" />
      </div>

      <div hidden data-search-badges="">
        {RISK_LEVELS.map((level) => (
          <RiskBadge key={level} level={level} />
        ))}
        {CATEGORIES.map((category) => (
          <CategoryBadge key={category} category={category} />
        ))}
      </div>
      <script src={searchScriptSrc(BASE_PATH)} defer />
    </div>
  );
}

function FilterGroup({ legend, name, options }: { legend: string; name: string; options: { value: string; label: string }[] }) {
  return (
    <fieldset className="m-0 flex flex-wrap items-center gap-3 border-0 p-0">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="flex items-center gap-1 text-sm">
          <input type="checkbox" name={name} value={option.value} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
