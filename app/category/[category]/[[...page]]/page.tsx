import type { Metadata } from "next";
import { CategoryListing, categoryListingMetadata } from "@/app/_components/listing/category-listing";
import { pagesToRender } from "@/lib/build/render-plan";
import { extraPageParams, pageNumber, paths, toolsInCategory } from "@/lib/catalogue";
import { getCatalogue } from "@/lib/content";
import { CATEGORIES } from "@/lib/taxonomy";

// /category/<category>/ is page 1; /category/<category>/2/ and on exist only when needed.
type Params = { category: string; page?: string[] };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const catalogue = getCatalogue();
  const params = CATEGORIES.flatMap((category) => [
    { category, page: [] as string[] },
    ...extraPageParams(toolsInCategory(catalogue, category).length).map((n) => ({ category, page: [n] })),
  ]);
  // Pages the build reuses from its last run are not rendered again (lib/build/page-reuse.ts).
  return pagesToRender(params, (p) => `${paths.category(p.category)}${p.page.length ? `${p.page[0]}/` : ""}`);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { category, page } = await params;
  return categoryListingMetadata(category, pageNumber(page));
}

export default async function CategoryPage({ params }: { params: Promise<Params> }) {
  const { category, page } = await params;
  return <CategoryListing category={category} page={pageNumber(page)} />;
}
