import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { JumpLinks } from "@/app/_components/policy/jump-links";
import { PolicyExplanation } from "@/app/_components/policy/policy-explanation";
import { ClientExports } from "@/app/_components/policy/client-exports";
import { PolicyPanel } from "@/app/_components/policy/policy-panel";
import { RiskMixChart } from "@/app/_components/risk/risk-mix-chart";
import { DataFlowWarning } from "@/app/_components/server/data-flow-warning";
import { ImpactSummary } from "@/app/_components/server/impact-summary";
import { ServerFacts } from "@/app/_components/server/server-facts";
import { ServerVerdicts } from "@/app/_components/server/server-verdicts";
import { ToolList } from "@/app/_components/tools/tool-list";
import { ToolsTable, type ToolsTableRow } from "@/app/_components/tools/tools-table";
import {
  coverage,
  dataFlowWarning,
  excerpt,
  findServer,
  impactSummary,
  languageHint,
  pageMetadata,
  paths,
  plural,
  riskMix,
  riskiestTools,
  withBasePath,
} from "@/lib/catalogue";
import { importedDate, serverVerdicts, sourceLink } from "@/lib/catalogue/provenance";
import { pagesToRender } from "@/lib/build/render-plan";
import { markdownToText } from "@/lib/catalogue/markdown-text";
import { titleSubtitles } from "@/lib/catalogue/subtitles";
import { serverFiles } from "@/lib/catalogue/server-files";
import { getCatalogue } from "@/lib/content";

type Params = { server: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const params = getCatalogue().servers.map((server) => ({ server: server.slug }));
  // Pages the build reuses from its last run are not rendered again (lib/build/page-reuse.ts).
  return pagesToRender(params, (p) => paths.server(p.server));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const server = findServer(getCatalogue(), (await params).server);
  if (!server) return {};
  const mix = riskMix(server.tools);
  // Another server may have the same title ("Redis MCP Server"): the subtitle tells them apart.
  const subtitle = titleSubtitles(getCatalogue().servers).get(server.slug);
  return pageMetadata({
    title: `${server.title}${subtitle ? ` (${subtitle})` : ""}: tools, risks and policy`,
    description: `${plural(server.tools.length, "tool")} of the ${server.title} MCP server with risk verdicts (${mix.critical} critical, ${mix.high} high) and a ready policy.json. ${excerpt(markdownToText(server.description), 120)}`,
    path: paths.server(server.slug),
    image: { path: paths.serverImage(server.slug), alt: `${server.title}: its ${server.tools.length} tools by risk level` },
  });
}

export default async function ServerPage({ params }: { params: Promise<Params> }) {
  const server = findServer(getCatalogue(), (await params).server);
  if (!server) notFound();
  const description = markdownToText(server.description);
  const subtitle = titleSubtitles(getCatalogue().servers).get(server.slug);
  const more = coverage(server);
  const warning = dataFlowWarning(server.tools);
  // Its policy, exports and their input: inline, or linked when together they are too large.
  const files = serverFiles(server);
  const { policy } = files.input;
  const toolNames = server.tools.map((tool) => tool.name);
  const riskiest = riskiestTools(server.tools, 5);
  const rows: ToolsTableRow[] = server.tools.map((tool) => ({
    name: tool.name,
    risk: tool.risk,
    category: tool.category,
    href: paths.tool(server.slug, tool.slug),
    summary: excerpt(tool.description, 120),
    ...(languageHint(tool.description) ? { lang: "zh" } : {}),
  }));

  return (
    <article>
      <Breadcrumbs items={[{ href: paths.servers(), label: "Servers" }, { label: server.title }]} />
      <header className="space-y-2">
        <h1 className="break-words">{server.title}</h1>
        {subtitle && (
          <p className="muted font-mono text-sm" data-server-subtitle="">
            {subtitle}
          </p>
        )}
        {description && (
          <p className="prose-text text-lg whitespace-pre-line" lang={languageHint(description)} data-server-description="">
            {description}
          </p>
        )}
        <p className="muted" data-tool-count={server.tools.length}>
          {more ? `${more.catalogued} of ${more.total} tools catalogued.` : `${plural(server.tools.length, "tool")} catalogued.`}
        </p>
        <JumpLinks exported="policy" />
      </header>

      <section aria-labelledby="summary">
        <h2 id="summary">Summary</h2>
        <ImpactSummary impact={impactSummary(server.tools)} />
        {riskiest.length > 0 && (
          <>
            <h3>Its riskiest tools</h3>
            <ToolList tools={riskiest} showServer={false} />
          </>
        )}
      </section>

      {warning && <DataFlowWarning warning={warning} />}

      <section aria-labelledby="risk-mix">
        <h2 id="risk-mix">Risk mix</h2>
        <RiskMixChart mix={riskMix(server.tools)} title={`Risk mix of ${server.title}`} />
      </section>

      <section aria-labelledby="tools">
        <h2 id="tools">All tools</h2>
        <ToolsTable rows={rows} caption={`Tools of ${server.title}`} />
      </section>

      <PolicyPanel
        policy={policy}
        filePath={paths.serverPolicy(server.slug)}
        fileName={`${server.slug}.policy.json`}
        heading="Policy for the whole server"
        headingId="policy"
        linked={files.linked}
        text={files.policyText}
      />
      <ClientExports input={files.input} exports={files.exports} guardPolicyPath={paths.serverPolicy(server.slug)} idPrefix="server-format" linked={files.linked} />
      <PolicyExplanation policy={policy} serverTools={toolNames} reasons={!files.linked} />

      <ServerVerdicts verdicts={serverVerdicts(server.tools)} source={sourceLink(server.source)} imported={importedDate(server.importedAt)} />

      <section aria-labelledby="about">
        <h2 id="about">About this server</h2>
        <ServerFacts server={server} linkToServer={false} />
        {server.notes && <p className="prose-text mt-4 whitespace-pre-line">{server.notes}</p>}
        <p className="mt-3 text-sm">
          Machine-readable: <a href={withBasePath(paths.serverData(server.slug))}>this server and its tools as JSON</a>.
        </p>
      </section>
    </article>
  );
}
