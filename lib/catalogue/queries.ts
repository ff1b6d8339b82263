import type { Catalogue, ServerEntry, ToolEntry } from "../content";
import { exfiltrationPath, type ExfiltrationPath } from "../classify/flows";
import { mergePolicies } from "../policy/recommend";
import type { Policy } from "../policy/schema";
import { CATEGORIES, RISK_LEVELS, riskRank, type Category, type RiskLevel } from "../taxonomy";

/**
 * Pure view-model queries over a loaded catalogue. Pages ask these for what they show, so
 * every count, order and grouping on the site is decided here and tested here.
 */

export type RiskMix = Record<RiskLevel, number>;
export type CategoryMix = Record<Category, number>;

export function emptyRiskMix(): RiskMix {
  return { low: 0, medium: 0, high: 0, critical: 0 };
}

export function riskMix(tools: readonly ToolEntry[]): RiskMix {
  const mix = emptyRiskMix();
  for (const tool of tools) mix[tool.risk] += 1;
  return mix;
}

export function categoryMix(tools: readonly ToolEntry[]): CategoryMix {
  const mix: CategoryMix = { read: 0, write: 0, destructive: 0, execute: 0, financial: 0 };
  for (const tool of tools) mix[tool.category] += 1;
  return mix;
}

export function allTools(catalogue: Catalogue): ToolEntry[] {
  return catalogue.servers.flatMap((server) => server.tools);
}

export interface CatalogueCounts {
  servers: number;
  tools: number;
  risk: RiskMix;
  category: CategoryMix;
}

export function catalogueCounts(catalogue: Catalogue): CatalogueCounts {
  const tools = allTools(catalogue);
  return { servers: catalogue.servers.length, tools: tools.length, risk: riskMix(tools), category: categoryMix(tools) };
}

/** Riskiest first; within a level destructive/execute/financial before write before read, then by name. */
export function compareByRisk(a: ToolEntry, b: ToolEntry): number {
  return (
    riskRank(b.risk) - riskRank(a.risk) ||
    CATEGORY_WEIGHT[b.category] - CATEGORY_WEIGHT[a.category] ||
    a.name.localeCompare(b.name) ||
    a.server.localeCompare(b.server)
  );
}

const CATEGORY_WEIGHT: Record<Category, number> = { read: 0, write: 1, destructive: 2, execute: 3, financial: 4 };

/** The most dangerous tools, at most `limit`, never including low-risk ones. */
export function riskiestTools(tools: readonly ToolEntry[], limit = 5): ToolEntry[] {
  return tools.filter((tool) => tool.risk !== "low").sort(compareByRisk).slice(0, limit);
}

/** What a server's tools can do beyond reading: the summary line of a server page. */
export interface ImpactSummary {
  /** Tools that create or change something (write). */
  change: number;
  destroy: number;
  execute: number;
  spend: number;
  read: number;
}

export function impactSummary(tools: readonly ToolEntry[]): ImpactSummary {
  const mix = categoryMix(tools);
  return { change: mix.write, destroy: mix.destructive, execute: mix.execute, spend: mix.financial, read: mix.read };
}

/**
 * Lookups and orderings computed once per loaded catalogue. A build renders one page per tool,
 * and each page asked these of the whole catalogue again: with 20,000 tools that made page
 * rendering grow with the square of the catalogue. A catalogue is not changed once loaded.
 */
interface CatalogueIndex {
  servers: Map<string, ServerEntry>;
  sorted: Map<string, ToolEntry[]>;
}

const indexes = new WeakMap<Catalogue, CatalogueIndex>();

function indexOf(catalogue: Catalogue): CatalogueIndex {
  let index = indexes.get(catalogue);
  if (!index) {
    index = { servers: new Map(catalogue.servers.map((server) => [server.slug, server])), sorted: new Map() };
    indexes.set(catalogue, index);
  }
  return index;
}

/** The tools that pass `keep`, riskiest first, computed once per catalogue and key; a fresh copy each call. */
function sortedTools(catalogue: Catalogue, key: string, keep: (tool: ToolEntry) => boolean): ToolEntry[] {
  const index = indexOf(catalogue);
  let tools = index.sorted.get(key);
  if (!tools) {
    tools = allTools(catalogue).filter(keep).sort(compareByRisk);
    index.sorted.set(key, tools);
  }
  return [...tools];
}

export function findServer(catalogue: Catalogue, slug: string): ServerEntry | undefined {
  return indexOf(catalogue).servers.get(slug);
}

