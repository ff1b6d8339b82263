import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { ElicitRequestSchema, ToolListChangedNotificationSchema, type CallToolResult, type ClientCapabilities } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyTool } from "@/lib/classify";
import { argumentsDigest } from "@/lib/guard/canonical";
import { hintsFromVerdict } from "@/lib/guard/tool-list";

/**
 * The guard as a client meets it: `catalogue guard` started as a process in front of real
 * servers (the reference `everything` server from npm, a server whose tool list changes, and
 * small fixtures that crash, hang or linger), spoken to with the official SDK client or, where
 * the exit code matters, with raw JSON-RPC lines.
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");
const CLI = path.join(ROOT, "lib/cli/main.ts");
const EVERYTHING = [process.execPath, path.join(ROOT, "node_modules/@modelcontextprotocol/server-everything/dist/index.js"), "stdio"];
const FIXTURE = path.join(ROOT, "tests/fixtures/servers/guard-fixture.mjs");
const SDK_FIXTURE = [process.execPath, path.join(ROOT, "tests/fixtures/servers/sdk-fixture.mjs")];

let dir = "";
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "guard-process-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, content?: unknown): string {
  const at = path.join(dir, name);
  if (content !== undefined) fs.writeFileSync(at, typeof content === "string" ? content : JSON.stringify(content));
  return at;
}

function guardCommand(options: string[], server: string[]): { command: string; args: string[] } {
  return { command: process.execPath, args: ["--import", "tsx", CLI, "guard", ...options, "--", ...server] };
}

interface Connected {
  client: Client;
  close: () => Promise<void>;
  /** Every message the guard sent, in the order it arrived, before the SDK client handles it (guarded connections only). */
  received: JSONRPCMessage[];
}

async function connect(options: string[], server: string[], capabilities: ClientCapabilities = {}): Promise<Connected> {
  const transport = new StdioClientTransport({ ...guardCommand(options, server), cwd: ROOT, env: process.env as Record<string, string>, stderr: "ignore" });
  const client = new Client({ name: "guard-test", version: "1.0.0" }, { capabilities });
  await client.connect(transport);
  // Recorded off the wire: the SDK client runs notification handlers a tick later than it settles
  // responses, so a progress notification that arrives in the same read as the result reaches
  // `onprogress` after the call is over and is dropped. The order the guard sent is what it owns.
  const received: JSONRPCMessage[] = [];
  const handle = transport.onmessage;
  transport.onmessage = (message: JSONRPCMessage) => {
    received.push(message);
    handle?.(message);
  };
  return { client, close: () => client.close(), received };
}

async function direct(server: string[], capabilities: ClientCapabilities = {}): Promise<Connected> {
  const [command, ...args] = server as [string, ...string[]];
  const client = new Client({ name: "guard-test-direct", version: "1.0.0" }, { capabilities });
  await client.connect(new StdioClientTransport({ command, args, cwd: ROOT, stderr: "ignore" }));
  return { client, close: () => client.close(), received: [] };
}

function text(result: unknown): string {
  return ((result as CallToolResult).content[0] as { text: string }).text;
}

function auditLines(at: string): Record<string, string>[] {
  return fs
    .readFileSync(at, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, string>);
}

const SECRET = { message: "hi, the code is 4217" };

