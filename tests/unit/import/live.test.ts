import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyTool } from "@/lib/classify";
import { loadCatalogue } from "@/lib/content/load";
import { listToolsLive, type LiveTarget } from "@/lib/import/live";
import { runImport, tasksFor, type SourceSpec } from "@/lib/import/run";
import { FIXTURES, ROOT, allFiles, tempDir } from "./helpers";

/** Real servers installed from npm as dev dependencies, started the way a user would. */
const bin = (pkg: string, file: string) => path.join(ROOT, "node_modules", pkg, file);
const EVERYTHING = bin("@modelcontextprotocol/server-everything", "dist/index.js");
const FILESYSTEM = bin("@modelcontextprotocol/server-filesystem", "dist/index.js");
const MEMORY = bin("@modelcontextprotocol/server-memory", "dist/index.js");

const node = (script: string, ...args: string[]): LiveTarget => ({ kind: "stdio", command: process.execPath, args: [script, ...args] });
const fixture = (name: string, env?: Record<string, string>): LiveTarget => ({ kind: "stdio", command: process.execPath, args: [path.join(FIXTURES, name)], env });
const stdioSpec = (target: LiveTarget & { kind: "stdio" }, flags: SourceSpec["flags"] = {}): SourceSpec => ({ kind: "stdio", commandLine: target.args.join(" "), target, flags });

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

describe("listToolsLive against real servers from npm", () => {
  it("lists the tools of server-everything over stdio", async () => {
    const live = await listToolsLive(node(EVERYTHING, "stdio"), 20_000);
    expect(live.serverInfo.name).toMatch(/everything/i);
    const names = live.rawTools.map((t) => (t as { name: string }).name);
    expect(names).toContain("echo");
    // Tools it offers only to clients that can serve sampling, elicitation and roots requests.
    expect(names).toEqual(expect.arrayContaining(["trigger-sampling-request", "trigger-elicitation-request", "get-roots-list"]));
  });

  describe("server-everything over Streamable HTTP on 127.0.0.1", () => {
    let child: ChildProcess | undefined;
    let url = "";
    beforeAll(async () => {
      const port = await freePort();
      url = `http://127.0.0.1:${port}/mcp`;
      child = spawn(process.execPath, [EVERYTHING, "streamableHttp"], { env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "ignore", "pipe"] });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("server-everything did not start listening")), 20_000);
        child!.stderr!.on("data", (chunk: Buffer) => {
          if (chunk.toString().includes("listening")) {
            clearTimeout(timer);
            resolve();
          }
        });
        child!.once("exit", (code) => reject(new Error(`server-everything exited with ${code}`)));
      });
    });
    afterAll(() => {
      child?.kill();
    });

    it("imports it into entries naming the address and the server", async () => {
      const out = path.join(tempDir(), "out");
      const run = await runImport(tasksFor([{ kind: "http", target: { kind: "http", url }, flags: { slug: "everything-http" } }], { timeoutMs: 20_000, cwd: ROOT }), {
        out,
        classify: classifyTool,
      });
      expect(run.servers[0]).toMatchObject({ status: "imported", slug: "everything-http" });
      const server = loadCatalogue([out]).servers[0]!;
      expect(server.source).toMatch(new RegExp(`^.*everything.* at ${url.replace(/[.]/g, "\\.")} \\(tools/list over Streamable HTTP\\)$`));
      expect(server.tools.map((t) => t.name)).toContain("echo");
    });
  });

  it("imports server-filesystem and server-memory with their npm package and version in the source", async () => {
    const out = path.join(tempDir(), "out");
    const allowed = tempDir("fs-root-");
    const specs = [
      stdioSpec(node(FILESYSTEM, allowed) as LiveTarget & { kind: "stdio" }, { package: "@modelcontextprotocol/server-filesystem", slug: "filesystem" }),
      stdioSpec(node(MEMORY) as LiveTarget & { kind: "stdio" }, { package: "@modelcontextprotocol/server-memory", slug: "memory" }),
    ];
    const run = await runImport(tasksFor(specs, { timeoutMs: 20_000, cwd: ROOT }), { out, classify: classifyTool });
    expect(run.servers.map((s) => s.status)).toEqual(["imported", "imported"]);
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/@modelcontextprotocol/server-memory/package.json"), "utf8")).version as string;
    const servers = loadCatalogue([out]).servers;
    const memory = servers.find((s) => s.slug === "memory")!;
    expect(memory).toMatchObject({ package: "@modelcontextprotocol/server-memory", version, source: `npm:@modelcontextprotocol/server-memory@${version} (tools/list over stdio)` });
    expect(memory.tools.find((t) => t.name === "delete_entities")).toMatchObject({ category: "destructive", source: memory.source });
    const filesystem = servers.find((s) => s.slug === "filesystem")!;
    expect(filesystem.tools.map((t) => t.name)).toEqual(expect.arrayContaining(["read_text_file", "write_file", "move_file"]));
    expect(filesystem.repository).toMatch(/^https:\/\/github\.com\/modelcontextprotocol\/servers/);
  });
});

