/** Where the search worker of an index version is: /search/<version>/worker.js (see version.ts). */
export function searchWorkerPath(version: string): string {
  return `/search/${version}/worker.js`;
}