describe("catalogue guard in front of the everything server", () => {
  const policy = {
    version: "1",
    default: "allow",
    hide: ["get-env"],
    tools: {
      echo: { limits: [{ counter: "echo", window: "day", max: 2, scope: "grant" }] },
      "get-sum": { action: "deny", reason: "No sums today." },
    },
  };

  it("hides, denies and limits; passes results, structured content, progress and cancellation through; audits every call", async () => {
    const audit = file("everything.audit");
    const plain = await direct(EVERYTHING);
    const guarded = await connect(["--policy", file("everything.json", policy), "--audit", audit, "--identity", "alice"], EVERYTHING);
    try {
      const directNames = (await plain.client.listTools()).tools.map((t) => t.name);
      const names = (await guarded.client.listTools()).tools.map((t) => t.name);
      expect(directNames).toContain("get-env");
      expect(names).toEqual(directNames.filter((n) => n !== "get-env"));

      expect(await guarded.client.callTool({ name: "echo", arguments: SECRET })).toEqual(await plain.client.callTool({ name: "echo", arguments: SECRET }));
      expect(text(await guarded.client.callTool({ name: "echo", arguments: SECRET }))).toBe("Echo: hi, the code is 4217");
      const limited = await guarded.client.callTool({ name: "echo", arguments: SECRET });
      expect(limited.isError).toBe(true);
      expect(text(limited)).toMatch(/^Refused by the access policy \(tools\.echo\.limits\.0\): limit "echo" allows at most 2 calls a day .* The limit resets at \d{4}-\d\d-\d\dT00:00:00\.000Z \(in \d+ s\)\.$/);

      const denied = await guarded.client.callTool({ name: "get-sum", arguments: { a: 1, b: 2 } });
      expect(denied.isError).toBe(true);
      expect(text(denied)).toContain("No sums today.");
      await expect(guarded.client.callTool({ name: "get-env", arguments: {} })).rejects.toMatchObject({ code: -32602, message: expect.stringContaining("Unknown tool: get-env") });

      for (const [name, args] of [["get-tiny-image", {}], ["get-structured-content", { location: "Chicago" }]] as const) {
        expect(await guarded.client.callTool({ name, arguments: args })).toEqual(await plain.client.callTool({ name, arguments: args }));
      }

      const progress: number[] = [];
      const before = guarded.received.length;
      const long = await guarded.client.callTool({ name: "trigger-long-running-operation", arguments: { duration: 0.4, steps: 4 } }, undefined, {
        onprogress: (p) => progress.push(p.progress),
      });
      // Every step's progress, then the result, in the order the server sent them.
      const sent = guarded.received.slice(before).map((m) => ("method" in m && m.method === "notifications/progress" ? (m.params as { progress: number }).progress : "result" in m ? "result" : "other"));
      expect(sent).toEqual([1, 2, 3, 4, "result"]);
      expect(progress.length).toBeGreaterThanOrEqual(1);
      expect(text(long)).toMatch(/Long running operation completed/);

      const abort = new AbortController();
      const cancelled = guarded.client.callTool({ name: "trigger-long-running-operation", arguments: { duration: 20, steps: 20 } }, undefined, {
        signal: abort.signal,
        onprogress: () => abort.abort("enough"),
      });
      await expect(cancelled).rejects.toThrow();
      // The connection goes on after a cancellation.
      expect(text(await guarded.client.callTool({ name: "get-annotated-message", arguments: { messageType: "success" } }))).toBeTruthy();
    } finally {
      await Promise.all([plain.close(), guarded.close()]);
    }

    const lines = auditLines(audit);
    expect(lines.map((l) => [l.tool, l.decision])).toEqual([
      ["echo", "allowed"],
      ["echo", "allowed"],
      ["echo", "rate_limited"],
      ["get-sum", "denied"],
      ["get-env", "hidden"],
      ["get-tiny-image", "allowed"],
      ["get-structured-content", "allowed"],
      ["trigger-long-running-operation", "allowed"],
      ["trigger-long-running-operation", "allowed"],
      ["get-annotated-message", "allowed"],
    ]);
    expect(lines[0]).toMatchObject({ identity: "alice", rule: "tools.echo", args_sha256: argumentsDigest(SECRET) });
    expect(lines[2]).toMatchObject({ rule: "tools.echo.limits.0", retry_at: expect.stringMatching(/T00:00:00\.000Z$/) });
    expect(lines[3]!.reason).toContain("No sums today.");
    expect(new Set(lines.map((l) => l.session)).size).toBe(1);
    expect(fs.readFileSync(audit, "utf8")).not.toContain("4217");
  }, 30_000);

  it("with --annotate, gives each tool the hints of the catalogue's verdict", async () => {
    const plain = await direct(EVERYTHING);
    const guarded = await connect(["--policy", file("annotate.json", { version: "1", default: "allow" }), "--annotate"], EVERYTHING);
    try {
      const info = guarded.client.getServerVersion()!;
      const original = (await plain.client.listTools()).tools;
      const annotated = (await guarded.client.listTools()).tools;
      expect(annotated.map((t) => t.name)).toEqual(original.map((t) => t.name));
      for (const [i, tool] of original.entries()) {
        const hints = hintsFromVerdict(classifyTool(tool, { slug: info.name, ...(info.title ? { title: info.title } : {}) }));
        expect(annotated[i]!.annotations, tool.name).toEqual({ ...tool.annotations, ...hints });
      }
      expect(annotated.some((t) => t.annotations?.readOnlyHint === true)).toBe(true);
    } finally {
      await Promise.all([plain.close(), guarded.close()]);
    }
  }, 30_000);
});

