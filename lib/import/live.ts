import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { ListRootsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";

/**
 * Talks to a live MCP server with the official SDK client: initialize, then every page of
 * tools/list. Every request has a timeout; a server that crashes, hangs or writes something
 * that is not JSON-RPC gets an error saying which of those happened, with the tail of what
 * it printed to stderr.
 */

export type LiveTarget =
  | { kind: "stdio"; command: string; args: string[]; env?: Record<string, string>; cwd?: string }
  | { kind: "http"; url: string; headers?: Record<string, string> };

export interface LiveListing {
  serverInfo: { name: string; version: string; title?: string; description?: string };
  rawTools: unknown[];
  pages: number;
}

/** Bounds on what one server may send, so a hostile one cannot keep us paging for ever. */
export const MAX_PAGES = 1000;
export const MAX_TOOLS = 20_000;

// The result is checked by our own validation, which names the tool and field; the SDK only
// needs to hand it over.
const anyResult = z.looseObject({});

export class LiveServerError extends Error {
  override name = "LiveServerError";
}

/**
 * Some servers list a tool only to clients that could serve its requests back (sampling,
 * elicitation, roots, tasks). The catalogue describes everything a capable client is offered,
 * so the importer declares them all; it never calls a tool, so none of them is ever exercised,
 * and a roots request is answered with no roots at all.
 */
const CLIENT_CAPABILITIES = {
  roots: { listChanged: false },
  sampling: {},
  elicitation: { form: {}, url: {} },
  tasks: { requests: { sampling: { createMessage: {} }, elicitation: { create: {} } } },
};

export async function listToolsLive(target: LiveTarget, timeoutMs: number): Promise<LiveListing> {
  const client = new Client({ name: "mcp-tool-catalogue-importer", version: "1.0.0" }, { capabilities: CLIENT_CAPABILITIES });
  client.setRequestHandler(ListRootsRequestSchema, () => ({ roots: [] }));
  const trouble: string[] = [];
  let closed = false;
  let stderrTail = "";
  let phase = "starting the server";

  const transport = makeTransport(target);
  let pid: number | undefined;
  if (transport instanceof StdioClientTransport) {
    const start = transport.start.bind(transport);
    transport.start = async () => {
      await start();
      pid = transport.pid ?? undefined;
    };
    transport.stderr?.on("data", (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString("utf8")).slice(-2000);
    });
  }
  client.onerror = (error) => {
    // Lines that are not JSON, or JSON that is not a JSON-RPC message, are garbage from the server.
    const garbage = error instanceof SyntaxError || error.name === "ZodError" || /JSON/.test(error.message);
    if (garbage && trouble.length < 3) trouble.push(describeTransportError(error));
  };
  client.onclose = () => {
    closed = true;
  };

  const explain = (error: unknown): LiveServerError => {
    const base = withCause(error);
    const parts: string[] = [];
    if ((error as NodeJS.ErrnoException | undefined)?.code === "ENOENT" && target.kind === "stdio") parts.push(`cannot start "${target.command}": no such program`);
    else if (/timed out|timeout/i.test(base)) parts.push(`no answer within ${timeoutMs / 1000} s while ${phase} (the server hangs or is too slow; raise --timeout)`);
    else if (target.kind === "stdio" && closed) parts.push(`the server exited or closed the connection while ${phase} (${base})`);
    else parts.push(`failed while ${phase}: ${base}`);
    if (trouble.length > 0) parts.push(`it sent data that is not valid JSON-RPC: ${trouble.join("; ")}`);
    // eslint-disable-next-line no-control-regex -- ANSI colour codes begin with the ESC control character
    const tail = stderrTail.replace(/\u001b\[[0-9;]*[A-Za-z]/g, "").trim();
    if (tail) parts.push(`its stderr ended with: ${tail.split("\n").slice(-5).join(" | ").slice(-500)}`);
    return new LiveServerError(parts.join("; "));
  };

  try {
    phase = "connecting and initializing";
    await client.connect(transport, { timeout: timeoutMs });
    const serverInfo = client.getServerVersion();
    if (!serverInfo) throw new Error("the server did not say who it is in its initialize result");

    const rawTools: unknown[] = [];
    const cursors = new Set<string>();
    let cursor: string | undefined;
    let pages = 0;
    do {
      phase = `reading tools/list page ${pages + 1}`;
      const result = await client.request({ method: "tools/list", params: cursor ? { cursor } : {} }, anyResult, { timeout: timeoutMs });
      pages++;
      const tools = (result as { tools?: unknown }).tools;
      if (!Array.isArray(tools)) throw new Error(`tools/list page ${pages} has no "tools" array`);
      rawTools.push(...tools);
      const next = (result as { nextCursor?: unknown }).nextCursor;
      if (next !== undefined && next !== null && typeof next !== "string") throw new Error(`tools/list page ${pages} has a nextCursor that is not a string`);
      cursor = typeof next === "string" ? next : undefined;
      if (cursor !== undefined) {
        if (cursors.has(cursor)) throw new Error(`tools/list returned the cursor ${JSON.stringify(cursor).slice(0, 60)} twice: its pages loop`);
        cursors.add(cursor);
      }
      if (pages >= MAX_PAGES && cursor !== undefined) throw new Error(`tools/list has more than ${MAX_PAGES} pages`);
      if (rawTools.length > MAX_TOOLS) throw new Error(`tools/list has more than ${MAX_TOOLS} tools`);
    } while (cursor !== undefined);

    const info = serverInfo as LiveListing["serverInfo"];
    return { serverInfo: { name: info.name, version: info.version, title: info.title, description: info.description }, rawTools, pages };
  } catch (error) {
    throw explain(error);
  } finally {
    await shutDown(client, transport, pid);
  }
}

function makeTransport(target: LiveTarget): Transport {
  if (target.kind === "stdio") {
    return new StdioClientTransport({ command: target.command, args: target.args, env: target.env, cwd: target.cwd, stderr: "pipe" });
  }
  const url = new URL(target.url);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new LiveServerError(`${target.url} is not an http(s) address`);
  return new StreamableHTTPClientTransport(url, { requestInit: { headers: target.headers ?? {} } });
}

/**
 * Closes politely (the SDK ends stdin, then signals), then makes sure a stdio server is gone:
 * the SDK's own escalation runs on timers that do not keep this process alive, so a server
 * that ignores its closed input could outlive the import.
 */
async function shutDown(client: Client, transport: Transport, pid: number | undefined): Promise<void> {
  if (transport instanceof StreamableHTTPClientTransport && transport.sessionId) {
    await Promise.race([transport.terminateSession().catch(() => undefined), delay(1000)]);
  }
  await client.close().catch(() => undefined);
  if (pid === undefined) return;
  for (let waited = 0; alive(pid) && waited < 2000; waited += 50) await delay(50, true);
  if (alive(pid)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The message, plus the underlying cause (e.g. "connect ECONNREFUSED 127.0.0.1:9" under "fetch failed"). */
function withCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && !error.message.includes(cause) ? `${error.message}: ${cause}` : error.message;
}

function describeTransportError(error: Error): string {
  const text = error.message.split("\n")[0] ?? "";
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function delay(ms: number, keepAlive = false): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    if (!keepAlive) timer.unref();
  });
}
