import type { Metadata } from "next";
import Link from "next/link";
import { CategoryBadge } from "@/app/_components/risk/risk-badge";
import { catalogueCounts, pageMetadata, paths, plural } from "@/lib/catalogue";
import { getCatalogue } from "@/lib/content";
import { CATEGORIES, CATEGORY_INFO } from "@/lib/taxonomy";

export const metadata: Metadata = pageMetadata({
  title: "Tool categories",
  description: "The five kinds of MCP tool by the strongest effect one call can have: read, write, destructive, execute, financial.",
  path: paths.categories(),
});

export default function CategoryIndexPage() {
  const counts = catalogueCounts(getCatalogue());
  return (
    <div className="space-y-6">
      <h1>Tool categories</h1>
      <p className="prose-text">Each tool has one category: the strongest effect one call can have.</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {CATEGORIES.map((category) => (
          <li key={category} className="card space-y-2">
            <h2 className="mt-0">
              <CategoryBadge category={category} large />
            </h2>
            <p>{CATEGORY_INFO[category].summary}</p>
            <p className="text-sm">
              <Link href={paths.category(category)}>{plural(counts.category[category], `${category} tool`)} →</Link>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
