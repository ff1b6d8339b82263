import { withBasePath } from "../catalogue/site";
import { SearchClient, type SearchRequest, type WorkerLike } from "./client";
import { deferredWorker } from "./deferred-worker";
import type { SearchResponse } from "./engine";
import { browserIo, fetchTextWithRetry, INDEX_RETRY } from "./fetch-retry";
import { CURRENT_INDEX_FILE, parseCurrentIndex } from "./current-index";
import { searchWorkerPath } from "./worker-path";

/**
 * The page's one search client. The search page's script is built with its index's version
 * (SEARCH_INDEX_VERSION, replaced when lib/build/enhancer.ts bundles it) and starts that
 * worker at once. The page enhancer is built without it, so that it stays the same script
 * while the catalogue changes and stored pages can keep naming it: it reads the version the
 * site serves now from search/current.json, asking the server each time rather than trusting
 * a cached copy.
 */

let shared: SearchClient | undefined;

const inlinedVersion = process.env.SEARCH_INDEX_VERSION;

/** The worker script of the index the site serves now: current.json, revalidated with the server however it was cached. */
export async function currentWorkerScript(fetchFile: typeof fetch = (url, init) => fetch(url, init)): Promise<string> {
  const io = { ...browserIo, fetch: (url: string) => fetchFile(url, { cache: "no-cache" }) };
  const text = await fetchTextWithRetry(withBasePath(`/search/${CURRENT_INDEX_FILE}`), "the search index's version", INDEX_RETRY, io);
  return withBasePath(searchWorkerPath(parseCurrentIndex(text)));
}

function startWorker(): WorkerLike {
  const start = (script: string) => new Worker(script) as WorkerLike;
  return inlinedVersion ? start(withBasePath(searchWorkerPath(inlinedVersion))) : deferredWorker(currentWorkerScript, start);
}

function pageSearchClient(): SearchClient {
  shared ??= new SearchClient(startWorker);
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
