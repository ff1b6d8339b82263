import { describe, expect, it } from "vitest";
import { browseServers, browseStateQuery, DEFAULT_BROWSE_STATE, parseBrowseState, riskiestLevel, type BrowsableServer } from "@/lib/catalogue/server-browse";

const server = (text: string, low: number, medium: number, high: number, critical: number): BrowsableServer => ({
  text,
  tools: low + medium + high + critical,
  mix: { low, medium, high, critical },
});

const servers = [
  server("Calc MCP calc-mcp", 21, 0, 0, 0),
  server("GitHub MCP Server github-mcp-server github.com/github/github-mcp-server", 40, 30, 40, 7),
  server("Redis MCP Server @modelcontextprotocol/server-redis", 2, 1, 1, 0),
  server("Redis MCP Server redis-mcp-server", 20, 10, 13, 10),
  server("Empty", 0, 0, 0, 0),
];

describe("browsing the servers", () => {
  it("shows every server in page order by default", () => {
    expect(browseServers(servers, DEFAULT_BROWSE_STATE)).toEqual([0, 1, 2, 3, 4]);
  });

  it("filters by every word typed, in any case", () => {
    expect(browseServers(servers, { ...DEFAULT_BROWSE_STATE, query: "REDIS  server-redis" })).toEqual([2]);
    expect(browseServers(servers, { ...DEFAULT_BROWSE_STATE, query: "nothing-like-this" })).toEqual([]);
  });

  it("filters by the riskiest tool's level", () => {
    expect(browseServers(servers, { ...DEFAULT_BROWSE_STATE, riskiest: "critical" })).toEqual([1, 3]);
    expect(browseServers(servers, { ...DEFAULT_BROWSE_STATE, riskiest: "low" })).toEqual([0]);
    expect(riskiestLevel(servers[4]!.mix)).toBeUndefined();
  });

  it("sorts by tool count and by risk, ties in page order", () => {
    expect(browseServers(servers, { ...DEFAULT_BROWSE_STATE, sort: "tools" })).toEqual([1, 3, 0, 2, 4]);
    expect(browseServers(servers, { ...DEFAULT_BROWSE_STATE, sort: "risk" })).toEqual([3, 1, 2, 0, 4]);
  });

  it("keeps its state in the address, ignoring what it does not know", () => {
    const state = { query: "git hub", riskiest: "high" as const, sort: "risk" as const };
    expect(browseStateQuery(state)).toBe("?q=git+hub&riskiest=high&sort=risk");
    expect(parseBrowseState(browseStateQuery(state))).toEqual(state);
    expect(parseBrowseState("?riskiest=extreme&sort=random")).toEqual(DEFAULT_BROWSE_STATE);
    expect(browseStateQuery(DEFAULT_BROWSE_STATE)).toBe("");
  });
});
