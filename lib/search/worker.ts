/// <reference lib="webworker" />
import { SearchEngine } from "./engine";
import { fetchTextWithRetry } from "./fetch-retry";
import type { WarmRequest, WorkerRequest, WorkerResponse } from "./messages";

/**
 * The browser side of the engine, in a Web Worker so loading and ranking never block the
 * page. Index files are fetched relative to this script (public/search/<version>/), each
 * retried over a bad network; the engine forgets a failed file, so a later query tries again.
 */

declare const self: DedicatedWorkerGlobalScope;
/** The index manifest, put in by the build (bundle-worker.ts). */
declare const __SEARCH_MANIFEST__: string | undefined;

const base = new URL(".", self.location.href);
const engine = new SearchEngine(async (file) => {
  if (file === "manifest.json" && typeof __SEARCH_MANIFEST__ === "string") return __SEARCH_MANIFEST__;
  return fetchTextWithRetry(new URL(file, base).href, file);
});

self.onmessage = async (event: MessageEvent<WorkerRequest | WarmRequest>) => {
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