describe("hostile servers", () => {
  it("names a server that crashes at start, with what it printed", async () => {
    await expect(listToolsLive(fixture("crash.mjs"), 10_000)).rejects.toThrow(
      /the server exited or closed the connection while connecting and initializing .*its stderr ended with: fatal: HOSTILE_TOKEN is not set/,
    );
  });

  it("names a program that does not exist", async () => {
    await expect(listToolsLive({ kind: "stdio", command: "no-such-mcp-server-xyz", args: [] }, 5_000)).rejects.toThrow('cannot start "no-such-mcp-server-xyz": no such program');
  });

  it("times out on a server that never answers", async () => {
    const started = Date.now();
    await expect(listToolsLive(fixture("hang.mjs"), 1_000)).rejects.toThrow("no answer within 1 s while connecting and initializing (the server hangs or is too slow; raise --timeout)");
    // The SDK's default would wait 60 s; ours gives up after the timeout plus a bounded shutdown.
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("says a server speaks garbage instead of JSON-RPC", async () => {
    // Long enough for a slow machine to start node and print, short enough to keep the suite quick.
    await expect(listToolsLive(fixture("garbage.mjs"), 4_000)).rejects.toThrow(/no answer within 4 s .*it sent data that is not valid JSON-RPC: .*(JSON|json)/);
  });

  it("says what went wrong with an address that does not answer, or answers with a web page", async () => {
    const closedPort = await freePort();
    await expect(listToolsLive({ kind: "http", url: `http://127.0.0.1:${closedPort}/mcp` }, 5_000)).rejects.toThrow(
      /^failed while connecting and initializing: fetch failed: connect ECONNREFUSED 127\.0\.0\.1:\d+$/,
    );
    const web = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html>not an MCP server</html>");
    });
    await new Promise<void>((resolve) => web.listen(0, "127.0.0.1", resolve));
    const port = (web.address() as net.AddressInfo).port;
    try {
      await expect(listToolsLive({ kind: "http", url: `http://127.0.0.1:${port}/mcp` }, 5_000)).rejects.toThrow(
        "failed while connecting and initializing: Streamable HTTP error: Unexpected content type: text/html",
      );
    } finally {
      web.close();
    }
  });

  it("reads every page of a paginated tools/list", async () => {
    const live = await listToolsLive(fixture("paginated.mjs"), 10_000);
    expect(live.pages).toBe(3);
    expect(live.rawTools.map((t) => (t as { name: string }).name)).toEqual(Array.from({ length: 25 }, (_, i) => `page_tool_${String(i + 1).padStart(2, "0")}`));
  });

  it("stops a tools/list whose cursor loops", async () => {
    await expect(listToolsLive(fixture("paginated.mjs", { MODE: "loop" }), 10_000)).rejects.toThrow('tools/list returned the cursor "again" twice: its pages loop');
  });

  it("refuses malformed tools by position and reason, keeps the good one, and imports the other servers of the run", async () => {
    const work = tempDir();
    const out = path.join(work, "out");
    const specs = [
      stdioSpec(fixture("malformed.mjs") as LiveTarget & { kind: "stdio" }, { slug: "malformed" }),
      stdioSpec(fixture("crash.mjs") as LiveTarget & { kind: "stdio" }),
      stdioSpec(fixture("malformed.mjs", { MODE: "not-array" }) as LiveTarget & { kind: "stdio" }),
      stdioSpec(fixture("paginated.mjs") as LiveTarget & { kind: "stdio" }),
    ];
    const progress: string[] = [];
    const run = await runImport(tasksFor(specs, { timeoutMs: 10_000, cwd: ROOT }), { out, classify: classifyTool, onProgress: (l) => progress.push(l) });
    expect(progress).toHaveLength(4);
    expect(progress[1]).toMatch(/^\[2\/4\] importing stdio ".*crash\.mjs"$/);
    expect(run.servers.map((s) => s.status)).toEqual(["partial", "failed", "failed", "imported"]);
    expect(run.servers[0]!.plan!.toolProblems.map((p) => [p.index + 1, p.message])).toEqual([
      [2, "is malformed: name: is required"],
      [3, "is malformed: name: expected string, received number"],
      [4, "is malformed: inputSchema: expected object, received string"],
      [5, "is malformed: annotations.readOnlyHint: expected boolean, received string"],
      [6, "repeats the name of tool #1; a server lists each name once"],
      [7, "is malformed: expected object, received string"],
    ]);
    expect(run.servers[2]!.error).toBe("failed while reading tools/list page 1: tools/list page 1 has no \"tools\" array");
    const servers = loadCatalogue([out]).servers;
    expect(servers.map((s) => [s.slug, s.tools.length])).toEqual([["malformed", 1], ["paginated", 25]]);
  });

  it("keeps every file of a server with hostile tool names inside DIR", async () => {
    const work = tempDir();
    const out = path.join(work, "nested/out");
    const run = await runImport(tasksFor([stdioSpec(fixture("hostile-names.mjs") as LiveTarget & { kind: "stdio" })], { timeoutMs: 10_000, cwd: ROOT }), { out, classify: classifyTool });
    const result = run.servers[0]!;
    expect(result.status).toBe("partial");
    expect(result.plan!.toolProblems.map((p) => p.name)).toEqual(["nul\u0000byte", "", "  padded  ", "line\nbreak"]);
    const files = allFiles(work);
    expect(files.every((f) => f.startsWith("nested/out/servers/hostile-names/"))).toBe(true);
    const tools = loadCatalogue([out]).servers[0]!.tools;
    expect(tools.map((t) => t.name).sort()).toEqual(["../../etc/passwd", "a/b", "..", ".hidden", "a\\b", "x".repeat(300), "Foo", "foo", "CON", "émoji 🙂 tool"].sort());
    const fileNames = tools.map((t) => path.basename(t.file));
    expect(new Set(fileNames.map((f) => f.toLowerCase())).size).toBe(fileNames.length);
    expect(fileNames.every((f) => f.length <= 84 && /^[a-z0-9][a-z0-9_-]*\.md$/.test(f))).toBe(true);
  });
});
