import { paths, withBasePath } from "@/lib/catalogue/site";

/**
 * Minimal header search placed by the site owner so the layout renders: a plain GET form
 * to the search page that works without script. The search owner replaces this file.
 */
export function HeaderSearch() {
  return (
    <form action={withBasePath(paths.search())} method="get" role="search" className="flex items-center gap-1">
      <label htmlFor="header-search-q" className="sr-only">
        Search tools and servers
      </label>
      <input
        id="header-search-q"
        name="q"
        type="search"
        placeholder="Search tools…"
        className="w-44 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
      />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
