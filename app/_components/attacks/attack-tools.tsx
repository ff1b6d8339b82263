import Link from "next/link";
import type { ToolForAttack } from "@/lib/content/attacks";
import { paths } from "@/lib/catalogue/site";
import { plural } from "@/lib/catalogue/text";
import { RISK_INFO, RISK_LEVELS } from "@/lib/taxonomy";
import { DocumentLink } from "../layout/document-link";
import { ToolList } from "../tools/tool-list";

/** How many of the riskiest matching tools a page lists before it says "and N more". */
export const ATTACK_TOOL_LIMIT = 24;

/** The catalogued tools an attack concerns, riskiest first, with a count by risk level. */
export function AttackTools({ found, limit = ATTACK_TOOL_LIMIT }: { found: readonly ToolForAttack[]; limit?: number }) {
  if (found.length === 0) {
    return <p className="muted">No tool in the catalogue carries these signals or categories yet.</p>;
  }
  const byRisk = RISK_LEVELS.map((level) => ({ level, count: found.filter((f) => f.tool.risk === level).length }))
    .filter((r) => r.count > 0)
    .reverse();
  const shown = found.slice(0, limit);
  return (
    <div>
      <p className="mb-2" data-attack-tool-count={found.length}>
        {plural(found.length, "catalogued tool")} {found.length === 1 ? "carries" : "carry"} its signals or category:{" "}
        {byRisk.map((r, i) => (
          <span key={r.level}>
            {i > 0 && ", "}
            <Link href={paths.risk(r.level)}>
              {r.count} {RISK_INFO[r.level].label.toLowerCase()}
            </Link>
          </span>
        ))}
        .{shown.length < found.length && ` The ${shown.length} riskiest:`}
      </p>
      <ToolList tools={shown.map((f) => f.tool)} />
      {shown.length < found.length && (
        <p className="muted mt-2 text-sm">
          and {plural(found.length - shown.length, "more tool")}; browse them by <Link href={paths.risks()}>risk level</Link> or{" "}
          <DocumentLink href={paths.search()}>search</DocumentLink>.
        </p>
      )}
    </div>
  );
}
