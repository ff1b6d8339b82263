import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "./_components/layout/search-form";
import { paths } from "@/lib/catalogue/site";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <div className="space-y-6">
      <h1>This page is not in the catalogue</h1>
      <p className="prose-text">
        The address may be mistyped, or the tool may have been renamed by its server. Tool pages live at{" "}
        <code>/servers/&lt;server&gt;/&lt;tool&gt;/</code>. Search for it:
      </p>
      <SearchForm id="not-found-search" />
      <ul className="list-disc space-y-1 pl-5">
        <li><Link href={paths.servers()}>Browse all servers</Link></li>
        <li><Link href={paths.risk("critical")}>See the critical-risk tools</Link></li>
        <li><Link href={paths.categories()}>Browse by category</Link></li>
        <li><Link href={paths.attacks()}>Read about attack patterns</Link></li>
        <li><Link href="/">Go to the home page</Link></li>
      </ul>
    </div>
  );
}
