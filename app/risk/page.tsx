import type { Metadata } from "next";
import Link from "next/link";
import { RiskBadge } from "@/app/_components/risk/risk-badge";
import { RiskMixChart } from "@/app/_components/risk/risk-mix-chart";
import { catalogueCounts, pageMetadata, paths, plural } from "@/lib/catalogue";
import { getCatalogue } from "@/lib/content";
import { RECOMMENDATION_TABLE } from "@/lib/policy/recommend";
import { RISK_INFO, RISK_LEVELS } from "@/lib/taxonomy";

export const metadata: Metadata = pageMetadata({
  title: "Risk levels",
  description: "What low, medium, high and critical risk mean for an MCP tool, and the policy each level gets.",
  path: paths.risks(),
});

export default function RiskIndexPage() {
  const counts = catalogueCounts(getCatalogue());
  return (
    <div className="space-y-6">
      <h1>Risk levels</h1>
      <p className="prose-text">
        Each tool gets one level, judged by what one call can do in the worst realistic case. When a judgement sits between two levels, the
        higher one is used.
      </p>
      <RiskMixChart mix={counts.risk} title="Tools by risk level" />
      <ul className="space-y-4">
        {RISK_LEVELS.map((level) => (
          <li key={level} className="card space-y-2">
            <h2 className="mt-0">
              <Link href={paths.risk(level)} className="no-underline">
                <RiskBadge level={level} large />
              </Link>
            </h2>
            <p>{RISK_INFO[level].summary}</p>
            <p className="text-sm">Recommended policy: {RECOMMENDATION_TABLE[level].summary}.</p>
            <p className="text-sm">
              <Link href={paths.risk(level)}>{plural(counts.risk[level], `${level}-risk tool`)} →</Link>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
