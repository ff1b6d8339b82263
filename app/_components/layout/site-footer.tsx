import Link from "next/link";
import { SITE_NAME, paths, withBasePath } from "@/lib/catalogue/site";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 py-8 text-sm dark:border-slate-800">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 sm:grid-cols-3">
        <div>
          <p className="font-semibold">{SITE_NAME}</p>
          <p className="muted mt-1">
            Verdicts are judgements from each tool&apos;s own definition. Descriptions are quoted as the servers declare them and are not
            endorsed.
          </p>
        </div>
        <nav aria-label="Catalogue">
          <ul className="space-y-1">
            <li><Link href={paths.servers()}>All servers</Link></li>
            <li><Link href={paths.risks()}>Risk levels</Link></li>
            <li><Link href={paths.categories()}>Categories</Link></li>
            <li><Link href={paths.attacks()}>Attack patterns</Link></li>
            <li><Link href={paths.method()}>How verdicts are made</Link></li>
          </ul>
        </nav>
        <nav aria-label="Data and policies">
          <ul className="space-y-1">
            <li><Link href={paths.policyDocs()}>Policy format</Link></li>
            <li><Link href={paths.policyBuilder()}>Policy builder</Link></li>
            <li><Link href={paths.dataDocs()}>Data downloads</Link></li>
            <li><a href={withBasePath(paths.catalogueData())}>catalogue.jsonl</a></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
