import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataFlowWarning } from "@/lib/catalogue/queries";
import { loadCatalogue } from "@/lib/content/load";
import type { ToolEntry } from "@/lib/content/schema";

// The committed catalogue is what a fresh clone shows; it must load and follow the policy table.
const catalogue = loadCatalogue([path.resolve("content")]);
const tools = catalogue.servers.flatMap((s) => s.tools);
// Sending tools of servers with an exfiltration path need approval whatever their level.
const heldForApproval = new Set(catalogue.servers.flatMap((s) => dataFlowWarning(s.tools)?.publicSink ?? []));

function ruleKind(tool: ToolEntry): "hide" | "allow" | "limit" | "approve" | "deny" | "none" {
  if (tool.policy.hide?.includes(tool.name)) return "hide";
  const rule = tool.policy.tools?.[tool.name];
  if (!rule) return "none";
  if (rule.action === "approve") return "approve";
  if (rule.action === "deny") return "deny";
  return rule.limits?.length ? "limit" : "allow";
}

describe("the committed catalogue", () => {
  it("has the seed servers with their seed tools", () => {
    const bySlug = new Map(catalogue.servers.map((s) => [s.slug, s]));
    expect(bySlug.get("telegram-mcp-complete")?.tools.map((t) => t.name)).toEqual(
      expect.arrayContaining(["batch_export_sessions", "terminate_session", "forward_message"]),
    );
    expect(bySlug.get("tachibot")?.tools.map((t) => t.name)).toContain("focus_export_session");
  });

  it.each(tools.map((t) => [`${t.server}/${t.name}`, t] as const))("%s: policy follows its risk level and the server's data flows", (_, tool) => {
    const byLevel = { low: ["allow"], medium: ["limit"], high: ["approve"], critical: ["hide"] }[tool.risk];
    const expected = heldForApproval.has(tool) && tool.risk !== "critical" ? ["approve"] : byLevel;
    expect(expected).toContain(ruleKind(tool));
    const rule = tool.policy.tools?.[tool.name];
    if (rule) expect(rule.reason?.length ?? 0).toBeGreaterThan(10);
  });

  it("rates the seed tools as the issue describes", () => {
    const find = (server: string, name: string) => tools.find((t) => t.server === server && t.name === name)!;
    expect(find("telegram-mcp-complete", "batch_export_sessions")).toMatchObject({ risk: "critical", description: "批量导出多个账号的Session字符串" });
    expect(find("telegram-mcp-complete", "terminate_session")).toMatchObject({ category: "destructive", description: "终止指定会话" });
    expect(find("telegram-mcp-complete", "forward_message")).toMatchObject({ category: "write", description: "转发消息到另一个聊天" });
    expect(find("tachibot", "focus_export_session").description).toBe("Export a session in different formats for sharing or archiving");
  });
});
