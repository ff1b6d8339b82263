import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { RiskMixChart } from "@/app/_components/risk/risk-mix-chart";
import { CategoryBadge } from "@/app/_components/risk/risk-badge";
import { ListingTable } from "@/app/_components/tools/listing-table";
import { pageMetadata, paths, plural, riskMix, toolsInCategory } from "@/lib/catalogue";
import { getCatalogue } from "@/lib/content";
import { CATEGORIES, CATEGORY_INFO, type Category } from "@/lib/taxonomy";

type Params = { category: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return CATEGORIES.map((category) => ({ category }));
}

function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { category } = await params;
  if (!isCategory(category)) return {};
  return pageMetadata({
    title: `${CATEGORY_INFO[category].label} MCP tools`,
    description: `Every ${category} tool in the catalogue. ${CATEGORY_INFO[category].summary}`,
    path: paths.category(category),
  });
}

export default async function CategoryPage({ params }: { params: Promise<Params> }) {
  const { category } = await params;
  if (!isCategory(category)) notFound();
  const tools = toolsInCategory(getCatalogue(), category);
  return (
    <div className="space-y-4">
      <Breadcrumbs items={[{ href: paths.categories(), label: "Categories" }, { label: CATEGORY_INFO[category].label }]} />
      <h1 className="flex flex-wrap items-center gap-3">
        <CategoryBadge category={category} large /> <span>{CATEGORY_INFO[category].label} tools</span>
      </h1>
      <p className="prose-text">{CATEGORY_INFO[category].summary}</p>
      <RiskMixChart mix={riskMix(tools)} title={`Risk mix of ${category} tools`} />
      <p className="muted" data-listing-count={tools.length}>
        {plural(tools.length, "tool")}, riskiest first.
      </p>
      <ListingTable tools={tools} showRisk={true} showCategory={false} caption={`Every ${category} tool`} />
    </div>
  );
}
