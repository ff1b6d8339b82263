import type { Metadata } from "next";
import { CategoryListing, categoryListingMetadata } from "@/app/_components/listing/category-listing";
import { extraPageParams, pageNumber, toolsInCategory } from "@/lib/catalogue";
import { getCatalogue } from "@/lib/content";
import { CATEGORIES } from "@/lib/taxonomy";

// /category/<category>/ is page 1; /category/<category>/2/ and on exist only when needed.
type Params = { category: string; page?: string[] };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const catalogue = getCatalogue();
  return CATEGORIES.flatMap((category) => [
    { category, page: [] },
    ...extraPageParams(toolsInCategory(catalogue, category).length).map((n) => ({ category, page: [n] })),
  ]);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { category, page } = await params;
  return categoryListingMetadata(category, pageNumber(page));
}

export default async function CategoryPage({ params }: { params: Promise<Params> }) {
  const { category, page } = await params;
  return <CategoryListing category={category} page={pageNumber(page)} />;
}
