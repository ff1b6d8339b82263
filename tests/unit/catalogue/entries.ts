import { recommendPolicy } from "@/lib/policy/recommend";
import type { ServerEntry, ToolEntry } from "@/lib/content";
import type { Category, RiskLevel, Role, SignalId } from "@/lib/taxonomy";

/** Builds valid entries for tests; only what a test cares about needs saying. */
export function tool(name: string, risk: RiskLevel, category: Category, extra: Partial<ToolEntry> & { roles?: Role[]; signals?: SignalId[] } = {}): ToolEntry {
  const server = extra.server ?? "srv";
  return {
    name,
    slug: name,
    server,
    description: `${name} does things`,
    category,
    risk,
    rationale: `Why ${name} needs a policy. More words.`,
    signals: [],
    roles: [],
    evidence: [name],
    policy: recommendPolicy(name, risk, "because"),
    inputSchema: { type: "object" },
    source: "test",
    reviewed: false,
    notes: "",
    file: `/x/${name}.md`,
    ...extra,
  };
}

export function server(slug: string, tools: ToolEntry[], extra: Partial<ServerEntry> = {}): ServerEntry {
  return { slug, title: slug.toUpperCase(), description: "", source: "test", notes: "", file: `/x/${slug}/server.md`, tools, ...extra };
}
