import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The policy command as a person runs it: a real process, its output and exit code. */

const ROOT = path.resolve(import.meta.dirname, "../../..");
let dir = "";

function catalogue(...args: string[]) {
  return catalogueWith("", ...args);
}

/** Runs the command without blocking the test worker (a blocked worker misses vitest's own messages). */
function catalogueWith(contentDirs: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "lib/cli/main.ts", "policy", ...args], { cwd: ROOT, env: { ...process.env, CATALOGUE_CONTENT_DIRS: contentDirs } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr: stderr.replace(/^npm warn .*\n/gm, "") }));
  });
}

function write(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

const limit = { counter: "fwd", window: "minute", max: 2, scope: "grant" };
const POLICY = {
  version: "1",
  default: "deny",
  hide: ["terminate_session"],
  tools: {
    forward_message: { limits: [limit] },
    focus_export_session: { action: "approve", args: { format: { enum: ["markdown", "json"] } } },
  },
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("catalogue policy check", () => {
  it("passes a valid policy and reports problems with path and message otherwise", async () => {
    expect(await catalogue("check", write("ok.json", POLICY))).toMatchObject({ code: 0 });
    const bad = await catalogue("check", write("bad.json", { version: "1", default: "sometimes", tools: { a: { limit: [] } } }));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.json: error: default: must be one of "allow", "deny"');
    expect(bad.stderr).toContain('bad.json: error: tools.a.limit: is not a field policy.json knows; did you mean "limits"?');
    const notJson = await catalogue("check", write("broken.json", "{ nope"));
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/broken\.json: error: \(policy\): is not valid JSON/);
  });

  it("with --server, lints against the catalogue's tool list", async () => {
    const typo = { version: "1", default: "deny", hide: ["focus_export_sesion"] };
    const result = await catalogue("check", write("typo.json", typo), "--server", "tachibot");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/note: the catalogue lists \d+ of the \d+ tools of "tachibot"/);
    expect(result.stdout).toContain("warning: (policy): 1 entry names a tool the catalogue does not list for this server: hide.0");
    const allow = await catalogue("check", write("allow.json", { version: "1", default: "allow", hide: ["terminate_session"], tools: { terminate_session: {} } }), "--server", "telegram-mcp-complete");
    expect(allow.code).toBe(0);
    expect(allow.stdout).toContain("warning: tools.terminate_session: never applies");
    expect(allow.stdout).toMatch(/warning: default: is allow, and nothing mentions 2 tools of this server/);
    const unknown = await catalogue("check", write("ok2.json", POLICY), "--server", "no-such-server");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no server "no-such-server" in the catalogue');
  });

  it("exits non-zero on lint errors, and only warns about a limit of 0", async () => {
    const root = path.join(dir, "content");
    fs.mkdirSync(path.join(root, "servers", "demo-server", "tools"), { recursive: true });
    fs.writeFileSync(path.join(root, "servers", "demo-server", "server.md"), "---\nslug: demo-server\ntitle: Demo\ndescription: A test server.\nsource: test\n---\n");
    for (const name of ["read_note", "delete_note"]) {
      fs.writeFileSync(
        path.join(root, "servers", "demo-server", "tools", `${name}.md`),
        [
          "---",
          `name: ${name}`,
          "server: demo-server",
          "description: test",
          "category: read",
          "risk: low",
          "rationale: test",
          "signals: []",
          "evidence: [test]",
          `policy: { version: "1", default: deny, tools: { ${name}: { action: allow } } }`,
          "inputSchema: { type: object }",
          "source: test",
          "---",
          "",
        ].join("\n"),
      );
    }
    const typo = write("typo2.json", { version: "1", default: "deny", hide: ["delete_notes"], tools: { read_note: {} } });
    const result = await catalogueWith(root, "check", typo, "--server", "demo-server");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('error: hide.0: hides "delete_notes", which this server does not have');
    expect(result.stderr).toContain("not a usable policy: 1 error, 0 warnings");

    const zero = await catalogueWith(root, "check", write("zero.json", { version: "1", default: "deny", tools: { read_note: { limits: [{ ...limit, max: 0 }] } } }), "--server", "demo-server");
    expect(zero.code).toBe(0);
    expect(zero.stdout).toContain("warning: tools.read_note.limits.0.max: is 0");
  });
});

