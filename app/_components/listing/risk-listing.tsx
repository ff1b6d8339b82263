import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { RiskBadge } from "@/app/_components/risk/risk-badge";
import { ListingTable } from "@/app/_components/tools/listing-table";
import { Pager } from "@/app/_components/tools/pager";
import { LISTING_PAGE_SIZE, listingPage, pageMetadata, paths, plural, toolsAtRisk } from "@/lib/catalogue";
import { getCatalogue } from "@/lib/content";
import { RECOMMENDATION_TABLE } from "@/lib/policy/recommend";
import { RISK_INFO, RISK_LEVELS, type RiskLevel } from "@/lib/taxonomy";

export function isLevel(value: string): value is RiskLevel {
  return (RISK_LEVELS as readonly string[]).includes(value);
}

function pagePath(level: RiskLevel, page: number): string {
  return page === 1 ? paths.risk(level) : `${paths.risk(level)}${page}/`;
}

export function riskListingMetadata(level: string, page: number): Metadata {
  if (!isLevel(level)) return {};
  return pageMetadata({
    title: `${RISK_INFO[level].label}-risk MCP tools${page > 1 ? `, page ${page}` : ""}`,
    description: `Every ${level}-risk tool in the catalogue. ${RISK_INFO[level].summary}`,
    path: pagePath(level, page),
  });
}

/** /risk/<level>/ and its further pages: the tools of one level, riskiest category first. */
export function RiskListing({ level, page }: { level: string; page: number }) {
  if (!isLevel(level)) notFound();
  const all = toolsAtRisk(getCatalogue(), level);
  const shown = listingPage(all, page);
  if (!shown) notFound();
  const first = (shown.page - 1) * LISTING_PAGE_SIZE + 1;
  return (
    <div className="space-y-4">
      <Breadcrumbs items={[{ href: paths.risks(), label: "Risk levels" }, { label: RISK_INFO[level].label }]} />
      <h1 className="flex flex-wrap items-center gap-3">
        <RiskBadge level={level} large /> <span>{RISK_INFO[level].label}-risk tools</span>
      </h1>
      <p className="prose-text">{RISK_INFO[level].summary}</p>
      <p className="prose-text">Recommended policy: {RECOMMENDATION_TABLE[level].summary}.</p>
      <p className="muted" data-listing-count={all.length}>
        {plural(all.length, "tool")}, strongest category first
        {shown.pages > 1 ? `; showing ${first}–${first + shown.items.length - 1} (page ${shown.page} of ${shown.pages})` : ""}.
      </p>
      <ListingTable tools={shown.items} showRisk={false} showCategory={true} caption={`${RISK_INFO[level].label}-risk tools`} />
      <Pager base={paths.risk(level)} page={shown.page} pages={shown.pages} />
    </div>
  );
}
