import type { ServerEntry } from "@/lib/content";
import { paths } from "@/lib/catalogue/site";
import { SERVER_SORT_LABELS, SERVER_SORTS } from "@/lib/catalogue/server-browse";
import { RISK_INFO, RISK_LEVELS } from "@/lib/taxonomy";
import { DocumentLink } from "../layout/document-link";
import { ServerCards } from "./server-cards";

const CONTROL = "min-h-10 rounded-md border border-slate-300 bg-white px-2 py-1 text-base dark:border-slate-700 dark:bg-slate-900";

/**
 * The list of all servers with a filter and a sort. The cards are plain markup and the
 * whole list reads fine without script; the controls stay hidden until the page script
 * (lib/enhance/server-browser.ts) wires them, so they never show doing nothing.
 */
export function ServerBrowser({ servers }: { servers: readonly ServerEntry[] }) {
  return (
    <div className="space-y-4" data-server-browser="">
      <form hidden className="flex flex-wrap items-end gap-x-4 gap-y-3" data-server-controls="" role="search" aria-label="Filter and sort the servers">
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="server-query" className="text-sm font-medium">
            Find a server
          </label>
          <input
            id="server-query"
            type="search"
            name="q"
            autoComplete="off"
            spellCheck={false}
            placeholder="name, package or words"
            className={`${CONTROL} w-64 max-w-full`}
            data-server-query=""
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="server-riskiest" className="text-sm font-medium">
            Riskiest tool
          </label>
          <select id="server-riskiest" name="riskiest" className={CONTROL} data-server-riskiest="">
            <option value="">Any level</option>
            {[...RISK_LEVELS].reverse().map((level) => (
              <option key={level} value={level}>
                {RISK_INFO[level].label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="server-sort" className="text-sm font-medium">
            Sort
          </label>
          <select id="server-sort" name="sort" className={CONTROL} data-server-sort="">
            {SERVER_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SERVER_SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </div>
        <p className="muted m-0 basis-full text-sm" aria-live="polite" data-server-count="">
          Showing all {servers.length} servers.
        </p>
      </form>
      <ServerCards servers={servers} />
      <p hidden className="card" data-server-none="">
        No server matches. Clear the filter, or search every tool and server on the{" "}
        <DocumentLink href={paths.search()}>search page</DocumentLink>
        .
      </p>
    </div>
  );
}
