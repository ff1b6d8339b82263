import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { policyExports, type PolicyExport } from "@/lib/policy/exports";
import { parsePolicy, type Policy } from "@/lib/policy/schema";

function policy(value: unknown): Policy {
  const result = parsePolicy(value);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.policy;
}

const limit = { counter: "send", window: "minute", max: 30, scope: "grant" };
const mixed = policy({
  version: "1",
  default: "deny",
  hide: ["terminate_session"],
  tools: {
    get_me: { action: "allow" },
    forward_message: { action: "allow", limits: [limit] },
    send_file: { args: { path: { prefix: "/tmp/" } } },
    export_session: { action: "approve", reason: 'Writes "files".' },
    delete_chat: { action: "deny", reason: "Irreversible." },
  },
});
const SERVER = "telegram";
const TOOLS = ["get_me", "forward_message", "send_file", "export_session", "delete_chat", "terminate_session", "list_chats"];

function byId(exports: PolicyExport[], id: string): PolicyExport {
  const found = exports.find((e) => e.id === id);
  if (!found) throw new Error(`no export ${id}`);
  return found;
}

type TomlTable = Record<string, unknown>;

describe("policyExports", () => {
  const all = policyExports({ server: SERVER, policy: mixed, tools: TOOLS });

  it("offers the four formats, each with a file name and language", () => {
    expect(all.map((e) => [e.id, e.fileName, e.language])).toEqual([
      ["claude-code", "settings.json", "json"],
      ["gemini-cli-settings", "settings.json", "json"],
      ["gemini-cli-policy", "telegram.toml", "toml"],
      ["codex", "config.toml", "toml"],
    ]);
  });

  it("Claude Code: allow, ask and deny lists of mcp__server__tool rules; default deny spelled out", () => {
    const json = JSON.parse(byId(all, "claude-code").content);
    expect(json.permissions.allow).toEqual(["mcp__telegram__get_me", "mcp__telegram__forward_message"]);
    expect(json.permissions.ask.sort()).toEqual(["mcp__telegram__export_session", "mcp__telegram__send_file"]);
    expect(json.permissions.deny.sort()).toEqual(["mcp__telegram__delete_chat", "mcp__telegram__list_chats", "mcp__telegram__terminate_session"]);
    const caveats = byId(all, "claude-code").caveats.join("\n");
    expect(caveats).toMatch(/cannot rate-limit: "forward_message" should get at most 30 calls a minute per identity/);
    expect(caveats).toMatch(/cannot check arguments: for "send_file", "path" must be text starting with "\/tmp\/"/);
    expect(caveats).toMatch(/no "hide"/);
  });

  it("Claude Code: default allow allows the whole server, and unknown tools get a caveat under default deny", () => {
    const allow = byId(policyExports({ server: SERVER, policy: { ...mixed, default: "allow" } }), "claude-code");
    expect(JSON.parse(allow.content).permissions.allow).toContain("mcp__telegram");
    const unknown = byId(policyExports({ server: SERVER, policy: mixed }), "claude-code");
    expect(unknown.caveats.join("\n")).toMatch(/full tool list was not given/);
  });

  it("Gemini CLI settings: includeTools and excludeTools under mcpServers.<server>", () => {
    const exp = byId(all, "gemini-cli-settings");
    const entry = JSON.parse(exp.content).mcpServers[SERVER];
    expect(entry.includeTools.sort()).toEqual(["export_session", "forward_message", "get_me", "send_file"]);
    expect(entry.excludeTools.sort()).toEqual(["delete_chat", "terminate_session"]);
    expect(entry.trust).toBe(false);
    expect(exp.caveats.join("\n")).toMatch(/cannot rate-limit/);
  });

  it("Gemini CLI settings: default allow only excludes; nothing allowed excludes every known tool", () => {
    const allow = JSON.parse(byId(policyExports({ server: SERVER, policy: { ...mixed, default: "allow" }, tools: TOOLS }), "gemini-cli-settings").content);
    expect(allow.mcpServers[SERVER].includeTools).toBeUndefined();
    const none = policy({ version: "1", default: "deny", hide: ["a"] });
    const entry = JSON.parse(byId(policyExports({ server: SERVER, policy: none, tools: ["a", "b"] }), "gemini-cli-settings").content).mcpServers[SERVER];
    expect(entry.includeTools).toBeUndefined();
    expect(entry.excludeTools.sort()).toEqual(["a", "b"]);
  });

  it("Gemini CLI policy engine: one [[rule]] per tool above a server-wide default rule", () => {
    const doc = parseToml(byId(all, "gemini-cli-policy").content) as { rule: TomlTable[] };
    const decisionOf = (tool?: string) => doc.rule.filter((r) => r.toolName === tool).map((r) => r.decision);
    expect(doc.rule.every((r) => r.mcpName === SERVER)).toBe(true);
    expect(decisionOf("terminate_session")).toEqual(["deny"]);
    expect(decisionOf("delete_chat")).toEqual(["deny"]);
    expect(decisionOf("export_session")).toEqual(["ask_user"]);
    expect(decisionOf("send_file")).toEqual(["ask_user"]);
    expect(decisionOf("get_me")).toEqual(["allow"]);
    expect(decisionOf(undefined)).toEqual(["deny"]);
    const serverWide = doc.rule.find((r) => r.toolName === undefined)!;
    expect(doc.rule.filter((r) => r.toolName !== undefined).every((r) => (r.priority as number) > (serverWide.priority as number))).toBe(true);
    expect(doc.rule.find((r) => r.toolName === "delete_chat")!.denyMessage).toBe("Irreversible.");
    for (const r of doc.rule) {
      expect(r.priority).toBeGreaterThanOrEqual(0);
      expect(r.priority).toBeLessThanOrEqual(999);
    }
  });

  it("Codex: enabled_tools, disabled_tools and per-tool approval_mode", () => {
    const doc = parseToml(byId(all, "codex").content) as { mcp_servers: Record<string, TomlTable> };
    const server = doc.mcp_servers[SERVER]!;
    expect((server.enabled_tools as string[]).sort()).toEqual(["export_session", "forward_message", "get_me", "send_file"]);
    expect((server.disabled_tools as string[]).sort()).toEqual(["delete_chat", "terminate_session"]);
    expect(server.default_tools_approval_mode).toBe("prompt");
    const tools = server.tools as Record<string, { approval_mode: string }>;
    expect(tools.get_me?.approval_mode).toBe("approve");
    expect(tools.forward_message?.approval_mode).toBe("approve");
    expect(tools.send_file?.approval_mode).toBe("prompt");
    expect(tools.export_session?.approval_mode).toBe("prompt");
    expect(tools.delete_chat).toBeUndefined();
  });

  it("Codex: turns the server off when nothing is allowed, and approves unnamed tools under default allow", () => {
    const none = parseToml(byId(policyExports({ server: SERVER, policy: policy({ version: "1", default: "deny" }) }), "codex").content) as { mcp_servers: Record<string, TomlTable> };
    expect(none.mcp_servers[SERVER]!.enabled).toBe(false);
    const allow = parseToml(byId(policyExports({ server: SERVER, policy: policy({ version: "1", default: "allow" }) }), "codex").content) as { mcp_servers: Record<string, TomlTable> };
    expect(allow.mcp_servers[SERVER]!.default_tools_approval_mode).toBe("approve");
    expect(allow.mcp_servers[SERVER]!.enabled_tools).toBeUndefined();
  });

  it("keeps hostile tool names intact through JSON and TOML", () => {
    const names = ['a"b', "c\\d", "e\nf", "批量导出", "x.y", "[z]", "# not a comment"];
    const p = policy({ version: "1", default: "deny", hide: [names[0]], tools: Object.fromEntries(names.slice(1).map((n) => [n, { action: "approve" }])) });
    const exports = policyExports({ server: "srv", policy: p, tools: names });
    const codex = parseToml(byId(exports, "codex").content) as { mcp_servers: { srv: TomlTable } };
    expect(Object.keys(codex.mcp_servers.srv.tools as TomlTable).sort()).toEqual(names.slice(1).sort());
    expect(codex.mcp_servers.srv.disabled_tools).toEqual([names[0]]);
    const gemini = parseToml(byId(exports, "gemini-cli-policy").content) as { rule: TomlTable[] };
    expect(gemini.rule.map((r) => r.toolName).filter(Boolean).sort()).toEqual([...names].sort());
    const claude = JSON.parse(byId(exports, "claude-code").content);
    expect(claude.permissions.ask).toContain("mcp__srv__批量导出");
  });

  it("has no caveats about limits or arguments when the policy has none", () => {
    const simple = policy({ version: "1", default: "deny", tools: { a: {} } });
    for (const e of policyExports({ server: "srv", policy: simple, tools: ["a"] })) {
      expect(e.caveats.join("\n")).not.toMatch(/rate-limit|check arguments/);
    }
  });
});
