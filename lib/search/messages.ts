import type { SearchResponse } from "./engine";
import type { Filters } from "./facets";

/**
 * What the page and the search worker say to each other. Each request carries an id; the
 * worker answers each once, with results or the reason it failed.
 */

export interface WorkerRequest {
  id: number;
  query: string;
  filters: Filters;
  limit: number;
  /** Find the server of this exact name (for the detail view). */
  server?: string;
}

/** Asks the worker to load the manifest ahead of the first query; it has no answer. */
export interface WarmRequest {
  warm: true;
}

export type WorkerResponse = { id: number; ok: true; response: SearchResponse } | { id: number; ok: false; error: string };
