import Link from "next/link";
import { SITE_NAME, paths, withBasePath } from "@/lib/catalogue/site";

/** Footer links are a list of targets, not words in a sentence: each is a comfortable tap high (WCAG 2.5.8). */
const FOOTER_LINK = "inline-flex min-h-6 items-center";

/** The footer is on every page: its links do not prefetch, so no page pays for the listings they lead to. */
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
            <li><Link href={paths.servers()} prefetch={false} className={FOOTER_LINK}>All servers</Link></li>
            <li><Link href={paths.risks()} prefetch={false} className={FOOTER_LINK}>Risk levels</Link></li>
            <li><Link href={paths.categories()} prefetch={false} className={FOOTER_LINK}>Categories</Link></li>
            <li><Link href={paths.attacks()} prefetch={false} className={FOOTER_LINK}>Attack patterns</Link></li>
            <li><Link href={paths.method()} prefetch={false} className={FOOTER_LINK}>How verdicts are made</Link></li>
          </ul>
        </nav>
        <nav aria-label="Data and policies">
          <ul className="space-y-1">
            <li><Link href={paths.policyDocs()} prefetch={false} className={FOOTER_LINK}>Policy format</Link></li>
            <li><Link href={paths.policyBuilder()} prefetch={false} className={FOOTER_LINK}>Policy builder</Link></li>
            <li><Link href={paths.dataDocs()} prefetch={false} className={FOOTER_LINK}>Data downloads</Link></li>
            <li><a href={withBasePath(paths.catalogueData())} className={FOOTER_LINK}>catalogue.jsonl</a></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