describe("catalogue policy eval", () => {
  it("prints one JSON line per call, in order, each seeing the limits spent before it", async () => {
    const calls = [
      { tool: "forward_message", args: {}, at: "2026-11-21T09:00:00Z", identity: "alice", session: "s" },
      { tool: "forward_message", args: {}, at: "2026-11-21T09:00:30Z", identity: "alice", session: "s" },
      { tool: "forward_message", args: {}, at: "2026-11-21T09:00:59Z", identity: "alice", session: "t" },
      { tool: "forward_message", args: {}, at: "2026-11-21T09:00:59Z", identity: "bob", session: "s" },
      { tool: "forward_message", args: {}, at: "2026-11-21T10:01:00+01:00", identity: "alice", session: "s" },
      { tool: "terminate_session", args: {}, at: "2026-11-21T09:02:00Z", identity: "alice", session: "s" },
      { tool: "focus_export_session", args: { format: "markdown" }, at: "2026-11-21T09:02:00Z", identity: "alice", session: "s" },
      { tool: "focus_export_session", args: { format: "pdf" }, at: "2026-11-21T09:02:00Z", identity: "alice", session: "s" },
      { tool: "get_me", args: {}, at: "2026-11-21T09:02:00Z", identity: "alice", session: "s" },
    ];
    const file = write("calls.jsonl", calls.map((c) => JSON.stringify(c)).join("\n") + "\n\n");
    const result = await catalogue("eval", "--policy", write("p.json", POLICY), "--calls", file);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.decision, l.rule])).toEqual([
      ["allowed", "tools.forward_message"],
      ["allowed", "tools.forward_message"],
      ["rate_limited", "tools.forward_message.limits.0"],
      ["allowed", "tools.forward_message"],
      ["allowed", "tools.forward_message"],
      ["hidden", "hide"],
      ["approval_required", "tools.focus_export_session"],
      ["denied", "tools.focus_export_session.args.format"],
      ["denied", "default"],
    ]);
    for (const line of lines) expect(Object.keys(line)).toEqual(["decision", "rule", "reason"]);
  });

  it("names the line number of every bad line and decides nothing", async () => {
    const file = write(
      "bad.jsonl",
      [
        JSON.stringify({ tool: "a", at: "2026-11-21T09:00:00Z", identity: "x" }),
        "{not json",
        JSON.stringify({ tool: "a", at: "yesterday", identity: "x" }),
        JSON.stringify({ tool: "a", at: "2026-11-21T09:00:00Z" }),
      ].join("\n"),
    );
    const result = await catalogue("eval", "--policy", write("p2.json", POLICY), "--calls", file);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/bad\.jsonl:2: is not valid JSON/);
    expect(result.stderr).toMatch(/bad\.jsonl:3: "at" must be an ISO time/);
    expect(result.stderr).toMatch(/bad\.jsonl:4: "identity" is required/);
    expect(result.stderr).not.toMatch(/bad\.jsonl:1:/);
  });

  it("refuses wrong usage with exit code 2, naming the flag", async () => {
    expect((await catalogue("eval", "--policy", "x.json")).code).toBe(2);
    expect((await catalogue("frobnicate")).code).toBe(2);
    const trailing = await catalogue("eval", "--policy", "x.json", "--calls");
    expect(trailing).toMatchObject({ code: 2, stdout: "" });
    expect(trailing.stderr).toMatch(/^catalogue: --calls needs a value\n/);
    const unknown = await catalogue("check", "x.json", "--sever=demo");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^catalogue: unknown option --sever\n/);
  });

  it("takes --flag=value like --flag value", async () => {
    const calls = write("one.jsonl", `${JSON.stringify({ tool: "forward_message", args: {}, at: "2026-11-21T09:00:00Z", identity: "alice", session: "s" })}\n`);
    const spaced = await catalogue("eval", "--policy", write("p.json", POLICY), "--calls", calls);
    const inline = await catalogue("eval", `--calls=${calls}`, `--policy=${write("p.json", POLICY)}`);
    expect(spaced.code).toBe(0);
    expect(inline).toEqual(spaced);
  });
});

