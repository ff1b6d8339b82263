import { paths, withBasePath } from "@/lib/catalogue/site";

/** A plain GET search form to the search page: works with no script at all. */
export function SearchForm({ id, label = "Search tools and servers" }: { id: string; label?: string }) {
  return (
    <form action={withBasePath(paths.search())} method="get" role="search" className="flex max-w-xl gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        placeholder="Tool or server name, e.g. delete, send_message, github"
        className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
      />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
