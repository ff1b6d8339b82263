import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { RiskBadge } from "@/app/_components/risk/risk-badge";
import { ListingTable } from "@/app/_components/tools/listing-table";
import { pageMetadata, paths, plural, toolsAtRisk } from "@/lib/catalogue";
import { getCatalogue } from "@/lib/content";
import { RECOMMENDATION_TABLE } from "@/lib/policy/recommend";
import { RISK_INFO, RISK_LEVELS, type RiskLevel } from "@/lib/taxonomy";

type Params = { level: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return RISK_LEVELS.map((level) => ({ level }));
}

function isLevel(value: string): value is RiskLevel {
  return (RISK_LEVELS as readonly string[]).includes(value);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { level } = await params;
  if (!isLevel(level)) return {};
  return pageMetadata({
    title: `${RISK_INFO[level].label}-risk MCP tools`,
    description: `Every ${level}-risk tool in the catalogue. ${RISK_INFO[level].summary}`,
    path: paths.risk(level),
  });
}

export default async function RiskPage({ params }: { params: Promise<Params> }) {
  const { level } = await params;
  if (!isLevel(level)) notFound();
  const tools = toolsAtRisk(getCatalogue(), level);
  return (
    <div className="space-y-4">
      <Breadcrumbs items={[{ href: paths.risks(), label: "Risk levels" }, { label: RISK_INFO[level].label }]} />
      <h1 className="flex flex-wrap items-center gap-3">
        <RiskBadge level={level} large /> <span>{RISK_INFO[level].label}-risk tools</span>
      </h1>
      <p className="prose-text">{RISK_INFO[level].summary}</p>
      <p className="prose-text">Recommended policy: {RECOMMENDATION_TABLE[level].summary}.</p>
      <p className="muted" data-listing-count={tools.length}>
        {plural(tools.length, "tool")}, riskiest first.
      </p>
      <ListingTable tools={tools} showRisk={false} showCategory={true} caption={`Every ${level}-risk tool`} />
    </div>
  );
}