describe("approval", () => {
  const policy = {
    version: "1",
    default: "allow",
    tools: { echo: { action: "approve", reason: "Echo needs a yes.", limits: [{ counter: "echo", window: "day", max: 1, scope: "grant" }] } },
  };

  it("asks the person through elicitation, runs the call only when they accept, and passes the server's own elicitation through", async () => {
    const audit = file("approval.audit");
    const asked: string[] = [];
    const answers = ["decline", "accept"];
    const guarded = await connect(["--policy", file("approval.json", policy), "--audit", audit], EVERYTHING, { elicitation: {} });
    guarded.client.setRequestHandler(ElicitRequestSchema, (request) => {
      asked.push(request.params.message);
      if (!request.params.message.startsWith('Run "echo"?')) return { action: "decline" };
      return { action: answers.shift() as "accept" | "decline", content: {} };
    });
    try {
      const declined = await guarded.client.callTool({ name: "echo", arguments: { message: "first" } });
      expect(declined.isError).toBe(true);
      expect(text(declined)).toMatch(/A person declined this call to "echo"\. Nothing was run\./);
      expect(text(await guarded.client.callTool({ name: "echo", arguments: { message: "second" } }))).toBe("Echo: second");
      // The budget is spent: refused before anyone is asked.
      const limited = await guarded.client.callTool({ name: "echo", arguments: { message: "third" } });
      expect(text(limited)).toMatch(/limit "echo" allows at most 1 call a day/);
      expect(asked).toHaveLength(2);
      expect(asked[0]).toMatch(/^Run "echo"\? The access policy needs your approval for each call \(Echo needs a yes\.\)/);
      expect(asked[1]).toContain('"message": "second"');

      // The server's own request to the client reaches it and its answer gets back.
      const own = await guarded.client.callTool({ name: "trigger-elicitation-request", arguments: {} });
      expect(asked[2]).toBe("Please provide inputs for the following fields:");
      expect(JSON.stringify(own.content)).toMatch(/decline/i);
    } finally {
      await guarded.close();
    }
    expect(auditLines(audit).map((l) => [l.tool, l.decision, l.approval])).toEqual([
      ["echo", "approval_required", "declined"],
      ["echo", "allowed", "approved"],
      ["echo", "rate_limited", undefined],
      ["trigger-elicitation-request", "allowed", undefined],
    ]);
  }, 30_000);

  it("refuses with a message saying approval is needed when the client cannot ask", async () => {
    const audit = file("no-elicitation.audit");
    const guarded = await connect(["--policy", file("approval2.json", policy), "--audit", audit], EVERYTHING);
    try {
      const result = await guarded.client.callTool({ name: "echo", arguments: { message: "x" } });
      expect(result.isError).toBe(true);
      expect(text(result)).toMatch(/needs a person's approval for each call to "echo", and this client cannot ask for it \(it does not support MCP elicitation forms\)/);
    } finally {
      await guarded.close();
    }
    expect(auditLines(audit)[0]).toMatchObject({ decision: "approval_required", approval: "not-supported" });
  }, 30_000);
});

describe("limits per scope across two guard processes", () => {
  it("counts grant and session in each process and global in the shared state file, which survives a restart", async () => {
    const state = file("shared-state.json");
    const policy = file("scopes.json", {
      version: "1",
      default: "deny",
      tools: {
        echo: { limits: [{ counter: "mine", window: "day", max: 1, scope: "grant" }] },
        "get-sum": { limits: [{ counter: "talk", window: "day", max: 1, scope: "session" }] },
        "get-tiny-image": { limits: [{ counter: "ours", window: "day", max: 3, scope: "global" }] },
      },
    });
    const options = ["--policy", policy, "--state", state, "--identity", "alice"];
    const [a, b] = await Promise.all([connect(options, EVERYTHING), connect(options, EVERYTHING)]);
    const ran = async (guard: Connected, name: string, args: Record<string, unknown> = {}) => !(await guard.client.callTool({ name, arguments: args })).isError;
    try {
      expect([await ran(a, "echo", { message: "1" }), await ran(a, "echo", { message: "2" }), await ran(b, "echo", { message: "3" })]).toEqual([true, false, true]);
      expect([await ran(a, "get-sum", { a: 1, b: 1 }), await ran(a, "get-sum", { a: 1, b: 1 }), await ran(b, "get-sum", { a: 1, b: 1 })]).toEqual([true, false, true]);
      // Six calls at once from both processes: the shared budget lets exactly three run.
      const together = await Promise.all([a, b, a, b, a, b].map((guard) => ran(guard, "get-tiny-image")));
      expect(together.filter(Boolean)).toHaveLength(3);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    expect(Object.keys(JSON.parse(fs.readFileSync(state, "utf8")).buckets)).toEqual([JSON.stringify(["ours", "global"])]);

    const restarted = await connect(options, EVERYTHING);
    try {
      const again = await restarted.client.callTool({ name: "get-tiny-image", arguments: {} });
      expect(text(again)).toMatch(/limit "ours" allows at most 3 calls a day \(UTC\) for everyone together and 3 were already made/);
      expect(await ran(restarted, "echo", { message: "new process" })).toBe(true);
    } finally {
      await restarted.close();
    }
  }, 40_000);
});

describe("notifications/tools/list_changed", () => {
  it("reaches the client only when the list the agent sees changed", async () => {
    const guarded = await connect(["--policy", file("list.json", { version: "1", default: "allow", hide: ["secret", "secret-2"] })], SDK_FIXTURE);
    let changes = 0;
    guarded.client.setNotificationHandler(ToolListChangedNotificationSchema, () => void changes++);
    const names = async () => (await guarded.client.listTools()).tools.map((t) => t.name).sort();
    try {
      const shown = ["add-hidden", "add-visible", "cancelled", "visible", "wait-for-cancel"];
      expect(await names()).toEqual(shown);
      await guarded.client.callTool({ name: "add-hidden", arguments: {} });
      expect(await names()).toEqual(shown);
      await guarded.client.callTool({ name: "add-visible", arguments: {} });
      const deadline = Date.now() + 5_000;
      while (changes === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(changes).toBe(1);
      expect(await names()).toEqual([...shown, "visible-2"].sort());
    } finally {
      await guarded.close();
    }
  }, 30_000);
});

describe("cancellation", () => {
  it("reaches the server under the id the guard gave the call", async () => {
    const guarded = await connect(["--policy", file("cancel.json", { version: "1", default: "allow" })], SDK_FIXTURE);
    try {
      const abort = new AbortController();
      const waiting = guarded.client.callTool({ name: "wait-for-cancel", arguments: {} }, undefined, { signal: abort.signal });
      setTimeout(() => abort.abort("changed my mind"), 200);
      await expect(waiting).rejects.toThrow();
      const deadline = Date.now() + 5_000;
      let count = "0";
      while (count === "0" && Date.now() < deadline) count = text(await guarded.client.callTool({ name: "cancelled", arguments: {} }));
      expect(count).toBe("1");
    } finally {
      await guarded.close();
    }
  }, 30_000);
});

/** The guard spoken to in raw JSON-RPC lines, to see its exit code and what it does at the edges. */
function raw(options: string[], server: string[], env: Record<string, string> = {}) {
  const { command, args } = guardCommand(options, server);
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] });
  const received: Record<string, unknown>[] = [];
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  readline.createInterface({ input: child.stdout }).on("line", (line) => received.push(JSON.parse(line) as Record<string, unknown>));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    exited,
    stderr: () => stderr,
    send: (message: Record<string, unknown>) => child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`),
    async answer(id: number, timeoutMs = 10_000): Promise<Record<string, unknown>> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find((m) => m.id === id);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no answer to ${id}; stderr: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}

const INITIALIZE = { id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } } };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function pidFrom(at: string): Promise<number> {
  const deadline = Date.now() + 10_000;
  while (!fs.existsSync(at) || fs.readFileSync(at, "utf8") === "") {
    if (Date.now() > deadline) throw new Error(`${at} never appeared`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Number(fs.readFileSync(at, "utf8"));
}

describe("what stops the guard", () => {
  it("an invalid policy: exit 2 before the server starts, each problem with its field", async () => {
    const marker = path.join(dir, "server-started");
    const server = [process.execPath, "-e", `require("fs").writeFileSync(${JSON.stringify(marker)}, "")`];
    const bad = raw(["--policy", file("bad.json", { version: "2", default: "maybe", tools: { x: { limit: [] } } })], server);
    expect(await bad.exited).toBe(2);
    expect(bad.stderr()).toContain('bad.json: error: version: must be "1"');
    expect(bad.stderr()).toContain('bad.json: error: default: must be one of "allow", "deny"');
    expect(bad.stderr()).toContain('bad.json: error: tools.x.limit: is not a field policy.json knows; did you mean "limits"?');
    expect(bad.stderr()).toContain("catalogue guard: not started");

    const global = { version: "1", default: "deny", tools: { x: { limits: [{ counter: "c", window: "day", max: 1, scope: "global" }] } } };
    const noState = raw(["--policy", file("global.json", global)], server);
    expect(await noState.exited).toBe(2);
    expect(noState.stderr()).toContain('global.json: error: tools.x.limits.0.scope: is "global", which counts for every guard process together: give --state FILE');

    const missing = raw(["--policy", path.join(dir, "no-such-policy.json")], server);
    expect(await missing.exited).toBe(2);
    expect(missing.stderr()).toContain("no-such-policy.json: cannot be read: no such file");
    expect(fs.existsSync(marker)).toBe(false);
  }, 30_000);

  it("a server that crashes: the client gets an error and the guard exits non-zero", async () => {
    const guard = raw(["--policy", file("crash.json", { version: "1", default: "allow" })], [process.execPath, FIXTURE, "crash-on-call"]);
    guard.send(INITIALIZE);
    expect(await guard.answer(1)).toMatchObject({ result: { serverInfo: { name: "fixture-crash-on-call" } } });
    guard.send({ method: "notifications/initialized" });
    guard.send({ id: 2, method: "tools/call", params: { name: "work", arguments: {} } });
    expect(await guard.answer(2)).toMatchObject({ error: { message: "catalogue guard: the MCP server exited with code 3 before answering" } });
    expect(await guard.exited).toBe(1);
    expect(guard.stderr()).toContain("catalogue guard: the server exited with code 3");
  }, 30_000);

  it("a server that cannot be started: the client's initialize gets an error naming the command, and the guard exits non-zero", async () => {
    const missing = path.join(dir, "no-such-server");
    const guard = raw(["--policy", file("missing-server.json", { version: "1", default: "allow" })], [missing]);
    guard.send(INITIALIZE);
    const answer = await guard.answer(1);
    expect(answer).toMatchObject({ error: { code: -32603 } });
    expect((answer.error as { message: string }).message).toContain(`catalogue guard: the MCP server cannot start ${JSON.stringify(missing)}`);
    expect(await guard.exited).toBe(1);
    expect(guard.stderr()).toContain("catalogue guard: cannot start");
  }, 30_000);

  it("a server that hangs at startup: the client gets an error, the server is ended and the guard exits non-zero", async () => {
    const pidFile = path.join(dir, "hang.pid");
    const guard = raw(["--policy", file("hang.json", { version: "1", default: "allow" })], [process.execPath, FIXTURE, "hang", pidFile], { CATALOGUE_GUARD_STARTUP_TIMEOUT: "1" });
    const pid = await pidFrom(pidFile);
    guard.send(INITIALIZE);
    expect(await guard.answer(1)).toMatchObject({ error: { message: "catalogue guard: the MCP server did not answer initialize within 1 s" } });
    expect(await guard.exited).toBe(1);
    expect(alive(pid)).toBe(false);
  }, 30_000);

  it("a client that goes away: the server goes with it, even one that ignores the end of its input", async () => {
    const pidFile = path.join(dir, "linger.pid");
    const guard = raw(["--policy", file("linger.json", { version: "1", default: "allow" })], [process.execPath, FIXTURE, "linger", pidFile]);
    const pid = await pidFrom(pidFile);
    guard.send(INITIALIZE);
    await guard.answer(1);
    guard.child.stdin.end();
    expect(await guard.exited).toBe(0);
    expect(alive(pid)).toBe(false);
  }, 30_000);
});
