/**
 * MiniSearch in the browser for `npm run bench:search`: the whole serialised index is
 * fetched and loaded before the first query can run. Same tokeniser as ours (words split
 * at separators and camelCase, CJK as characters and pairs) so both see the same terms.
 */
import MiniSearch from "minisearch";
import { MINISEARCH_OPTIONS } from "./search-bench-minisearch-options";

type Filters = { risk: string[]; category: string[] };

export async function load() {
  const response = await fetch("/minisearch/index.json");
  const index = MiniSearch.loadJSON(await response.text(), MINISEARCH_OPTIONS);
  return async (query: string, filters: Filters) => {
    const results = index.search(query, {
      prefix: true,
      fuzzy: (term) => (term.length >= 4 ? 1 : 0),
      combineWith: "AND",
      boost: { name: 3 },
      filter: (r) => (filters.risk.length === 0 || filters.risk.includes(r.risk)) && (filters.category.length === 0 || filters.category.includes(r.category)),
    });
    return results.slice(0, 10).map((r) => ({ name: String(r.name), detail: `${r.server ?? ""} ${r.risk ?? ""}` }));
  };
}
