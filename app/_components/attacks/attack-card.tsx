import Link from "next/link";
import type { AttackEntry } from "@/lib/content/attacks";
import { paths } from "@/lib/catalogue/site";
import { plural } from "@/lib/catalogue/text";
import { RiskBadge } from "../risk/risk-badge";

/** One attack pattern in a listing: title, severity, summary, and how many tools it concerns. */
export function AttackCard({ attack, toolCount }: { attack: AttackEntry; toolCount?: number }) {
  return (
    <li className="card flex flex-col gap-2" data-attack={attack.slug}>
      <div className="flex flex-wrap items-center gap-2">
        <RiskBadge level={attack.severity} />
        <h2 className="m-0 text-lg font-semibold">
          <Link href={paths.attack(attack.slug)}>{attack.title}</Link>
        </h2>
      </div>
      <p className="max-w-[70ch]">{attack.summary}</p>
      {toolCount !== undefined && (
        <p className="muted text-sm">
          {toolCount === 0 ? "No catalogued tool carries its signals yet." : `Concerns ${plural(toolCount, "catalogued tool")}.`}
        </p>
      )}
    </li>
  );
}
