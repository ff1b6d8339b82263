import type { Metadata } from "next";
import Link from "next/link";
import { AttackCard } from "@/app/_components/attacks/attack-card";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { pageMetadata } from "@/lib/catalogue/metadata";
import { paths } from "@/lib/catalogue/site";
import { getAttacks, toolsForAttack } from "@/lib/content/attacks";
import { SIGNAL_IDS, SIGNALS } from "@/lib/taxonomy";

export const metadata: Metadata = pageMetadata({
  title: "Attack patterns against MCP tools",
  description:
    "How agents' MCP tools get abused (tool poisoning, rug pulls, credential theft, confused deputies, data exfiltration and more), how to spot each in a tool definition, and the policy that limits it.",
  path: paths.attacks(),
});

export default function AttacksPage() {
  const attacks = getAttacks();
  return (
    <div>
      <Breadcrumbs items={[{ label: "Attack patterns" }]} />
      <header className="max-w-[70ch] space-y-3">
        <h1>Attack patterns</h1>
        <p className="text-lg">
          The ways an agent&apos;s tools get turned against the person running it. Each page explains how the attack works, shows it with
          real MCP tools, says what in a tool definition gives it away, and gives a policy.json that stops or limits it, with what a
          policy cannot do.
        </p>
        <p className="muted">
          Tool pages link here from their risk signals. Read <Link href={paths.policyDocs()}>the policy format</Link> for what each rule
          means.
        </p>
      </header>
      <ul className="mt-8 grid gap-4 md:grid-cols-2" data-attack-list="">
        {attacks.map((attack) => (
          <AttackCard key={attack.slug} attack={attack} toolCount={toolsForAttack(attack).length} />
        ))}
      </ul>

      <section aria-labelledby="by-signal">
        <h2 id="by-signal">From a risk signal to its attacks</h2>
        <p className="muted mb-3 max-w-[70ch]">Every signal the catalogue gives a tool, and the attack patterns it opens the door to.</p>
        <div className="overflow-x-auto">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Signal</th>
                <th scope="col">Attack patterns</th>
              </tr>
            </thead>
            <tbody>
              {SIGNAL_IDS.map((id) => {
                const related = attacks.filter((attack) => attack.relatedSignals.includes(id));
                return (
                  <tr key={id} data-signal={id}>
                    <td>{SIGNALS[id].label}</td>
                    <td>
                      {related.map((attack, i) => (
                        <span key={attack.slug}>
                          {i > 0 && ", "}
                          <Link href={paths.attack(attack.slug)}>{attack.title}</Link>
                        </span>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
