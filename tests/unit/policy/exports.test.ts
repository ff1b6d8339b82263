import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { caveatSummary, policyExport, policyExports, type PolicyExport } from "@/lib/policy/exports";
import { geminiToolName } from "@/lib/policy/exports/gemini-policy";
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

function texts(exported: PolicyExport): string {
  return exported.caveats.map((c) => c.text).join("\n");
}

describe("policyExports", () => {
  const all = policyExports({ name: SERVER, policy: mixed, tools: TOOLS });

  it("offers the four formats, each with a file name and language", () => {
    expect(all.map((e) => [e.id, e.fileName, e.language])).toEqual([
      ["claude-code", "settings.json", "json"],
      ["gemini-settings", "settings.json", "json"],
      ["gemini-policy", "telegram.toml", "toml"],
      ["codex", "config.toml", "toml"],
    ]);
  });

  it("Claude Code: allow, ask and deny lists of mcp__server__tool rules; default deny spelled out", () => {
    const json = JSON.parse(byId(all, "claude-code").content);
    expect(json.permissions.allow).toEqual(["mcp__telegram__get_me", "mcp__telegram__forward_message"]);
    expect(json.permissions.ask.sort()).toEqual(["mcp__telegram__export_session", "mcp__telegram__send_file"]);
    expect(json.permissions.deny.sort()).toEqual(["mcp__telegram__delete_chat", "mcp__telegram__list_chats", "mcp__telegram__terminate_session"]);
    const caveats = texts(byId(all, "claude-code"));
    expect(caveats).toMatch(/cannot count calls: "forward_message" should get at most 30 calls a minute per identity/);
    expect(caveats).toMatch(/cannot check arguments: for "send_file", "path" must be text starting with "\/tmp\/"/);
    expect(caveats).toMatch(/no "hide"/);
  });

  it("Claude Code: default allow allows the whole server, and unknown tools get a caveat under default deny", () => {
    const allow = byId(policyExports({ name: SERVER, policy: { ...mixed, default: "allow" } }), "claude-code");
    expect(JSON.parse(allow.content).permissions.allow).toContain("mcp__telegram");
    const unknown = byId(policyExports({ name: SERVER, policy: mixed }), "claude-code");
    expect(texts(unknown)).toMatch(/full tool list was not given/);
  });

  it("Gemini CLI settings: includeTools and excludeTools under mcpServers.<server>", () => {
    const exp = byId(all, "gemini-settings");
    const entry = JSON.parse(exp.content).mcpServers[SERVER];
    expect(entry.includeTools.sort()).toEqual(["export_session", "forward_message", "get_me", "send_file"]);
    expect(entry.excludeTools.sort()).toEqual(["delete_chat", "terminate_session"]);
    expect(entry.trust).toBe(false);
    expect(texts(exp)).toMatch(/cannot count calls/);
  });

  it("Gemini CLI settings: default allow only excludes; nothing allowed excludes every known tool", () => {
    const allow = JSON.parse(byId(policyExports({ name: SERVER, policy: { ...mixed, default: "allow" }, tools: TOOLS }), "gemini-settings").content);
    expect(allow.mcpServers[SERVER].includeTools).toBeUndefined();
    const none = policy({ version: "1", default: "deny", hide: ["a"] });
    const entry = JSON.parse(byId(policyExports({ name: SERVER, policy: none, tools: ["a", "b"] }), "gemini-settings").content).mcpServers[SERVER];
    expect(entry.includeTools).toBeUndefined();
    expect(entry.excludeTools.sort()).toEqual(["a", "b"]);
  });

  it("Gemini CLI policy engine: one [[rule]] per tool above a server-wide default rule with toolName \"*\"", () => {
    const doc = parseToml(byId(all, "gemini-policy").content) as { rule: TomlTable[] };
    const decisionOf = (tool?: string) => doc.rule.filter((r) => r.toolName === tool).map((r) => r.decision);
    expect(doc.rule.every((r) => r.mcpName === SERVER)).toBe(true);
    expect(decisionOf("terminate_session")).toEqual(["deny"]);
    expect(decisionOf("delete_chat")).toEqual(["deny"]);
    expect(decisionOf("export_session")).toEqual(["ask_user"]);
    expect(decisionOf("send_file")).toEqual(["ask_user"]);
    expect(decisionOf("get_me")).toEqual(["allow"]);
    expect(decisionOf("*")).toEqual(["deny"]);
    expect(doc.rule.every((r) => typeof r.toolName === "string" && r.toolName !== "")).toBe(true);
    const serverWide = doc.rule.find((r) => r.toolName === "*")!;
    expect(doc.rule.filter((r) => r.toolName !== "*").every((r) => (r.priority as number) > (serverWide.priority as number))).toBe(true);
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
    const none = parseToml(byId(policyExports({ name: SERVER, policy: policy({ version: "1", default: "deny" }) }), "codex").content) as { mcp_servers: Record<string, TomlTable> };
    expect(none.mcp_servers[SERVER]!.enabled).toBe(false);
    const allow = parseToml(byId(policyExports({ name: SERVER, policy: policy({ version: "1", default: "allow" }) }), "codex").content) as { mcp_servers: Record<string, TomlTable> };
    expect(allow.mcp_servers[SERVER]!.default_tools_approval_mode).toBe("approve");
    expect(allow.mcp_servers[SERVER]!.enabled_tools).toBeUndefined();
  });

  it("keeps hostile tool names intact through JSON and TOML, or names them as the client does", () => {
    const names = ['a"b', "c\\d", "e\nf", "批量导出", "x.y", "[z]", "# not a comment"];
    const p = policy({ version: "1", default: "deny", hide: [names[0]], tools: Object.fromEntries(names.slice(1).map((n) => [n, { action: "approve" }])) });
    const exports = policyExports({ name: "srv", policy: p, tools: names });
    const codex = parseToml(byId(exports, "codex").content) as { mcp_servers: { srv: TomlTable } };
    expect(Object.keys(codex.mcp_servers.srv.tools as TomlTable).sort()).toEqual(names.slice(1).sort());
    expect(codex.mcp_servers.srv.disabled_tools).toEqual([names[0]]);
    // Gemini CLI calls these tools by generateValidName, and a rule must use that name.
    const gemini = parseToml(byId(exports, "gemini-policy").content) as { rule: TomlTable[] };
    const geminiRuleName = (n: string) => (geminiToolName("srv", n) === `mcp_srv_${n}` ? n : geminiToolName("srv", n));
    expect(gemini.rule.map((r) => r.toolName).sort()).toEqual(["*", ...names.map(geminiRuleName)].sort());
    expect(gemini.rule.find((r) => r.toolName === "x.y")?.mcpName).toBe("srv");
    expect(gemini.rule.filter((r) => r.toolName !== "*" && String(r.toolName).startsWith("mcp_")).every((r) => r.mcpName === undefined)).toBe(true);
    expect(texts(byId(exports, "gemini-policy"))).toMatch(/Gemini CLI renames/);
    // Claude Code rewrites what is not a letter, digit, "_" or "-" to "_".
    const claude = JSON.parse(byId(exports, "claude-code").content);
    expect(claude.permissions.ask).toContain("mcp__srv______");
    expect(claude.permissions.deny).toEqual(["mcp__srv__a_b"]);
    expect(texts(byId(exports, "claude-code"))).toMatch(/rewrites characters/);
  });

  it("says when two tools get the same name in a client, since no rule can tell them apart", () => {
    const p = policy({ version: "1", default: "deny", tools: { "a+b": { action: "allow" }, "a b": { action: "deny" } } });
    for (const id of ["claude-code", "gemini-policy"]) {
      expect(texts(byId(policyExports({ name: "srv", policy: p, tools: ["a+b", "a b"] }), id))).toMatch(/the same name \("?(mcp_srv_)?a_b"?\)/);
    }
  });

  it("has no caveats about limits or arguments when the policy has none", () => {
    const simple = policy({ version: "1", default: "deny", tools: { a: {} } });
    for (const e of policyExports({ name: "srv", policy: simple, tools: ["a"] })) {
      expect(texts(e)).not.toMatch(/count calls|check arguments/);
    }
  });
});

