import { withBasePath } from "../catalogue/site";
import { SearchClient, type SearchRequest, type WorkerLike } from "./client";
import type { SearchResponse } from "./engine";
import { searchWorkerPath } from "./worker-path";

/** The page's one search client, whose worker is the one built with this page (worker-path.ts). */

let shared: SearchClient | undefined;

function pageSearchClient(): SearchClient {
  shared ??= new SearchClient(() => new Worker(withBasePath(searchWorkerPath())) as WorkerLike);
  return shared;
}

export function runSearch(request: SearchRequest): Promise<SearchResponse> {
  return pageSearchClient().search(request);
}

/** Starts the worker and loads the manifest, e.g. when a search box gets focus. */
export function warmSearch(): void {
  pageSearchClient().warm();
}

export type { SearchRequest };
