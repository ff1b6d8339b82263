import fs from "node:fs";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import type { Policy } from "../policy/schema";
import { GuardBudgets } from "./budgets";
import { GuardRelay, type GuardEnd } from "./relay";
import { ServerProcess } from "./server-process";
import type { SharedStateFile } from "./state-file";

/**
 * The guard as a process: MCP on its own stdin and stdout (the SDK's StdioServerTransport),
 * the server as a child (server-process.ts), the relay between them. Ends when the client
 * closes stdin or the guard is signalled (exit 0; the server is ended with it), or when the
 * server exits or hangs at startup (exit 1, after the client got an error for what was open).
 */

export interface GuardProcessOptions {
  policy: Policy;
  identity: string;
  annotate: boolean;
  /** An open file descriptor to append audit lines to. */
  auditFd?: number;
  state?: SharedStateFile;
  command: string;
  args: readonly string[];
  startupTimeoutMs: number;
}

export async function runGuardProcess(options: GuardProcessOptions): Promise<number> {
  const server = new ServerProcess(options.command, options.args);
  const client = new StdioServerTransport();
  const { auditFd } = options;
  const relay = new GuardRelay(client, server, {
    policy: options.policy,
    identity: options.identity,
    annotate: options.annotate,
    budgets: new GuardBudgets(options.state),
    audit: auditFd === undefined ? () => {} : (line) => fs.writeSync(auditFd, `${line}\n`),
    startupTimeoutMs: options.startupTimeoutMs,
  });
  const ended = new Promise<GuardEnd>((resolve) => (relay.onend = resolve));
  // Lines that are not JSON-RPC are skipped; the client's log shows them.
  server.onerror = (error) => process.stderr.write(`catalogue guard: from the server: ${error.message}\n`);
  client.onerror = (error) => process.stderr.write(`catalogue guard: from the client: ${error.message}\n`);
  // The SDK's stdio transport does not watch for the end of stdin: that is the client leaving.
  process.stdin.once("end", () => relay.clientGone());
  process.stdin.once("close", () => relay.clientGone());
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.once(signal, () => relay.clientGone());

  try {
    await relay.start();
  } catch (error) {
    const reason = `cannot start ${JSON.stringify(options.command)}: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`catalogue guard: ${reason}\n`);
    await answerWhileGone(client, `catalogue guard: the MCP server ${reason}`);
    return 1;
  }
  const end = await ended;
  if (end.code !== 0) process.stderr.write(`catalogue guard: ${end.reason}\n`);
  await server.close();
  // Whatever the client was sent must reach it before the process goes.
  await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
  process.stdin.destroy();
  return end.code;
}

/** How long a guard whose server never started waits for the client's first request, to answer it. */
const GONE_GRACE_MS = 2_000;

/**
 * The server could not be started: a client that spawned the guard sends initialize at once and
 * would otherwise see only a closed pipe. Answer its requests with the reason until the first is
 * answered, the client leaves, or the grace period ends.
 */
async function answerWhileGone(client: StdioServerTransport, message: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, GONE_GRACE_MS);
    client.onmessage = (incoming) => {
      if (!("id" in incoming) || !("method" in incoming)) return;
      void client.send({ jsonrpc: "2.0", id: incoming.id, error: { code: -32603, message } }).then(done, done);
    };
    client.onclose = done;
    process.stdin.once("end", done);
    client.start().catch(done);
  });
  await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
  process.stdin.destroy();
}
