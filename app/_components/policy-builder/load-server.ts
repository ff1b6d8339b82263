import { withBasePath } from "@/lib/catalogue/site";
import { parsePolicy } from "@/lib/policy/schema";
import { CATEGORIES, RISK_LEVELS, type Category, type RiskLevel } from "@/lib/taxonomy";
import type { BuilderTool, LoadedServer } from "./types";

/**
 * Reads /data/servers/<server>.json (the site's machine-readable server file) into what the
 * builder needs. Every field is checked: the file is ours, but a builder that trusts a
 * shape it fetched breaks in confusing ways when the shape moves.
 */
export async function loadServer(slug: string): Promise<LoadedServer> {
  const response = await fetch(withBasePath(`/data/servers/${encodeURIComponent(slug)}.json`));
  if (!response.ok) throw new Error(`the server file answered ${response.status}`);
  const record: unknown = await response.json();
  if (!isObject(record) || !Array.isArray(record.tools)) throw new Error("the server file has no tool list");
  const recommended = parsePolicy(record.policy);
  const tools = record.tools.filter(isObject).flatMap((tool): BuilderTool[] => {
    if (typeof tool.name !== "string") return [];
    const policy = parsePolicy(tool.policy);
    const properties = isObject(tool.inputSchema) && isObject(tool.inputSchema.properties) ? Object.keys(tool.inputSchema.properties) : [];
    return [
      {
        name: tool.name,
        ...(RISK_LEVELS.includes(tool.risk as RiskLevel) ? { risk: tool.risk as RiskLevel } : {}),
        ...(CATEGORIES.includes(tool.category as Category) ? { category: tool.category as Category } : {}),
        ...(policy.ok ? { policy: policy.policy } : {}),
        argNames: properties,
      },
    ];
  });
  return {
    slug,
    title: typeof record.title === "string" ? record.title : slug,
    ...(typeof record.package === "string" && record.package ? { package: record.package } : {}),
    tools,
    recommended: recommended.ok ? recommended.policy : { version: "1", default: "deny" },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
