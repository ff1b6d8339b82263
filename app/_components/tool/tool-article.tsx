import Link from "next/link";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { JumpLinks } from "@/app/_components/policy/jump-links";
import { PolicyExplanation } from "@/app/_components/policy/policy-explanation";
import { ClientExports } from "@/app/_components/policy/client-exports";
import { PolicyPanel } from "@/app/_components/policy/policy-panel";
import { CategoryBadge, RiskBadge } from "@/app/_components/risk/risk-badge";
import { ServerFacts } from "@/app/_components/server/server-facts";
import { ToolName } from "@/app/_components/tools/tool-name";
import { ArgumentsTable } from "@/app/_components/tool/arguments-table";
import { FaqSection } from "@/app/_components/tool/faq-section";
import { PoisoningFindingPanel } from "@/app/_components/tool/poisoning-finding";
import { SignalList } from "@/app/_components/tool/signal-list";
import { ToolDescription } from "@/app/_components/tool/tool-description";
import { VerdictOrigin } from "@/app/_components/tool/verdict-origin";
import { ToolList } from "@/app/_components/tools/tool-list";
import { excerpt, languageHint, paths, poisoningFinding, recommendationSummary, relatedTools, toolFaq, whatItDoes, withBasePath } from "@/lib/catalogue";
import type { PageHead } from "@/lib/catalogue/metadata";
import { verdictOrigin } from "@/lib/catalogue/provenance";
import { reportIssueUrl } from "@/lib/catalogue/report";
import { repositoryUrl } from "@/lib/catalogue/site";
import type { Catalogue, ServerEntry, ToolEntry } from "@/lib/content";
import { attackLinksForTool } from "@/lib/content/attacks";
import { npxLaunch } from "@/lib/policy/exports";
import { RISK_INFO } from "@/lib/taxonomy";

/**
 * A tool page: its metadata and its article. Synchronous and free of request state, so the
 * build can render most tool pages with React alone, outside next build
 * (lib/build/tool-pages), and check a sample against the pages Next renders of the same tools.
 */

/** What the tool page's head says: the route makes Next's metadata of it, the build its tags. */
export function toolPageHead(server: ServerEntry, tool: ToolEntry): PageHead {
  return {
    title: `${tool.name} (${server.title}): ${RISK_INFO[tool.risk].label} risk`,
    description: `${RISK_INFO[tool.risk].label}-risk ${tool.category} tool of ${server.title}. ${excerpt(tool.rationale, 200)}`,
    path: paths.tool(server.slug, tool.slug),
    image: { path: paths.serverImage(server.slug), alt: `${server.title}: its ${server.tools.length} tools by risk level` },
  };
}

export function ToolArticle({ catalogue, server, tool }: { catalogue: Catalogue; server: ServerEntry; tool: ToolEntry }) {
  const serverTools = server.tools.map((t) => t.name);
  const poisoning = poisoningFinding(tool);

  return (
    <article>
      <Breadcrumbs
        items={[
          { href: paths.servers(), label: "Servers" },
          { href: paths.server(server.slug), label: server.title },
          { label: tool.name },
        ]}
      />
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <RiskBadge level={tool.risk} large link />
          <CategoryBadge category={tool.category} large link />
        </div>
        <h1 className="font-mono">
          <ToolName name={tool.name} />
        </h1>
        {tool.title && tool.title !== tool.name && (
          <p className="text-lg" lang={languageHint(tool.title)}>
            {tool.title}
          </p>
        )}
        <p className="text-lg">
          A tool of <Link href={paths.server(server.slug)}>{server.title}</Link>. Recommended: <strong>{recommendationSummary(tool)}</strong>.
        </p>
        <p className="muted text-sm">{RISK_INFO[tool.risk].summary}</p>
        <JumpLinks exported="rule" />
      </header>

      <section aria-labelledby="description">
        <h2 id="description">Its own description</h2>
        <ToolDescription text={tool.description} />
      </section>

      {poisoning && (
        <section aria-labelledby="poisoning">
          <h2 id="poisoning">Instructions hidden in its definition</h2>
          <PoisoningFindingPanel finding={poisoning} />
        </section>
      )}

      <section aria-labelledby="what">
        <h2 id="what">What it does</h2>
        <ul className="prose-text list-disc space-y-1 pl-5">
          {whatItDoes(tool).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
        {tool.notes && <p className="prose-text mt-3 whitespace-pre-line">{tool.notes}</p>}
      </section>

      <section aria-labelledby="why">
        <h2 id="why">Why it needs a policy</h2>
        <p className="prose-text">{tool.rationale}</p>
      </section>

      <section aria-labelledby="evidence">
        <h2 id="evidence">What in its definition says so</h2>
        <ul className="prose-text list-disc space-y-1 pl-5">
          {tool.evidence.map((quote) => (
            <li key={quote} className="break-words whitespace-pre-wrap" lang={languageHint(quote)}>
              {quote}
            </li>
          ))}
        </ul>
      </section>

      <VerdictOrigin origin={verdictOrigin(tool, server)} reportUrl={reportIssueUrl(tool, server, repositoryUrl())} />

      <section aria-labelledby="signals">
        <h2 id="signals">Risk signals</h2>
        <SignalList signals={tool.signals} attacks={attackLinksForTool(tool)} />
      </section>

      <section aria-labelledby="arguments">
        <h2 id="arguments">Arguments</h2>
        <ArgumentsTable inputSchema={tool.inputSchema} />
      </section>

      <PolicyPanel
        policy={tool.policy}
        filePath={paths.toolPolicy(server.slug, tool.slug)}
        fileName={`${tool.slug}.policy.json`}
        heading="Recommended policy.json"
        headingId="policy"
      />
      <ClientExports
        input={{
          slug: server.slug,
          policy: tool.policy,
          only: tool.name,
          ...(server.package ? { launch: npxLaunch(server.package) } : {}),
          guard: { policyFile: `${server.slug}.policy.json`, ...(server.package ? { launch: npxLaunch(server.package) } : {}) },
        }}
        guardPolicyPath={paths.serverPolicy(server.slug)}
        idPrefix="format"
      />
      <PolicyExplanation policy={tool.policy} serverTools={serverTools} />
      <p className="muted mt-2 text-sm">
        Want one file for the whole server? <Link href={`${paths.server(server.slug)}#policy`}>Get the server&apos;s policy</Link>, or
        adjust this one in the <Link href={paths.policyBuilder()}>policy builder</Link>. The format is documented at{" "}
        <Link href={paths.policyDocs()}>policy.json</Link>.
      </p>

      <section aria-labelledby="related">
        <h2 id="related">Related tools</h2>
        <ToolList tools={relatedTools(catalogue, tool)} />
      </section>

      <FaqSection entries={toolFaq(tool, server)} />

      <section aria-labelledby="provider">
        <h2 id="provider">Which server provides it</h2>
        <ServerFacts server={server} />
        <p className="mt-3 text-sm">
          Machine-readable: <a href={withBasePath(paths.toolData(server.slug, tool.slug))}>this entry as JSON</a>.
        </p>
      </section>
    </article>
  );
}
