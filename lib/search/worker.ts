/// <reference lib="webworker" />
import { SearchEngine, type SearchResponse } from "./engine";
import type { Filters } from "./facets";

/**
 * The browser side of the engine, in a Web Worker so loading and ranking never block the
 * page. Index files are fetched relative to this script (public/search/). Each request
 * carries an id; the page keeps only the answer to its latest one.
 */

export interface WorkerRequest {
  id: number;
  query: string;
  filters: Filters;
  limit: number;
  /** Find the server of this exact name (for the detail view). */
  server?: string;
}

export type WorkerResponse = { id: number; ok: true; response: SearchResponse } | { id: number; ok: false; error: string };

declare const self: DedicatedWorkerGlobalScope;
/** The index manifest, put in by the build (bundle-worker.ts). */
declare const __SEARCH_MANIFEST__: string | undefined;

const base = new URL(".", self.location.href);
const engine = new SearchEngine(async (file) => {
  if (file === "manifest.json" && typeof __SEARCH_MANIFEST__ === "string") return __SEARCH_MANIFEST__;
  const res = await fetch(new URL(file, base));
  if (!res.ok) throw new Error(`could not load ${file}: HTTP ${res.status}`);
  return res.text();
});

self.onmessage = async (event: MessageEvent<WorkerRequest | { warm: true }>) => {
  const data = event.data;
  if ("warm" in data) {
    void engine.warm().catch(() => undefined);
    return;
  }
  try {
    const response = data.server
      ? await engine.findServer(data.server)
      : await engine.search(data.query, data.filters, data.limit);
    self.postMessage({ id: data.id, ok: true, response } satisfies WorkerResponse);
  } catch (error) {
    self.postMessage({ id: data.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkerResponse);
  }
};
