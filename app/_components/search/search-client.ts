import type { SearchResponse } from "@/lib/search/engine";
import type { Filters } from "@/lib/search/facets";
import type { WorkerRequest, WorkerResponse } from "@/lib/search/worker";
import { withBasePath } from "@/lib/catalogue/site";

/**
 * The browser loader: one shared Web Worker (public/search/worker.js, built with the index)
 * that fetches index files and ranks, so typing never waits on the main thread.
 */

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: SearchResponse) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(withBasePath("/search/worker.js"));
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const waiting = pending.get(event.data.id);
      if (!waiting) return;
      pending.delete(event.data.id);
      if (event.data.ok) waiting.resolve(event.data.response);
      else waiting.reject(new Error(event.data.error));
    };
    worker.onerror = () => {
      for (const waiting of pending.values()) waiting.reject(new Error("the search index could not be loaded"));
      pending.clear();
    };
  }
  return worker;
}

/** Starts the worker and fetches the manifest, e.g. when the search box gets focus. */
export function warmSearch(): void {
  getWorker().postMessage({ warm: true });
}

export function runSearch(request: Omit<WorkerRequest, "id">): Promise<SearchResponse> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ ...request, id } satisfies WorkerRequest);
  });
}

export type { Filters, SearchResponse };
