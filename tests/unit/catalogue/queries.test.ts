import { describe, expect, it } from "vitest";
import {
  catalogueCounts,
  coverage,
  dataFlowWarning,
  featuredServers,
  findTool,
  impactSummary,
  relatedTools,
  riskMix,
  riskiestTools,
  serverPolicy,
  toolsAtRisk,
  toolsInCategory,
} from "@/lib/catalogue/queries";
import { parsePolicy } from "@/lib/policy/schema";
import { server, tool } from "./entries";

const a = [
  tool("read_a", "low", "read"),
  tool("send", "medium", "write", { roles: ["public-sink"], signals: ["sends-externally"] }),
  tool("wipe", "critical", "destructive", { signals: ["bulk-operation"] }),
  tool("delete_one", "high", "destructive", { signals: ["irreversible"] }),
  tool("shell", "critical", "execute"),
  tool("pay", "critical", "financial"),
  tool("fetch_page", "low", "read", { roles: ["untrusted-input"] }),
];
const b = [tool("list", "low", "read", { server: "other" }), tool("drop_all", "critical", "destructive", { server: "other", signals: ["bulk-operation"] })];
const catalogue = { servers: [server("srv", a, { toolCount: 10 }), server("other", b)] };

describe("counts", () => {
  it("counts risk levels and categories across servers", () => {
    const counts = catalogueCounts(catalogue);
    expect(counts).toMatchObject({ servers: 2, tools: 9 });
    expect(counts.risk).toEqual({ low: 3, medium: 1, high: 1, critical: 4 });
    expect(counts.category).toEqual({ read: 3, write: 1, destructive: 3, execute: 1, financial: 1 });
  });

  it("sums a server's impact by what its tools can do", () => {
    expect(impactSummary(a)).toEqual({ change: 1, destroy: 2, execute: 1, spend: 1, read: 2 });
    expect(riskMix([])).toEqual({ low: 0, medium: 0, high: 0, critical: 0 });
  });
});

describe("riskiest tools", () => {
  it("orders by level, then by how strong the category is, and leaves out low risk", () => {
    expect(riskiestTools(a, 10).map((t) => t.name)).toEqual(["pay", "shell", "wipe", "delete_one", "send"]);
    expect(riskiestTools(a, 2)).toHaveLength(2);
    expect(riskiestTools([tool("x", "low", "read")])).toEqual([]);
  });
});

describe("listings", () => {
  it("lists tools of one level or category from every server", () => {
    expect(toolsAtRisk(catalogue, "critical").map((t) => t.name)).toEqual(["pay", "shell", "drop_all", "wipe"]);
    expect(toolsInCategory(catalogue, "destructive").map((t) => t.name)).toEqual(["drop_all", "wipe", "delete_one"]);
  });

  it("finds a tool by server and tool slug, and nothing for a wrong pair", () => {
    expect(findTool(catalogue, "other", "list")?.tool.name).toBe("list");
    expect(findTool(catalogue, "srv", "list")).toBeUndefined();
  });

  it("features the servers with the most dangerous tools first", () => {
    expect(featuredServers(catalogue, 1).map((s) => s.slug)).toEqual(["srv"]);
  });
});

describe("server policy", () => {
  it("merges every tool's policy into one that validates and names every tool", () => {
    const policy = serverPolicy(catalogue.servers[0]!);
    expect(parsePolicy(policy).ok).toBe(true);
    expect(policy.default).toBe("deny");
    expect(policy.hide).toEqual(["pay", "shell", "wipe"]);
    expect(Object.keys(policy.tools ?? {}).sort()).toEqual(["delete_one", "fetch_page", "read_a", "send"]);
  });

  it("says N of M only when the server lists more tools than we hold", () => {
    expect(coverage(catalogue.servers[0]!)).toEqual({ catalogued: 7, total: 10 });
    expect(coverage(catalogue.servers[1]!)).toBeUndefined();
    expect(coverage(server("s", [tool("x", "low", "read")], { toolCount: 1 }))).toBeUndefined();
  });
});

describe("data-flow warning", () => {
  it("warns only when untrusted input, private data and a public sink are all present, naming the tools", () => {
    expect(dataFlowWarning(a)).toBeUndefined();
    const withPrivate = [...a, tool("read_mail", "medium", "read", { roles: ["private-data"] })];
    const warning = dataFlowWarning(withPrivate);
    expect(warning?.untrustedInput.map((t) => t.name)).toEqual(["fetch_page"]);
    expect(warning?.privateData.map((t) => t.name)).toEqual(["read_mail"]);
    expect(warning?.publicSink.map((t) => t.name)).toEqual(["send"]);
  });

  it("counts one tool that plays all three roles", () => {
    expect(dataFlowWarning([tool("browser", "high", "write", { roles: ["untrusted-input", "private-data", "public-sink"] })])).toBeDefined();
  });
});

describe("related tools", () => {
  it("prefers siblings sharing category or signals, then same-verdict tools elsewhere, never the tool itself", () => {
    const wipe = a.find((t) => t.name === "wipe")!;
    const related = relatedTools(catalogue, wipe, 3).map((t) => t.name);
    expect(related).not.toContain("wipe");
    expect(related[0]).toBe("delete_one");
    expect(related).toContain("drop_all");
    expect(related).toHaveLength(3);
  });
});