describe("the server's name in the person's client", () => {
  const exports = policyExports({ name: "github", policy: mixed, tools: TOOLS });

  it("is what every export's rules, tables and file names carry", () => {
    expect(JSON.parse(byId(exports, "claude-code").content).permissions.allow).toEqual(["mcp__github__get_me", "mcp__github__forward_message"]);
    expect(Object.keys(JSON.parse(byId(exports, "gemini-settings").content).mcpServers)).toEqual(["github"]);
    const gemini = byId(exports, "gemini-policy");
    expect(gemini.fileName).toBe("github.toml");
    expect(gemini.location).toContain("~/.gemini/policies/github.toml");
    expect((parseToml(gemini.content) as { rule: TomlTable[] }).rule.every((r) => r.mcpName === "github")).toBe(true);
    expect(Object.keys((parseToml(byId(exports, "codex").content) as { mcp_servers: TomlTable }).mcp_servers)).toEqual(["github"]);
    for (const e of exports) expect(e.content + e.rules).not.toContain(SERVER);
  });

  it("is refused when a client would rewrite it", () => {
    for (const bad of ["", "git hub", "git.hub", "ü", "a".repeat(65)]) {
      expect(() => policyExports({ name: bad, policy: mixed }), JSON.stringify(bad)).toThrow(/server name/);
    }
    expect(() => policyExport("codex", { name: "My_server-2", policy: mixed })).not.toThrow();
  });
});

