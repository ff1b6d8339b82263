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
    process.stderr.write(`catalogue guard: cannot start ${JSON.stringify(options.command)}: ${error instanceof Error ? error.message : String(error)}\n`);
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
