import type { Metadata } from "next";
import { RiskListing, riskListingMetadata } from "@/app/_components/listing/risk-listing";
import { pagesToRender } from "@/lib/build/render-plan";
import { extraPageParams, pageNumber, paths, toolsAtRisk } from "@/lib/catalogue";
import { getCatalogue } from "@/lib/content";
import { RISK_LEVELS } from "@/lib/taxonomy";

// /risk/<level>/ is page 1; /risk/<level>/2/ and on exist only when the level has that many tools.
// One optional catch-all, because a separate [page] route with no pages fails a static export.
type Params = { level: string; page?: string[] };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const catalogue = getCatalogue();
  const params = RISK_LEVELS.flatMap((level) => [{ level, page: [] }, ...extraPageParams(toolsAtRisk(catalogue, level).length).map((n) => ({ level, page: [n] }))]);
  // Pages the build reuses from its last run are not rendered again (lib/build/page-reuse.ts).
  return pagesToRender(params, (p) => `${paths.risk(p.level)}${p.page.length ? `${p.page[0]}/` : ""}`);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { level, page } = await params;
  return riskListingMetadata(level, pageNumber(page));
}

export default async function RiskPage({ params }: { params: Promise<Params> }) {
  const { level, page } = await params;
  return <RiskListing level={level} page={pageNumber(page)} />;
}