describe("a tool page's export", () => {
  const only = (tool: string, id: string) => policyExport(id as PolicyExport["id"], { name: "tg", policy: mixed, tools: TOOLS, only: tool });

  it("Claude Code: one rule for that tool and nothing for the server's other tools", () => {
    expect(JSON.parse(only("export_session", "claude-code").content).permissions).toEqual({ allow: [], ask: ["mcp__tg__export_session"], deny: [] });
    expect(JSON.parse(only("terminate_session", "claude-code").rules)).toEqual({ deny: ["mcp__tg__terminate_session"] });
    expect(texts(only("get_me", "claude-code"))).toMatch(/cover "get_me" alone/);
  });

  it("Gemini CLI: no default rule, no includeTools that would hide the other tools", () => {
    const rules = (parseToml(only("get_me", "gemini-policy").content) as { rule: TomlTable[] }).rule;
    expect(rules).toEqual([{ mcpName: "tg", toolName: "get_me", decision: "allow", priority: 500 }]);
    expect(only("get_me", "gemini-policy").fileName).toBe("tg-get_me.toml");
    expect(JSON.parse(only("get_me", "gemini-settings").rules)).toEqual({ trust: false });
    expect(JSON.parse(only("delete_chat", "gemini-settings").rules)).toEqual({ excludeTools: ["delete_chat"], trust: false });
  });

  it("Codex: the tool's own entry, no enabled_tools and no server-wide approval mode", () => {
    const server = (parseToml(only("get_me", "codex").content) as { mcp_servers: Record<string, TomlTable> }).mcp_servers.tg!;
    expect(server.enabled_tools).toBeUndefined();
    expect(server.default_tools_approval_mode).toBeUndefined();
    expect(server.tools).toEqual({ get_me: { approval_mode: "approve" } });
    const denied = (parseToml(only("delete_chat", "codex").content) as { mcp_servers: Record<string, TomlTable> }).mcp_servers.tg!;
    expect(denied.disabled_tools).toEqual(["delete_chat"]);
  });
});

describe("what each export offers around the file", () => {
  const exports = policyExports({ name: "tg", policy: mixed, tools: TOOLS, launch: { command: "npx", args: ["-y", "telegram-mcp"] } });

  it("says where the file goes, which client release loaded it, and gives the rules alone beside the whole file", () => {
    expect(exports.map((e) => e.testedWith)).toEqual(["Claude Code 2.1.332", "Gemini CLI 0.61.0", "Gemini CLI 0.61.0", "Codex 0.169.0"]);
    for (const e of exports) {
      expect(e.location).toMatch(/~\/\.(claude|gemini|codex)\//);
      expect(e.mergeHint.length).toBeGreaterThan(20);
      expect(e.rules.length).toBeLessThanOrEqual(e.content.length);
    }
    const settings = JSON.parse(byId(exports, "gemini-settings").content).mcpServers.tg;
    expect(settings).toMatchObject({ command: "npx", args: ["-y", "telegram-mcp"], ...JSON.parse(byId(exports, "gemini-settings").rules) });
    const codex = byId(exports, "codex");
    expect(codex.content).toContain('command = "npx"');
    expect(codex.rules).not.toContain("command =");
    expect(byId(exports, "gemini-policy").content).toContain(byId(exports, "gemini-policy").rules);
  });

  it("puts a stand-in command in the whole file, with a caveat, when the launch is unknown", () => {
    const codex = policyExport("codex", { name: "tg", policy: mixed, tools: TOOLS });
    expect(codex.content).toContain("REPLACE-WITH-THE-SERVER-COMMAND");
    expect(codex.caveats.map((c) => c.topic)).toContain("server command");
  });

  it("folds a limit on many tools into one caveat, and sums the caveats up in one line", () => {
    const names = Array.from({ length: 60 }, (_, i) => `tool_${i}`);
    const many = policy({
      version: "1",
      default: "deny",
      tools: Object.fromEntries(names.map((n) => [n, { limits: [{ counter: `${n}_rate`, window: "minute", max: 30, scope: "grant" }] }])),
    });
    for (const e of policyExports({ name: "gh", policy: many, tools: names })) {
      const limits = e.caveats.filter((c) => c.topic === "rate limits");
      expect(limits, e.id).toHaveLength(1);
      expect(limits[0]!.text).toMatch(/limits 60 tools \("tool_0", .* and 52 more\)/);
      expect(caveatSummary(e)).toMatch(new RegExp(`^What ${e.label} cannot say or needs from you: .*rate limits`));
      expect(caveatSummary(e)).not.toContain("\n");
    }
  });
});
