import type { ToolEntry } from "../content";
import { SIGNALS, type Category, type SignalId } from "../taxonomy";

/**
 * Which attack-pattern pages (/attacks/<slug>/) concern a tool: those its signals name in
 * the taxonomy, then those its category invites. Category links only use slugs the
 * taxonomy's signals already reference, so every link has a page behind it.
 */
const CATEGORY_ATTACKS: Record<Category, readonly string[]> = {
  read: [],
  write: ["confused-deputy"],
  destructive: ["destructive-bulk-operations"],
  execute: ["confused-deputy", "data-exfiltration"],
  financial: ["confused-deputy", "runaway-loops"],
};

export interface AttackLink {
  slug: string;
  title: string;
  /** The tool's signals that point at it; empty when linked by category alone. */
  because: SignalId[];
}

export function attackLinks(tool: Pick<ToolEntry, "signals" | "category">): AttackLink[] {
  const links = new Map<string, AttackLink>();
  for (const id of tool.signals as SignalId[]) {
    const signal = SIGNALS[id];
    if (!signal) continue;
    for (const slug of signal.attacks) {
      const link = links.get(slug) ?? { slug, title: attackTitle(slug), because: [] };
      link.because.push(id);
      links.set(slug, link);
    }
  }
  for (const slug of CATEGORY_ATTACKS[tool.category]) {
    if (!links.has(slug)) links.set(slug, { slug, title: attackTitle(slug), because: [] });
  }
  return [...links.values()];
}

/** "destructive-bulk-operations" → "Destructive bulk operations". */
export function attackTitle(slug: string): string {
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
