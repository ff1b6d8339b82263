import Link from "next/link";
import { DocumentLink } from "@/app/_components/layout/document-link";
import { HeaderSearch } from "@/app/_components/search/header-search";
import { SITE_NAME, paths } from "@/lib/catalogue/site";

const NAV = [
  { href: paths.servers(), label: "Servers" },
  { href: paths.risks(), label: "Risk levels" },
  { href: paths.categories(), label: "Categories" },
  { href: paths.attacks(), label: "Attacks" },
  { href: paths.policyBuilder(), label: "Policy builder" },
  // The search page is a document with no React island (lib/enhance/search-page.ts draws it):
  // a client-side navigation would show it without its script, so it is a plain link.
  { href: paths.search(), label: "Search", document: true },
];

const NAV_LINK = "inline-flex min-h-6 items-center text-slate-700 no-underline hover:underline dark:text-slate-300";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-slate-50/80 dark:border-slate-800 dark:bg-slate-900/60">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" prefetch={false} className="flex items-center gap-2 text-lg font-bold text-slate-900 no-underline hover:no-underline dark:text-white">
          <svg viewBox="0 0 24 24" className="h-6 w-6" aria-hidden="true">
            <path d="M12 2 3 6v6c0 5 3.8 9.4 9 10 5.2-.6 9-5 9-10V6z" fill="currentColor" opacity=".15" />
            <path d="M12 2 3 6v6c0 5 3.8 9.4 9 10 5.2-.6 9-5 9-10V6zm0 2.2 7 3.1V12c0 3.9-2.9 7.4-7 8-4.1-.6-7-4.1-7-8V7.3z" fill="currentColor" />
          </svg>
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                {/* No prefetch: the header is on every page, and prefetching every listing it names costs more than it saves. */}
                {"document" in item ? (
                  <DocumentLink href={item.href} className={NAV_LINK}>
                    {item.label}
                  </DocumentLink>
                ) : (
                  <Link href={item.href} prefetch={false} className={NAV_LINK}>
                    {item.label}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto">
          <HeaderSearch />
        </div>
      </div>
    </header>
  );
}
