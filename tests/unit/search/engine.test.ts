import { describe, expect, it } from "vitest";
import { buildSearchIndex, type BuildOptions } from "@/lib/search/build";
import { SearchEngine, withinOneEdit } from "@/lib/search/engine";
import { NO_FILTERS } from "@/lib/search/facets";
import { textTerms, nameTerms } from "@/lib/search/tokenize";
import type { SearchRecord } from "@/lib/search/types";
import { syntheticServers } from "@/lib/synth/generate";
import { indexRecords } from "@/lib/search/records";

/** A small hand-made corpus; tiny shards and chunks so sharding, completions and overflow are all exercised. */
const FIXTURE: SearchRecord[] = [
  { kind: "server", name: "telegram-mcp-complete", title: "Telegram MCP", description: "Run many Telegram accounts from one agent.", risk: "critical", href: "/servers/telegram-mcp-complete/" },
  { kind: "tool", name: "terminate_session", server: "telegram-mcp-complete", title: "终止会话", description: "终止指定会话", risk: "critical", category: "destructive", href: "/servers/telegram-mcp-complete/terminate_session/" },
  { kind: "tool", name: "terminate_all_sessions", server: "telegram-mcp-complete", description: "Ends every other session of the account.", risk: "critical", category: "destructive" },
  { kind: "tool", name: "batch_export_sessions", server: "telegram-mcp-complete", description: "批量导出会话字符串", risk: "critical", category: "read" },
  { kind: "tool", name: "forward_message", server: "telegram-mcp-complete", description: "Forward a message to another chat.", risk: "medium", category: "write" },
  { kind: "server", name: "kubernetes", description: "Connect to a Kubernetes cluster and manage it.", risk: "critical" },
  { kind: "tool", name: "delete_pod", server: "kubernetes", description: "Deletes a pod.", risk: "high", category: "destructive" },
  { kind: "tool", name: "exec_in_pod", server: "kubernetes", description: "Runs a shell command in a pod.", risk: "critical", category: "execute" },
  { kind: "tool", name: "list_pods", server: "kubernetes", description: "Lists pods in a namespace.", risk: "low", category: "read" },
  { kind: "server", name: "stripe", description: "Payments over the Stripe API.", risk: "critical" },
  { kind: "tool", name: "create_refund", server: "stripe", description: "Refunds a charge.", risk: "critical", category: "financial" },
  { kind: "tool", name: "list_charges", server: "stripe", description: "Lists charges.", risk: "low", category: "read" },
  { kind: "server", name: "session-notes", description: "Notes kept per session; its tools are not classified yet.", repository: "https://example.com/session-notes" },
  { kind: "server", name: "sessionize", description: "Conference schedules." },
];

function engineFor(records: SearchRecord[], options: BuildOptions = { shardChars: 400, inline: 3, chunk: 4, docShardSize: 2, completions: 4 }) {
  const built = buildSearchIndex(records, options);
  const loaded: string[] = [];
  const engine = new SearchEngine(async (path) => {
    const body = built.files.get(path);
    if (body === undefined) throw new Error(`no file ${path}`);
    loaded.push(path);
    return body;
  });
  return { engine, built, loaded };
}

const names = (hits: { name: string }[]) => hits.map((h) => h.name);

describe("ranking", () => {
  const { engine, built } = engineFor(FIXTURE);

  it("splits the dictionary into several shards with completions for prefixes across them", () => {
    expect(built.manifest.keys.length).toBeGreaterThan(5);
    expect([...built.files.keys()].some((f) => f.startsWith("t/") && built.files.get(f)!.includes('"x":'))).toBe(true);
  });

  it("puts the exact name first", async () => {
    const result = await engine.search("terminate_session", NO_FILTERS);
    expect(result.hits[0]?.name).toBe("terminate_session");
    expect(names(result.hits)).toContain("terminate_all_sessions");
  });

  it("finds by prefix, name matches before text matches", async () => {
    const result = await engine.search("kube", NO_FILTERS);
    expect(result.hits[0]?.name).toBe("kubernetes");
    expect(result.terms).toContain("kubernetes");
  });

  it("tolerates one typo in words of four letters or more", async () => {
    expect((await engine.search("telgram", NO_FILTERS)).hits[0]?.name).toBe("telegram-mcp-complete");
    expect((await engine.search("kubernets", NO_FILTERS)).hits[0]?.name).toBe("kubernetes");
    expect((await engine.search("strpie", NO_FILTERS)).hits[0]?.name).toBe("stripe");
    expect((await engine.search("qzx", NO_FILTERS)).hits).toEqual([]);
  });

  it("ranks exact above prefix above typo", async () => {
    const result = await engine.search("session", NO_FILTERS);
    const order = names(result.hits);
    // "session" exact (name part) beats "sessions"/"sessionize" prefixes.
    expect(order.indexOf("terminate_session")).toBeLessThan(order.indexOf("sessionize"));
    expect(order.indexOf("session-notes")).toBeLessThan(order.indexOf("sessionize"));
  });

  it("finds Chinese text by its words", async () => {
    expect(names((await engine.search("会话", NO_FILTERS)).hits)).toEqual(["terminate_session", "batch_export_sessions"]);
    expect(names((await engine.search("导出会话", NO_FILTERS)).hits)).toEqual(["batch_export_sessions"]);
    expect(names((await engine.search("终止", NO_FILTERS)).hits)).toEqual(["terminate_session"]);
  });

  it("requires every word, and says so when it falls back to some", async () => {
    const both = await engine.search("telegram forward", NO_FILTERS);
    expect(names(both.hits)).toEqual(["forward_message"]);
    expect(both.partial).toBe(false);
    const none = await engine.search("forward refund", NO_FILTERS);
    expect(none.partial).toBe(true);
    expect(names(none.hits).sort()).toEqual(["create_refund", "forward_message"]);
  });

  it("finds a server with no tool list and gives what its detail view needs", async () => {
    const found = await engine.findServer("session-notes");
    expect(found.hits).toHaveLength(1);
    expect(found.hits[0]).toMatchObject({ kind: "server", repository: "https://example.com/session-notes" });
    expect(found.hits[0]?.risk).toBeUndefined();
  });
});

