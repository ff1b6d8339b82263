import Link from "next/link";
import { paths } from "@/lib/catalogue/site";

/**
 * What /search/ says with script off: the index is searched in the browser, so without
 * script the page would show only its heading. It says so and offers the listings, which
 * are plain pages.
 */
export function SearchNoScript() {
  return (
    <noscript>
      {/* The box, filters and results of the search page (search-page.tsx) do nothing without script: they are not shown. A constant, never data. */}
      <style>{"[data-search-page] [role=search], [data-search-page] section { display: none; }"}</style>
      <div className="card mb-6 space-y-2" data-search-noscript="">
        <p className="m-0 font-semibold">Search needs JavaScript, and it is off in this browser.</p>
        <p className="m-0">The catalogue is searched in your browser. Every tool is also listed on plain pages:</p>
        <ul className="m-0 list-disc space-y-1 pl-5">
          <li>
            <Link href={paths.servers()} prefetch={false}>
              All servers
            </Link>
            , each with its tools
          </li>
          <li>
            <Link href={paths.risks()} prefetch={false}>
              Tools by risk level
            </Link>
          </li>
          <li>
            <Link href={paths.categories()} prefetch={false}>
              Tools by category
            </Link>
          </li>
          <li>
            <Link href={paths.attacks()} prefetch={false}>
              Attack patterns
            </Link>
          </li>
        </ul>
      </div>
    </noscript>
  );
}
