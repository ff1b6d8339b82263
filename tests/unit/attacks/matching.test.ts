import path from "node:path";
import { describe, expect, it } from "vitest";
import { attackLinksForTool, attacksForTool, loadAttacks, matchAttack, toolsForAttack, type AttackEntry } from "@/lib/content/attacks";
import type { Catalogue, ToolEntry } from "@/lib/content";
import { loadCatalogue } from "@/lib/content/load";
import { SIGNALS, type SignalId } from "@/lib/taxonomy";

const attacks = loadAttacks(path.resolve("content", "attacks"), { requireSignalPages: true });
const catalogue = loadCatalogue([path.resolve("content")]);
const seed = (name: string) => catalogue.servers.flatMap((s) => s.tools).find((t) => t.name === name)!;

function tool(name: string, facts: Partial<ToolEntry>): ToolEntry {
  return {
    name,
    server: "demo",
    slug: name,
    description: "",
    category: "read",
    risk: "low",
    rationale: "r",
    signals: [],
    roles: [],
    evidence: ["e"],
    policy: { version: "1", default: "deny" },
    inputSchema: {},
    source: "test",
    reviewed: false,
    notes: "",
    file: `${name}.md`,
    ...facts,
  };
}

describe("attacksForTool", () => {
  it("links every attack that the tool's signals name in the taxonomy", () => {
    for (const name of ["batch_export_sessions", "terminate_session", "forward_message", "focus_export_session"]) {
      const t = seed(name);
      const expected = new Set(t.signals.flatMap((s) => [...SIGNALS[s as SignalId].attacks]));
      const linked = new Set(attacksForTool(t, attacks).map((a) => a.slug));
      for (const slug of expected) expect(linked, `${name} -> ${slug}`).toContain(slug);
    }
  });

  it("puts attacks matched by signal before those matched by category or role", () => {
    const plainDelete = attacksForTool(tool("delete_note", { category: "destructive", signals: ["locks-out"] }), attacks).map((a) => a.slug);
    expect(plainDelete.indexOf("confused-deputy")).toBeLessThan(plainDelete.indexOf("destructive-bulk-operations"));
  });

  it("links nothing to a tool with no signals, roles or concerned category", () => {
    expect(attacksForTool(tool("add_numbers", { category: "read" }), attacks)).toEqual([]);
  });

  it("gives links with the signals that lead to each, empty for category-only links", () => {
    const links = attackLinksForTool(tool("drop_table", { category: "destructive" }), attacks);
    expect(links.find((l) => l.slug === "destructive-bulk-operations")).toMatchObject({ because: [], title: "Destructive bulk operations" });
    const creds = attackLinksForTool(seed("batch_export_sessions"), attacks).find((l) => l.slug === "credential-theft");
    expect(creds?.because).toEqual(["exposes-credentials"]);
  });
});

describe("toolsForAttack", () => {
  const attack: AttackEntry = { ...attacks.find((a) => a.slug === "destructive-bulk-operations")! };
  const synthetic: Catalogue = {
    servers: [
      {
        slug: "zeta",
        title: "Zeta",
        description: "",
        source: "test",
        notes: "",
        file: "server.md",
        tools: [
          tool("delete_one", { server: "zeta", category: "destructive", risk: "high" }),
          tool("wipe_all", { server: "zeta", category: "destructive", risk: "critical", signals: ["bulk-operation", "irreversible"] }),
          tool("mass_send", { server: "zeta", category: "write", risk: "high", signals: ["bulk-operation"] }),
          tool("read_notes", { server: "zeta", category: "read", risk: "low" }),
        ],
      },
    ],
  };

  it("lists the tools sharing its signals, category or roles, riskiest first, then most signals shared", () => {
    const found = toolsForAttack(attack, synthetic);
    expect(found.map((f) => f.tool.name)).toEqual(["wipe_all", "mass_send", "delete_one"]);
    expect(found[0]?.match).toEqual({ signals: ["bulk-operation", "irreversible"], category: true, roles: [] });
    expect(found[0]?.server).toEqual({ slug: "zeta", title: "Zeta" });
  });

  it("finds the seed tools on the pages about them", () => {
    const names = (slug: string) => toolsForAttack(attacks.find((a) => a.slug === slug)!, catalogue).map((f) => f.tool.name);
    expect(names("credential-theft")).toContain("batch_export_sessions");
    expect(names("path-traversal")).toContain("focus_export_session");
    expect(names("data-exfiltration")).toContain("forward_message");
    expect(names("destructive-bulk-operations")).toEqual(expect.arrayContaining(["terminate_session", "batch_export_sessions"]));
  });

  it("matchAttack says why", () => {
    expect(matchAttack(seed("forward_message"), attacks.find((a) => a.slug === "data-exfiltration")!)).toEqual({
      signals: ["private-data", "sends-externally"],
      category: false,
      roles: ["public-sink"],
    });
  });
});