describe("catalogue policy export", () => {
  const FS_POLICY = {
    version: "1",
    default: "deny",
    hide: ["move_file"],
    tools: { read_text_file: { action: "allow" }, write_file: { action: "approve", limits: [{ counter: "w", window: "hour", max: 5, scope: "grant" }] } },
  };

  it("prints the same whole file the site offers, under the name the person's client uses", async () => {
    const file = write("fs.json", FS_POLICY);
    const result = await catalogue("export", "--format", "claude-code", "--server", "server-filesystem", "--name", "fs", file);
    expect(result.code).toBe(0);
    const { getCatalogue } = await import("@/lib/content");
    const { policyExport, npxLaunch } = await import("@/lib/policy/exports");
    const server = getCatalogue().servers.find((s) => s.slug === "server-filesystem")!;
    const same = policyExport("claude-code", { name: "fs", policy: FS_POLICY as never, tools: server.tools.map((t) => t.name), launch: npxLaunch(server.package!) });
    expect(result.stdout).toBe(same.content);
    const rules = JSON.parse(result.stdout).permissions;
    expect(rules.allow).toEqual(["mcp__fs__read_text_file"]);
    expect(rules.deny).toContain("mcp__fs__move_file");
    expect(rules.deny).toContain("mcp__fs__edit_file");
    expect(result.stderr).toContain("save as ~/.claude/settings.json");
    expect(result.stderr).toContain("tested with Claude Code 2.1.332");
    expect(result.stderr).toMatch(/What Claude Code cannot say or needs from you: rate limits, hide\.\n {2}- Claude Code cannot count calls: "write_file"/);
    expect(result.stderr).not.toContain("catalogue's name");
  });

  it("uses the catalogue's name with a visible note when --name is not given, for every format", async () => {
    const file = write("fs2.json", FS_POLICY);
    const formats = ["claude-code", "gemini-settings", "gemini-policy", "codex"];
    const named = ["gemini-policy", "codex"].map((format) => catalogue("export", "--format", format, "--server", "server-filesystem", "--name", "files", file));
    const results = await Promise.all(formats.map((format) => catalogue("export", "--format", format, "--server", "server-filesystem", file)));
    for (const [i, result] of results.entries()) {
      expect(result.code, formats[i]).toBe(0);
      expect(result.stdout, formats[i]).toContain("server-filesystem");
      expect(result.stderr, formats[i]).toMatch(/note: These rules call the server "server-filesystem", the catalogue's name for it\..* Pass --name NAME\./);
    }
    const [toml, codex] = await Promise.all(named);
    expect(toml!.stdout).toMatch(/\[\[rule\]\]\nmcpName = "files"\ntoolName = "\*"\ndecision = "deny"/);
    expect(codex!.stdout).toContain('[mcp_servers.files]\ncommand = "npx"\nargs = ["-y", "@modelcontextprotocol/server-filesystem"]');
  });

  it("refuses an unknown format, a name a client would rewrite and an invalid policy", async () => {
    const file = write("fs3.json", FS_POLICY);
    const format = await catalogue("export", "--format", "cursor", "--server", "server-filesystem", file);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("--format must be one of claude-code, gemini-settings, gemini-policy, codex");
    const name = await catalogue("export", "--format", "codex", "--server", "server-filesystem", "--name", "my server", file);
    expect(name.code).toBe(2);
    expect(name.stderr).toContain('--name "my server" may hold only letters, digits, "-" and "_"');
    const bad = await catalogue("export", "--format", "codex", "--server", "server-filesystem", write("bad-export.json", { version: "1", default: "maybe" }));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain('error: default: must be one of "allow", "deny"');
  });
});
