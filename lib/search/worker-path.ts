/**
 * Where a page finds the search worker of its own build: /search/<version>/worker.js (see
 * version.ts). The build passes the version in NEXT_PUBLIC_SEARCH_VERSION; it is inlined
 * into both the React bundle and the page enhancer.
 */
export function searchWorkerPath(version: string | undefined = process.env.NEXT_PUBLIC_SEARCH_VERSION): string {
  return version ? `/search/${version}/worker.js` : "/search/worker.js";
}
