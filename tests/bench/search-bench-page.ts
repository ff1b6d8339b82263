import { SearchClient, type WorkerLike } from "../../lib/search/client";
import type { Filters as SearchFilters } from "../../lib/search/facets";

/**
 * Browser side of `npm run bench:search` (bundled by the benchmark, never by the site).
 * One page, three engines, each loaded only on its first query so a cold query pays for
 * everything the engine needs. A query is timed from the input event to its first ten
 * results written into the page and laid out (a forced layout, not the next paint, so the
 * 16 ms frame clock of headless Chromium does not blur the figures).
 */

/** Where the benchmark put our worker: /ours/<version>/worker.js, set when it bundles this page. */
declare const OURS_WORKER: string;

type Filters = { risk: string[]; category: string[] };
type Row = { name: string; detail: string };
type Engine = (query: string, filters: Filters) => Promise<Row[]>;

const engines: Record<string, () => Promise<Engine>> = {
  ours: async () => {
    // The site's own client, on the worker built beside the index (its folder is the index's version).
    const client = new SearchClient(() => new Worker(OURS_WORKER) as WorkerLike);
    return async (query, filters) => {
      const { hits } = await client.search({ query, filters: filters as SearchFilters, limit: 10 });
      return hits.map((h) => ({ name: h.name, detail: `${h.server ?? ""} ${h.risk ?? ""}` }));
    };
  },
  pagefind: async () => {
    const url = "/pagefind/pagefind.js";
    const pagefind = (await import(/* @vite-ignore */ url)) as {
      options: (o: object) => Promise<void>;
      search: (q: string, o: object) => Promise<{ results: { data: () => Promise<{ meta: { title: string; detail?: string } }> }[] }>;
    };
    await pagefind.options({ basePath: "/pagefind/" });
    return async (query, filters) => {
      const wanted: Record<string, { any: string[] }> = {};
      if (filters.risk.length > 0) wanted.risk = { any: filters.risk };
      if (filters.category.length > 0) wanted.category = { any: filters.category };
      const found = await pagefind.search(query, { filters: wanted });
      const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      return data.map((d) => ({ name: d.meta.title, detail: d.meta.detail ?? "" }));
    };
  },
  minisearch: async () => {
    const url = "/minisearch/engine.js";
    const module = (await import(/* @vite-ignore */ url)) as { load: () => Promise<Engine> };
    return module.load();
  },
};

const loaded = new Map<string, Promise<Engine>>();

async function query(engineName: string, text: string, filters: Filters): Promise<{ ms: number; count: number; names: string[] }> {
  const input = document.getElementById("q") as HTMLInputElement;
  const list = document.getElementById("results")!;
  return new Promise((resolve, reject) => {
    input.addEventListener(
      "input",
      () => {
        const started = performance.now();
        let engine = loaded.get(engineName);
        if (!engine) {
          const make = engines[engineName];
          if (!make) return reject(new Error(`no engine ${engineName}`));
          engine = make();
          loaded.set(engineName, engine);
        }
        engine
          .then((run) => run(text, filters))
          .then((rows) => {
            list.replaceChildren(
              ...rows.map((row) => {
                const li = document.createElement("li");
                li.textContent = `${row.name} ${row.detail}`;
                return li;
              }),
            );
            void list.offsetHeight;
            resolve({ ms: performance.now() - started, count: rows.length, names: rows.map((r) => r.name) });
          }, reject);
      },
      { once: true },
    );
    input.value = text;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

(window as unknown as { bench: unknown }).bench = { query };
