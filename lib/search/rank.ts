import { compactName, splitCamel, words } from "./tokenize";

/**
 * Pure: the order of the results a query shows. The engine scores words (lib/search/engine.ts);
 * this puts first what is named exactly what was asked, and among those a server or tool that
 * has a catalogue page before index-only entries of the same name, because the page is where
 * its tools are classified. Everything else keeps the engine's order.
 */

/** Words that do not tell one server from another ("GitHub MCP Server" and "github" are the same name). */
const FILLER = new Set(["mcp", "server", "servers", "model", "context", "protocol", "modelcontextprotocol", "official", "archived", "reference", "the"]);

/**
 * A server's name reduced to the words that identify it: "modelcontextprotocol-server-github",
 * "GitHub (archived MCP reference server)" and "github-official" all become "github". A name
 * with an owner ("upstash/context7-mcp", "io.github.owner/redis-mcp-server") is read after its last slash.
 */
export function identifyingName(name: string): string {
  const own = name.slice(name.lastIndexOf("/") + 1);
  const all = words(splitCamel(own));
  const kept = all.filter((word) => !FILLER.has(word));
  return (kept.length > 0 ? kept : all).join("");
}

export interface RankedHit {
  kind: "server" | "tool";
  name: string;
  title?: string;
  href?: string;
}

/**
 * `compact` is the query as one word (what a whole name must equal), `tokens` its words.
 * The sort is stable, so within each tier the engine's score order stands.
 */
export function orderShown<T extends RankedHit>(hits: readonly T[], compact: string, tokens: readonly string[]): T[] {
  const asked = identifyingName(tokens.join(" "));
  const named = (hit: T) =>
    compactName(hit.name) === compact ||
    (hit.kind === "server" && asked !== "" && (identifyingName(hit.name) === asked || (hit.title !== undefined && identifyingName(hit.title) === asked)));
  const tier = (hit: T) => (named(hit) ? (hit.href ? 0 : 1) : 2);
  return hits
    .map((hit, i) => ({ hit, i, tier: tier(hit) }))
    .sort((a, b) => a.tier - b.tier || a.i - b.i)
    .map(({ hit }) => hit);
}
