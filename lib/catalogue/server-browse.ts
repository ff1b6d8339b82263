import { RISK_LEVELS, type RiskLevel } from "../taxonomy";

/**
 * Pure: filtering and sorting the list of servers (/servers/). The page renders every
 * server, in name order, with what these functions need on each card; the page script
 * (lib/enhance/server-browser.ts) reads the controls, asks `browseServers` which cards to
 * show in which order, and keeps the state in the address (?q=&riskiest=&sort=) so a
 * filtered list can be shared.
 */

export const SERVER_SORTS = ["name", "tools", "risk"] as const;
export type ServerSort = (typeof SERVER_SORTS)[number];

export const SERVER_SORT_LABELS: Record<ServerSort, string> = {
  name: "Name (A to Z)",
  tools: "Most tools first",
  risk: "Riskiest first",
};

export interface BrowsableServer {
  /** Everything a query may match: title, subtitle, slug, package, description. */
  text: string;
  tools: number;
  /** Tools per risk level. */
  mix: Record<RiskLevel, number>;
}

export interface ServerBrowseState {
  query: string;
  /** Only servers whose riskiest tool is at this level; "" for all. */
  riskiest: RiskLevel | "";
  sort: ServerSort;
}

export const DEFAULT_BROWSE_STATE: ServerBrowseState = { query: "", riskiest: "", sort: "name" };

export function riskiestLevel(mix: Record<RiskLevel, number>): RiskLevel | undefined {
  for (let i = RISK_LEVELS.length - 1; i >= 0; i--) if (mix[RISK_LEVELS[i]!] > 0) return RISK_LEVELS[i];
  return undefined;
}

function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** Riskiest first: more critical tools, then more high, then more medium, then more low. */
function compareRisk(a: BrowsableServer, b: BrowsableServer): number {
  for (let i = RISK_LEVELS.length - 1; i >= 0; i--) {
    const level = RISK_LEVELS[i]!;
    if (a.mix[level] !== b.mix[level]) return b.mix[level] - a.mix[level];
  }
  return 0;
}

/** The positions of the servers to show, in the order to show them; ties keep the page's (name) order. */
export function browseServers(servers: readonly BrowsableServer[], state: ServerBrowseState): number[] {
  const words = fold(state.query).split(/\s+/).filter(Boolean);
  const shown: number[] = [];
  servers.forEach((server, i) => {
    const text = fold(server.text);
    if (!words.every((word) => text.includes(word))) return;
    if (state.riskiest && riskiestLevel(server.mix) !== state.riskiest) return;
    shown.push(i);
  });
  if (state.sort === "tools") shown.sort((a, b) => servers[b]!.tools - servers[a]!.tools || a - b);
  if (state.sort === "risk") shown.sort((a, b) => compareRisk(servers[a]!, servers[b]!) || a - b);
  return shown;
}

export function parseBrowseState(search: string): ServerBrowseState {
  const params = new URLSearchParams(search);
  const riskiest = params.get("riskiest") ?? "";
  const sort = params.get("sort") ?? "";
  return {
    query: params.get("q") ?? "",
    riskiest: (RISK_LEVELS as readonly string[]).includes(riskiest) ? (riskiest as RiskLevel) : "",
    sort: (SERVER_SORTS as readonly string[]).includes(sort) ? (sort as ServerSort) : "name",
  };
}

/** The query string for a state ("" for the default), in a fixed order. */
export function browseStateQuery(state: ServerBrowseState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set("q", state.query);
  if (state.riskiest) params.set("riskiest", state.riskiest);
  if (state.sort !== "name") params.set("sort", state.sort);
  const text = params.toString();
  return text ? `?${text}` : "";
}