export function findTool(catalogue: Catalogue, serverSlug: string, toolSlug: string): { server: ServerEntry; tool: ToolEntry } | undefined {
  const server = findServer(catalogue, serverSlug);
  const tool = server?.tools.find((t) => t.slug === toolSlug);
  return server && tool ? { server, tool } : undefined;
}

export function toolsAtRisk(catalogue: Catalogue, level: RiskLevel): ToolEntry[] {
  return sortedTools(catalogue, `risk:${level}`, (tool) => tool.risk === level);
}

export function toolsInCategory(catalogue: Catalogue, category: Category): ToolEntry[] {
  return sortedTools(catalogue, `category:${category}`, (tool) => tool.category === category);
}

/** One policy for the whole server: every catalogued tool's recommendation, default deny. */
export function serverPolicy(server: ServerEntry): Policy {
  return mergePolicies(server.tools.map((tool) => tool.policy));
}

/** "N of M tools catalogued" when the server is known to list more tools than we hold. */
export function coverage(server: ServerEntry): { catalogued: number; total: number } | undefined {
  const total = server.toolCount;
  if (total === undefined || total <= server.tools.length) return undefined;
  return { catalogued: server.tools.length, total };
}

/**
 * The "lethal trifecta": one server whose tools read untrusted content, read private data
 * and can send data out lets an injected instruction carry private data away.
 */
export type DataFlowWarning = ExfiltrationPath<ToolEntry>;

export function dataFlowWarning(tools: readonly ToolEntry[]): DataFlowWarning | undefined {
  return exfiltrationPath(tools, (tool) => tool.roles);
}

/**
 * Tools worth seeing next to this one: first siblings on the same server that share its
 * category or a signal (riskiest first), then tools elsewhere with the same category and risk.
 */
export function relatedTools(catalogue: Catalogue, tool: ToolEntry, limit = 6): ToolEntry[] {
  const server = findServer(catalogue, tool.server);
  const siblings = (server?.tools ?? [])
    .filter((t) => t !== tool)
    .map((t) => ({ t, score: relatedness(tool, t) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || compareByRisk(a.t, b.t))
    .map(({ t }) => t);
  const result = siblings.slice(0, Math.max(limit - 2, Math.ceil(limit / 2)));
  if (result.length < limit) {
    const alike = sortedTools(catalogue, `alike:${tool.category}:${tool.risk}`, (t) => t.category === tool.category && t.risk === tool.risk);
    for (const t of alike) {
      if (result.length >= limit) break;
      if (t.server !== tool.server) result.push(t);
    }
  }
  for (const t of siblings) {
    if (result.length >= limit) break;
    if (!result.includes(t)) result.push(t);
  }
  return result;
}

function relatedness(a: ToolEntry, b: ToolEntry): number {
  const sharedSignals = a.signals.filter((s) => b.signals.includes(s)).length;
  return (a.category === b.category ? 2 : 0) + sharedSignals + (a.risk === b.risk ? 1 : 0);
}

export { CATEGORIES, RISK_LEVELS };

/** Servers to show first: those with the most critical and high-risk tools, then the largest. */
export function featuredServers(catalogue: Catalogue, limit = 6): ServerEntry[] {
  const weight = (server: ServerEntry) => {
    const mix = riskMix(server.tools);
    return mix.critical * 100 + mix.high * 10 + server.tools.length;
  };
  return [...catalogue.servers].sort((a, b) => weight(b) - weight(a) || a.title.localeCompare(b.title)).slice(0, limit);
}


/** Long listings are split into pages of this many tools, so no page grows past a few hundred rows. */
export const LISTING_PAGE_SIZE = 200;

export interface ListingPage<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
}

/** One page of a listing; undefined for a page number that does not exist (page 1 always exists). */
export function listingPage<T>(items: readonly T[], page: number, size = LISTING_PAGE_SIZE): ListingPage<T> | undefined {
  const pages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, pages };
}

/** The page numbers after the first, as route parameters. */
export function extraPageParams(count: number, size = LISTING_PAGE_SIZE): string[] {
  const pages = Math.max(1, Math.ceil(count / size));
  return Array.from({ length: pages - 1 }, (_, i) => String(i + 2));
}

/** The page number of an optional catch-all segment: none is page 1, ["2"] is 2, anything else NaN (not found). */
export function pageNumber(segments: readonly string[] | undefined): number {
  if (!segments || segments.length === 0) return 1;
  if (segments.length > 1 || !/^[1-9][0-9]*$/.test(segments[0]!)) return Number.NaN;
  return Number(segments[0]);
}
