import type { Metadata } from "next";
import Link from "next/link";
import { AttackCard } from "@/app/_components/attacks/attack-card";
import { Breadcrumbs } from "@/app/_components/layout/breadcrumbs";
import { pageMetadata } from "@/lib/catalogue/metadata";
import { paths } from "@/lib/catalogue/site";
import { getAttacks, toolsForAttack } from "@/lib/content/attacks";

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
    </div>
  );
}
