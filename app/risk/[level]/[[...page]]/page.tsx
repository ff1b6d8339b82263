import type { Metadata } from "next";
import { RiskListing, riskListingMetadata } from "@/app/_components/listing/risk-listing";
import { extraPageParams, pageNumber, toolsAtRisk } from "@/lib/catalogue";
import { getCatalogue } from "@/lib/content";
import { RISK_LEVELS } from "@/lib/taxonomy";

// /risk/<level>/ is page 1; /risk/<level>/2/ and on exist only when the level has that many tools.
// One optional catch-all, because a separate [page] route with no pages fails a static export.
type Params = { level: string; page?: string[] };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const catalogue = getCatalogue();
  return RISK_LEVELS.flatMap((level) => [{ level, page: [] }, ...extraPageParams(toolsAtRisk(catalogue, level).length).map((n) => ({ level, page: [n] }))]);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { level, page } = await params;
  return riskListingMetadata(level, pageNumber(page));
}

export default async function RiskPage({ params }: { params: Promise<Params> }) {
  const { level, page } = await params;
  return <RiskListing level={level} page={pageNumber(page)} />;
}
