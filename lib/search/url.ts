import { CATEGORIES, RISK_LEVELS, type Category, type RiskLevel } from "../taxonomy";

/**
 * Pure: the search page's state in its URL, so a search can be shared:
 * /search/?q=stripe+refund&risk=critical,high&category=financial, or ?server=<name> for the
 * detail of a server that has no page of its own. Values may also repeat (risk=a&risk=b);
 * unknown values are ignored.
 */

export interface SearchState {
  q: string;
  risk: RiskLevel[];
  category: Category[];
  server?: string;
}

function values<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  const raw = params.getAll(key).flatMap((v) => v.split(","));
  return allowed.filter((value) => raw.includes(value));
}

export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const state: SearchState = {
    q: params.get("q") ?? "",
    risk: values(params, "risk", RISK_LEVELS),
    category: values(params, "category", CATEGORIES),
  };
  const server = params.get("server");
  if (server) state.server = server;
  return state;
}

/** The query string for a state ("" when empty), in a fixed order so equal states give equal URLs. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.server) params.set("server", state.server);
  if (state.q.trim()) params.set("q", state.q);
  if (state.risk.length > 0) params.set("risk", RISK_LEVELS.filter((r) => state.risk.includes(r)).join(","));
  if (state.category.length > 0) params.set("category", CATEGORIES.filter((c) => state.category.includes(c)).join(","));
  const text = params.toString().replace(/%2C/g, ",");
  return text ? `?${text}` : "";
}

/** Where a result leads: its page, or the search page's detail view for a server known only from the index. */
export function resultPath(hit: { kind: "server" | "tool"; name: string; server?: string; href?: string }): string {
  if (hit.href) return hit.href;
  const server = hit.kind === "server" ? hit.name : (hit.server ?? hit.name);
  return `/search/${searchStateQuery({ q: "", risk: [], category: [], server })}`;
}
