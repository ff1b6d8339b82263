import type { Metadata } from "next";
import Link from "next/link";
import { RiskMixChart } from "./_components/risk/risk-mix-chart";
import { SearchForm } from "./_components/layout/search-form";
import { ServerCards } from "./_components/server/server-cards";
import { catalogueCounts, featuredServers, pageMetadata, paths, plural, SITE_DESCRIPTION, SITE_NAME } from "@/lib/catalogue";
import { getCatalogue } from "@/lib/content";
import { CATEGORIES, CATEGORY_INFO, RISK_INFO, RISK_LEVELS } from "@/lib/taxonomy";
import { RiskBadge } from "./_components/risk/risk-badge";

export const metadata: Metadata = pageMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION, path: paths.home() });

export default function HomePage() {
  const catalogue = getCatalogue();
  const counts = catalogueCounts(catalogue);
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1>Know what an MCP tool can do before your agent calls it</h1>
        <p className="prose-text text-lg">
          MCP servers hand AI agents tools that read mail, send messages, delete data, run code and move money. This catalogue reads
          each tool&apos;s own definition and says what it does, how risky it is and why, and gives you an access policy (
          <Link href={paths.policyDocs()}>policy.json</Link>) that denies by default, rate-limits what changes things and hides what
          can do lasting harm.
        </p>
        <p className="text-lg" data-home-counts="">
          <strong>{plural(counts.tools, "tool")}</strong> from <strong>{plural(counts.servers, "server")}</strong>, with{" "}
          {counts.risk.critical} critical and {counts.risk.high} high-risk tools.
        </p>
        <div className="max-w-xl">
          <SearchForm id="home-search" />
        </div>
      </section>

      <section aria-labelledby="distribution">
        <h2 id="distribution">Risk across the catalogue</h2>
        <RiskMixChart mix={counts.risk} title="Risk mix of every catalogued tool" />
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {RISK_LEVELS.map((level) => (
            <li key={level} className="card space-y-2">
              <Link href={paths.risk(level)} className="no-underline">
                <RiskBadge level={level} />
              </Link>
              <p className="text-2xl font-bold tabular-nums">{counts.risk[level]}</p>
              <p className="muted text-sm">{RISK_INFO[level].summary}</p>
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm">
          By category:{" "}
          {CATEGORIES.map((category, i) => (
            <span key={category}>
              {i > 0 && " · "}
              <Link href={paths.category(category)}>
                {CATEGORY_INFO[category].label} ({counts.category[category]})
              </Link>
            </span>
          ))}
        </p>
      </section>

      <section aria-labelledby="featured">
        <h2 id="featured">Featured servers</h2>
        <ServerCards servers={featuredServers(catalogue, 6)} />
        <p className="mt-4">
          <Link href={paths.servers()}>All {plural(counts.servers, "server")} →</Link>
        </p>
      </section>

      <section aria-labelledby="how">
        <h2 id="how">How to use it</h2>
        <ol className="prose-text list-decimal space-y-1 pl-5">
          <li>Find the server your agent uses, or search for a tool by name.</li>
          <li>Read why each risky tool is risky, in words, with the parts of its definition that say so.</li>
          <li>Copy or download the policy for one tool or the whole server, or tune it in the <Link href={paths.policyBuilder()}>policy builder</Link>.</li>
          <li>Build on the data: every entry is also <Link href={paths.dataDocs()}>JSON and JSON Lines</Link>.</li>
        </ol>
      </section>
    </div>
  );
}