describe("filters", () => {
  const { engine } = engineFor(FIXTURE);

  it("combine with AND across facets and OR within one", async () => {
    const critical = await engine.search("session", { risk: ["critical"], category: [] });
    expect(critical.hits.every((h) => h.risk === "critical")).toBe(true);
    const destructiveCritical = await engine.search("pod", { risk: ["critical", "high"], category: ["destructive"] });
    expect(names(destructiveCritical.hits)).toEqual(["delete_pod"]);
    const either = await engine.search("pod", { risk: [], category: ["destructive", "execute"] });
    expect(names(either.hits).sort()).toEqual(["delete_pod", "exec_in_pod"]);
  });

  it("match servers by their highest risk, leave them out for a category, and leave unclassified servers out of any filter", async () => {
    expect(names((await engine.search("kubernetes", { risk: ["critical"], category: [] })).hits)).toContain("kubernetes");
    expect(names((await engine.search("kubernetes", { risk: [], category: ["read"] })).hits)).toEqual(["list_pods"]);
    expect(names((await engine.search("sessionize", { risk: ["low", "medium", "high", "critical"], category: [] })).hits)).toEqual([]);
    expect(names((await engine.search("sessionize", NO_FILTERS)).hits)).toEqual(["sessionize"]);
  });
});

describe("at scale, with long posting lists split into chunks", () => {
  const records = indexRecords([...syntheticServers(300, 7)], { servers: [] });
  const { engine, built, loaded } = engineFor(records, { shardChars: 3000, inline: 20, chunk: 50, docShardSize: 8, completions: 6 });

  /** Brute force: documents whose name or text holds the term exactly. */
  const holding = (term: string) =>
    records
      .map((r, id) => ({ r, id }))
      .filter(({ r }) => nameTerms(r.name).includes(term) || textTerms(`${r.description} ${r.server ?? ""}`).includes(term) || nameTerms(r.server ?? "").includes(term) || nameTerms(r.title ?? "").includes(term));

  const termsOf = (id: number) => {
    const r = records[id]!;
    return [...nameTerms(r.name), ...textTerms(`${r.description} ${r.server ?? ""}`), ...nameTerms(r.server ?? ""), ...nameTerms(r.title ?? "")];
  };
  const matches = (word: string, term: string) => term.startsWith(word) || withinOneEdit(word, term);

  it("writes overflow chunks", () => {
    expect([...built.files.keys()].filter((f) => f.startsWith("o/")).length).toBeGreaterThan(10);
  });

  it("returns every filtered match of a common word, reading further chunks as needed", async () => {
    const expected = holding("delete")
      .filter(({ r }) => r.risk === "critical" && r.category === "destructive")
      .map(({ id }) => id);
    expect(expected.length).toBeGreaterThan(3);
    const result = await engine.search("delete", { risk: ["critical"], category: ["destructive"] }, 10_000);
    const ids = result.hits.map((h) => h.id);
    for (const id of expected) expect(ids).toContain(id);
    expect(result.hits.every((h) => h.risk === "critical" && h.category === "destructive")).toBe(true);
  });

  it("intersects two words exactly", async () => {
    const a = new Set(holding("search").map(({ id }) => id));
    const expected = holding("users").filter(({ id }) => a.has(id)).map(({ id }) => id);
    expect(expected.length).toBeGreaterThan(2);
    const result = await engine.search("search users", NO_FILTERS, 10_000);
    const ids = new Set(result.hits.map((h) => h.id));
    for (const id of expected) expect(ids.has(id)).toBe(true);
    expect(result.partial).toBe(false);
    // And nothing else: every hit holds both words (a union instead of an intersection fails here).
    for (const hit of result.hits) {
      expect(termsOf(hit.id).some((t) => matches("search", t)), `hit ${hit.id} lacks "search"`).toBe(true);
      expect(termsOf(hit.id).some((t) => matches("users", t)), `hit ${hit.id} lacks "users"`).toBe(true);
    }
  });

  it("reads further into long lists before falling back to results with only some words", async () => {
    const fresh = engineFor(records, { shardChars: 3000, inline: 20, chunk: 50, docShardSize: 8, completions: 6 });
    const result = await fresh.engine.search("search users", NO_FILTERS, 3);
    expect(result.partial).toBe(false);
    expect(result.hits.length).toBe(3);
    for (const hit of result.hits) {
      expect(termsOf(hit.id).some((t) => matches("search", t))).toBe(true);
      expect(termsOf(hit.id).some((t) => matches("users", t))).toBe(true);
    }
  });

  it("loads only what a query needs", async () => {
    loaded.length = 0;
    const fresh = engineFor(records, { shardChars: 3000, inline: 20, chunk: 50, docShardSize: 8, completions: 6 });
    await fresh.engine.search("delete", NO_FILTERS, 10);
    const termShards = fresh.loaded.filter((f) => f.startsWith("t/")).length;
    const allShards = [...fresh.built.files.keys()].filter((f) => f.startsWith("t/")).length;
    expect(fresh.loaded[0]).toBe("manifest.json");
    expect(termShards).toBe(1);
    expect(allShards).toBeGreaterThan(20);
    expect(fresh.loaded.filter((f) => f.startsWith("d/")).length).toBeLessThanOrEqual(10);
  });
});
