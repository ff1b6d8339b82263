import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "@/lib/search/build";
import { SearchEngine } from "@/lib/search/engine";
import { NO_FILTERS } from "@/lib/search/facets";
import { identifyingName, orderShown } from "@/lib/search/rank";
import type { SearchRecord } from "@/lib/search/types";

describe("the names that identify a server", () => {
  it("drops the words every server name shares and any owner", () => {
    expect(identifyingName("modelcontextprotocol-server-github")).toBe("github");
    expect(identifyingName("GitHub (archived MCP reference server)")).toBe("github");
    expect(identifyingName("github-official")).toBe("github");
    expect(identifyingName("io.github.gongrzhe/redis-mcp-server")).toBe("redis");
    expect(identifyingName("github-chat")).toBe("githubchat");
    expect(identifyingName("MCP Server")).toBe("mcpserver");
  });
});

describe("the order of what is shown", () => {
  const hit = (name: string, extra: Partial<SearchRecord> = {}) => ({ kind: "server" as const, name, ...extra });

  it("puts a catalogued server before index-only entries of the same name, and both before the rest", () => {
    const hits = [hit("github-chat"), hit("github", { title: "GitHub (Archived)" }), hit("github-mcp-server", { title: "GitHub MCP Server", href: "/servers/github-mcp-server/" })];
    expect(orderShown(hits, "github", ["github"]).map((h) => h.name)).toEqual(["github-mcp-server", "github", "github-chat"]);
  });

  it("keeps the engine's order within each tier", () => {
    const hits = [hit("b"), hit("a"), hit("c")];
    expect(orderShown(hits, "x", ["x"])).toEqual(hits);
  });
});

describe("searching a name that an index-only entry has exactly", () => {
  // Catalogue first (rank order), then the index, as the build writes them.
  const records: SearchRecord[] = [
    { kind: "server", name: "github-mcp-server", title: "GitHub MCP Server", description: "GitHub's own server.", risk: "critical", href: "/servers/github-mcp-server/" },
    { kind: "tool", name: "create_issue", server: "github-mcp-server", description: "Opens an issue on GitHub.", risk: "medium", category: "write", href: "/servers/github-mcp-server/create_issue/" },
    { kind: "server", name: "modelcontextprotocol-server-github", title: "GitHub (archived MCP reference server)", description: "The original GitHub server.", risk: "critical", href: "/servers/modelcontextprotocol-server-github/" },
    { kind: "server", name: "github-chat", title: "GitHub Chat", description: "Ask about repositories." },
    { kind: "server", name: "github", title: "GitHub (Archived)", description: "Tools for the GitHub API." },
  ];
  const built = buildSearchIndex(records);
  const engine = new SearchEngine(async (path) => built.files.get(path) ?? Promise.reject(new Error(path)));

  it("shows the catalogued servers first", async () => {
    const names = (await engine.search("github", NO_FILTERS, 8)).hits.map((h) => h.name);
    expect(names.slice(0, 3)).toEqual(["github-mcp-server", "modelcontextprotocol-server-github", "github"]);
  });

  it("still puts an exact tool name first when it has a page", async () => {
    expect((await engine.search("create_issue", NO_FILTERS, 8)).hits[0]?.name).toBe("create_issue");
  });
});
