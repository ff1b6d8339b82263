import path from "node:path";
import { describe, expect, it } from "vitest";
import { faqJsonLd, toolFaq } from "@/lib/catalogue/faq";
import { catalogueJsonLines, policyFileText, serverRecord, serversListing, toolRecord } from "@/lib/catalogue/records";
import { sitemapPaths } from "@/lib/catalogue/sitemap";
import { loadAttacks } from "@/lib/content/attacks";
import { loadCatalogue } from "@/lib/content/load";
import { parsePolicy } from "@/lib/policy/schema";
import { server, tool } from "./entries";

const root = path.resolve(import.meta.dirname, "../../..");
const committed = loadCatalogue([path.join(root, "content")]);

describe("machine-readable records", () => {
  it("writes one JSON line per tool, each with a valid policy and no local file paths", () => {
    const text = catalogueJsonLines(committed);
    const lines = text.split("\n");
    expect(lines.pop()).toBe("");
    const toolCount = committed.servers.reduce((sum, s) => sum + s.tools.length, 0);
    expect(lines).toHaveLength(toolCount);
    for (const line of lines) {
      const record = JSON.parse(line) as Record<string, unknown>;
      expect(record).not.toHaveProperty("file");
      expect(parsePolicy(record.policy).ok).toBe(true);
      expect(record.url).toMatch(/\/servers\/[a-z0-9_-]+\/[a-z0-9_-]+\/$/);
    }
  });

  it("keeps descriptions verbatim, Chinese included", () => {
    const record = toolRecord(committed.servers.flatMap((s) => s.tools).find((t) => t.name === "batch_export_sessions")!);
    expect(record.description).toBe("批量导出多个账号的Session字符串");
    expect(record.risk).toBe("critical");
  });

  it("summarises servers with counts and links, and gives each server its merged policy", () => {
    const listing = serversListing(committed);
    const telegram = listing.servers.find((s) => s.slug === "telegram-mcp-complete")!;
    expect(telegram.toolCount).toBe(153);
    expect(telegram.catalogued).toBe(committed.servers.find((s) => s.slug === "telegram-mcp-complete")!.tools.length);
    expect(telegram.dataUrl).toMatch(/\/data\/servers\/telegram-mcp-complete\.json$/);
    const record = serverRecord(committed.servers[0]!);
    expect(parsePolicy(record.policy).ok).toBe(true);
    expect(record.tools).toHaveLength(committed.servers[0]!.tools.length);
  });

  it("serves policy files pretty-printed with a final newline, parsing back to the policy", () => {
    const policy = committed.servers[0]!.tools[0]!.policy;
    const text = policyFileText(policy);
    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(text)).toEqual(policy);
  });
});

describe("questions and answers", () => {
  it("answers from the entry and builds schema.org FAQPage", () => {
    const t = tool("wipe", "critical", "destructive");
    const s = server("srv", [t, tool("pay", "critical", "financial")], { repository: "https://example.com/r" });
    const faq = toolFaq(t, s);
    expect(faq[0]!.answer).toContain("critical risk");
    expect(faq.some((e) => e.answer.includes("hidden from the agent"))).toBe(true);
    expect(faq.at(-1)!.answer).toContain("pay (critical)");
    const jsonLd = faqJsonLd(faq) as { "@type": string; mainEntity: unknown[] };
    expect(jsonLd["@type"]).toBe("FAQPage");
    expect(jsonLd.mainEntity).toHaveLength(faq.length);
  });
});

describe("sitemap", () => {
  it("lists every server, tool and attack page once", () => {
    const attacks = loadAttacks(path.join(root, "content", "attacks"));
    const paths = sitemapPaths(committed, attacks);
    expect(new Set(paths).size).toBe(paths.length);
    for (const s of committed.servers) for (const t of s.tools) expect(paths).toContain(`/servers/${s.slug}/${t.slug}/`);
    expect(attacks.length).toBeGreaterThan(0);
    for (const a of attacks) expect(paths).toContain(`/attacks/${a.slug}/`);
    expect(paths).toContain("/method/");
  });
});
