import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { CategoryBadge } from "@/app/_components/risk/risk-badge";
import { RiskMixChart } from "@/app/_components/risk/risk-mix-chart";
import { ListingTable } from "@/app/_components/tools/listing-table";
import { Pager } from "@/app/_components/tools/pager";
import { LISTING_PAGE_SIZE, listingPage, pageMetadata, paths, plural, riskMix, toolsInCategory } from "@/lib/catalogue";
import { getCatalogue } from "@/lib/content";
import { CATEGORIES, CATEGORY_INFO, type Category } from "@/lib/taxonomy";

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

function pagePath(category: Category, page: number): string {
  return page === 1 ? paths.category(category) : `${paths.category(category)}${page}/`;
}

export function categoryListingMetadata(category: string, page: number): Metadata {
  if (!isCategory(category)) return {};
  return pageMetadata({
    title: `${CATEGORY_INFO[category].label} MCP tools${page > 1 ? `, page ${page}` : ""}`,
    description: `Every ${category} tool in the catalogue. ${CATEGORY_INFO[category].summary}`,
    path: pagePath(category, page),
  });
}

/** /category/<category>/ and its further pages: the tools of one category, riskiest first. */
export function CategoryListing({ category, page }: { category: string; page: number }) {
  if (!isCategory(category)) notFound();
  const all = toolsInCategory(getCatalogue(), category);
  const shown = listingPage(all, page);
  if (!shown) notFound();
  const first = (shown.page - 1) * LISTING_PAGE_SIZE + 1;
  return (
    <div className="space-y-4">
      <Breadcrumbs items={[{ href: paths.categories(), label: "Categories" }, { label: CATEGORY_INFO[category].label }]} />
      <h1 className="flex flex-wrap items-center gap-3">
        <CategoryBadge category={category} large /> <span>{CATEGORY_INFO[category].label} tools</span>
      </h1>
      <p className="prose-text">{CATEGORY_INFO[category].summary}</p>
      <RiskMixChart mix={riskMix(all)} title={`Risk mix of ${category} tools`} />
      <p className="muted" data-listing-count={all.length}>
        {plural(all.length, "tool")}, riskiest first
        {shown.pages > 1 ? `; showing ${first}–${first + shown.items.length - 1} (page ${shown.page} of ${shown.pages})` : ""}.
      </p>
      <ListingTable tools={shown.items} showRisk={true} showCategory={false} caption={`${CATEGORY_INFO[category].label} tools`} />
      <Pager base={paths.category(category)} page={shown.page} pages={shown.pages} />
    </div>
  );
}
