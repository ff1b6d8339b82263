import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttackTools } from "@/app/_components/attacks/attack-tools";
import { Markdown } from "@/app/_components/attacks/markdown";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { CategoryBadge, RiskBadge } from "@/app/_components/risk/risk-badge";
import { pageMetadata } from "@/lib/catalogue/metadata";
import { paths } from "@/lib/catalogue/site";
import { getAttack, getAttacks, toolsForAttack } from "@/lib/content/attacks";
import { ROLE_INFO, SIGNALS } from "@/lib/taxonomy";

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getAttacks().map((attack) => ({ slug: attack.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const attack = getAttack((await params).slug);
  if (!attack) return {};
  return pageMetadata({ title: `${attack.title}: an attack on MCP tools`, description: attack.summary, path: paths.attack(attack.slug) });
}

export default async function AttackPage({ params }: { params: Promise<Params> }) {
  const attack = getAttack((await params).slug);
  if (!attack) notFound();
  const related = attack.seeAlso.flatMap((slug) => getAttack(slug) ?? []);

  return (
    <article>
      <Breadcrumbs items={[{ href: paths.attacks(), label: "Attack patterns" }, { label: attack.title }]} />
      <header className="max-w-[70ch] space-y-3">
        <h1>{attack.title}</h1>
        {attack.aliases.length > 0 && <p className="muted text-sm">Also known as {attack.aliases.join(", ")}.</p>}
        <p className="text-lg">{attack.summary}</p>
        <div className="card flex flex-col gap-2">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">How bad:</span> <RiskBadge level={attack.severity} link />
          </p>
          <p>{attack.impact}</p>
        </div>
      </header>

      <Markdown source={attack.body} />

      <section aria-labelledby="related-signals">
        <h2 id="related-signals">Risk signals that point here</h2>
        <ul className="max-w-[70ch] list-disc space-y-1 pl-6">
          {attack.relatedSignals.map((id) => (
            <li key={id} data-signal={id}>
              {SIGNALS[id].label}
            </li>
          ))}
          {attack.roles.map((role) => (
            <li key={role} data-role={role}>
              data-flow role: {ROLE_INFO[role].label.toLowerCase()}
            </li>
          ))}
        </ul>
        {attack.categories.length > 0 && (
          <p className="mt-3 flex flex-wrap items-center gap-2">
            <span>And every tool of category</span>
            {attack.categories.map((category) => (
              <CategoryBadge key={category} category={category} link />
            ))}
          </p>
        )}
      </section>

      <section aria-labelledby="catalogued-tools">
        <h2 id="catalogued-tools">Tools in the catalogue it concerns</h2>
        <AttackTools found={toolsForAttack(attack)} />
      </section>

      {related.length > 0 && (
        <section aria-labelledby="see-also">
          <h2 id="see-also">Related attack patterns</h2>
          <ul className="max-w-[70ch] space-y-2">
            {related.map((other) => (
              <li key={other.slug}>
                <Link href={paths.attack(other.slug)} className="font-medium">
                  {other.title}
                </Link>
                <span className="muted">: {other.summary}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {attack.references.length > 0 && (
        <section aria-labelledby="further-reading">
          <h2 id="further-reading">Further reading</h2>
          <ul className="max-w-[70ch] list-disc space-y-1 pl-6">
            {attack.references.map((ref) => (
              <li key={ref.url}>
                <a href={ref.url} rel="noopener noreferrer">
                  {ref.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
