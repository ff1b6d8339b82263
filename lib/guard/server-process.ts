import { spawn, type ChildProcess } from "node:child_process";
import { ReadBuffer, serializeMessage } from "@modelcontextprotocol/sdk/shared/stdio.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";

/**
 * The guarded server as an MCP transport: COMMAND started with the guard's whole environment
 * (the client put the server's tokens there), its stdin and stdout carrying MCP in the SDK's
 * own stdio framing, its stderr left on the guard's stderr for the client's logs.
 * The SDK's StdioClientTransport does the same but keeps to a few inherited variables and
 * does not say how the process ended, which the guard reports to the client and in its own
 * exit code.
 */

const GRACE_MS = 2_000;

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function describeExit(status: ExitStatus | undefined): string {
  if (!status) return "ended";
  if (status.signal) return `was killed by ${status.signal}`;
  return `exited with code ${status.code}`;
}

export class ServerProcess implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  /** How the process ended, once it has. */
  exitStatus?: ExitStatus;

  private child?: ChildProcess;
  private readonly buffer = new ReadBuffer();

  constructor(
    private readonly command: string,
    private readonly args: readonly string[],
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** "exited with code 1", "was killed by SIGKILL": for the client's error and the guard's stderr. */
  describeEnd(): string {
    return describeExit(this.exitStatus);
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.command, this.args, { stdio: ["pipe", "pipe", "inherit"], env: this.env, shell: false });
      this.child = child;
      child.once("spawn", () => resolve());
      child.once("error", (error) => {
        reject(error);
        this.onerror?.(error);
      });
      child.once("exit", (code, signal) => {
        this.exitStatus = { code, signal };
      });
      child.once("close", (code, signal) => {
        this.exitStatus ??= { code, signal };
        this.onclose?.();
      });
      child.stdout!.on("data", (chunk: Buffer) => this.receive(chunk));
      // A server that stops reading makes writes fail; that is reported, not thrown.
      child.stdin!.on("error", (error) => this.onerror?.(error));
    });
  }

  private receive(chunk: Buffer): void {
    try {
      this.buffer.append(chunk);
    } catch (error) {
      this.onerror?.(error as Error);
      return;
    }
    for (;;) {
      let message: JSONRPCMessage | null;
      try {
        message = this.buffer.readMessage();
      } catch (error) {
        // A line that is not JSON-RPC: reported, and the next line is read.
        this.onerror?.(error as Error);
        continue;
      }
      if (message === null) return;
      this.onmessage?.(message);
    }
  }

  send(message: JSONRPCMessage): Promise<void> {
    const stdin = this.child?.stdin;
    if (!stdin || stdin.destroyed || this.exitStatus) return Promise.reject(new Error("the server is not running"));
    return new Promise((resolve) => {
      if (stdin.write(serializeMessage(message))) resolve();
      else stdin.once("drain", () => resolve());
    });
  }

  /** Ends the server: its stdin closes, then SIGTERM, then SIGKILL, each after a grace period. */
  async close(): Promise<void> {
    const child = this.child;
    if (!child || this.exitStatus) return;
    const closed = new Promise<void>((resolve) => child.once("close", () => resolve()));
    const waitOrGiveUp = () => Promise.race([closed, new Promise<void>((resolve) => setTimeout(resolve, GRACE_MS).unref())]);
    child.stdin?.end();
    await waitOrGiveUp();
    if (!this.exitStatus) {
      child.kill("SIGTERM");
      await waitOrGiveUp();
    }
    if (!this.exitStatus) {
      child.kill("SIGKILL");
      await closed;
    }
  }
}
