import { randomUUID } from "node:crypto";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import {
  ErrorCode,
  isJSONRPCErrorResponse,
  isJSONRPCNotification,
  isJSONRPCRequest,
  isJSONRPCResultResponse,
  type JSONRPCMessage,
  type JSONRPCNotification,
  type JSONRPCRequest,
  type RequestId,
} from "@modelcontextprotocol/sdk/types.js";
import type { ServerIdentity } from "../mcp/schema";
import { decide, type Decision } from "../policy/evaluate";
import { isHidden, ruleFor } from "../policy/phrases";
import type { Policy } from "../policy/schema";
import { auditLine, type Approval } from "./audit";
import type { GuardBudgets } from "./budgets";
import {
  approvalAnswer,
  approvalRefusedResult,
  approvalRequest,
  approvalUnavailableResult,
  clientCanAsk,
  guardFailureResult,
  refusalResult,
  unknownToolError,
} from "./gate";
import { guardToolList, listFingerprint } from "./tool-list";

/**
 * The guard between a client and one MCP server, message by message. Everything passes
 * unchanged (results, errors, progress, cancellation, the server's own requests to the
 * client) except:
 *  - tools/call, which is decided first (decide() of lib/policy/evaluate, with the budgets
 *    of budgets.ts) and reaches the server only when allowed, after a person's approval
 *    through elicitation when the policy asks for one;
 *  - tools/list answers, without hidden tools (and with --annotate, with hints from the
 *    classifier);
 *  - notifications/tools/list_changed, passed on only when the list the agent sees changed.
 * Request ids are renumbered on each side, so the guard's own requests (approval, list
 * refresh) never clash with the client's or the server's; cancellations follow the mapping.
 */

export interface GuardOptions {
  policy: Policy;
  identity: string;
  budgets: GuardBudgets;
  /** Receives one audit line (no newline) per tools/call. */
  audit: (line: string) => void;
  annotate: boolean;
  /** How long the server may take to answer initialize before the guard gives up on it. */
  startupTimeoutMs: number;
  /** The guard's own requests to the server (the list refresh) wait this long. */
  requestTimeoutMs?: number;
}

export interface GuardEnd {
  code: number;
  reason: string;
}

type UpstreamPending =
  | { kind: "client"; clientId: RequestId; method: string; firstPage: boolean }
  | { kind: "own"; settle: (message: JSONRPCMessage | Error) => void };

type DownstreamPending = { kind: "server"; serverId: RequestId } | { kind: "own"; settle: (message: JSONRPCMessage | Error) => void };

const MAX_LIST_PAGES = 100;

export class GuardRelay {
  /** Called once, when the guard should stop: the client left, or the server failed. */
  onend?: (end: GuardEnd) => void;

  private readonly upstream = new Map<number, UpstreamPending>();
  private readonly upstreamIdOf = new Map<RequestId, number>();
  private readonly downstream = new Map<number, DownstreamPending>();
  private readonly downstreamIdOf = new Map<RequestId, number>();
  /** tools/call requests the guard holds while it decides or waits for a person. */
  private readonly held = new Map<RequestId, AbortController>();
  private nextUpstreamId = 1;
  private nextDownstreamId = 1;
  private session = randomUUID();
  private canAsk = false;
  private server: ServerIdentity | undefined;
  private visibleList: string | undefined;
  private startupTimer: NodeJS.Timeout | undefined;
  private ended = false;

  constructor(
    private readonly client: Transport,
    private readonly upstreamServer: Transport & { describeEnd?: () => string },
    private readonly options: GuardOptions,
  ) {}

  async start(): Promise<void> {
    this.client.onmessage = (message) => this.fromClient(message);
    this.upstreamServer.onmessage = (message) => this.fromServer(message);
    this.upstreamServer.onclose = () => this.serverGone();
    this.client.onclose = () => this.clientGone();
    await this.upstreamServer.start();
    await this.client.start();
  }

  /** The client closed the connection: nothing more to do for it. */
  clientGone(): void {
    this.end({ code: 0, reason: "the client closed the connection" });
  }

  // ---- from the client ----

  private fromClient(message: JSONRPCMessage): void {
    if (isJSONRPCRequest(message)) {
      if (message.method === "initialize") {
        this.canAsk = clientCanAsk(message.params?.capabilities);
        this.session = randomUUID();
        this.forward(message);
        this.startupTimer = setTimeout(() => this.serverHung(message.id), this.options.startupTimeoutMs);
        this.startupTimer.unref();
      } else if (message.method === "tools/call") {
        void this.call(message);
      } else {
        this.forward(message);
      }
    } else if (isJSONRPCNotification(message)) {
      if (message.method === "notifications/cancelled") this.cancelFromClient(message);
      else this.toServer(message);
    } else if (isJSONRPCResultResponse(message) || isJSONRPCErrorResponse(message)) {
      if (message.id === undefined || typeof message.id !== "number") return;
      const pending = this.downstream.get(message.id);
      if (!pending) return;
      this.downstream.delete(message.id);
      if (pending.kind === "own") {
        pending.settle(message);
        return;
      }
      this.downstreamIdOf.delete(pending.serverId);
      this.toServer({ ...message, id: pending.serverId });
    }
  }

  /** A client request on to the server, under the guard's own id. */
  private forward(request: JSONRPCRequest): void {
    const id = this.nextUpstreamId++;
    const firstPage = (request.params as { cursor?: unknown } | undefined)?.cursor === undefined;
    this.upstream.set(id, { kind: "client", clientId: request.id, method: request.method, firstPage });
    this.upstreamIdOf.set(request.id, id);
    this.toServer({ ...request, id });
  }

  private cancelFromClient(notification: JSONRPCNotification): void {
    const requestId = (notification.params as { requestId?: RequestId } | undefined)?.requestId;
    if (requestId === undefined) return;
    const held = this.held.get(requestId);
    if (held) {
      held.abort();
      return;
    }
    const upstreamId = this.upstreamIdOf.get(requestId);
    if (upstreamId === undefined) return;
    this.upstreamIdOf.delete(requestId);
    this.upstream.delete(upstreamId);
    this.toServer({ ...notification, params: { ...notification.params, requestId: upstreamId } });
  }

  // ---- tools/call ----

  private async call(request: JSONRPCRequest): Promise<void> {
    const params = (request.params ?? {}) as { name?: unknown; arguments?: unknown };
    const tool = params.name;
    // A call without a tool name is the server's to reject.
    if (typeof tool !== "string") return this.forward(request);
    const { policy, identity } = this.options;
    const call = (at: number) => ({ tool, args: params.arguments, at, identity, session: this.session });
    const audit = (decision: Decision, at: number, approval?: Approval) =>
      this.options.audit(
        auditLine({
          at,
          identity,
          session: this.session,
          tool,
          decision: decision.decision,
          rule: decision.rule,
          reason: decision.reason,
          args: params.arguments,
          ...(approval ? { approval } : {}),
          ...(decision.retryAt !== undefined ? { retryAt: decision.retryAt } : {}),
        }),
      );

    if (isHidden(policy, tool)) {
      const at = Date.now();
      audit(decide(policy, call(at)), at);
      return this.toClient({ jsonrpc: "2.0", id: request.id, error: unknownToolError(tool) });
    }

    const abort = new AbortController();
    this.held.set(request.id, abort);
    // A call the client cancelled, or the server's end answered, gets nothing more.
    const reply = (result: Record<string, unknown>) => {
      if (!abort.signal.aborted) this.toClient({ jsonrpc: "2.0", id: request.id, result });
    };
    const global = (ruleFor(policy, tool)?.limits ?? []).some((limit) => limit.scope === "global");
    try {
      let { decision, at } = await this.options.budgets.decide((state, now) => decide(policy, call(now), state), global);
      let approval: Approval | undefined;
      if (decision.decision === "approval_required") {
        if (!this.canAsk) {
          audit(decision, at, "not-supported");
          return reply(approvalUnavailableResult(tool));
        }
        const answer = approvalAnswer(await this.askClient("elicitation/create", approvalRequest(policy, tool, params.arguments), abort.signal));
        if (answer !== "approved") {
          audit(decision, Date.now(), answer);
          return reply(approvalRefusedResult(tool, answer));
        }
        approval = "approved";
        // Decided again as it runs: the budget may have run out while the person decided.
        ({ decision, at } = await this.options.budgets.decide((state, now) => decide(policy, call(now), state, { approved: true }), global));
      }
      audit(decision, at, approval);
      if (decision.decision !== "allowed") return reply(refusalResult(decision, at));
      this.held.delete(request.id);
      if (!abort.signal.aborted) this.forward(request);
    } catch (error) {
      // Cancelled by the client while held: per MCP, no answer is sent.
      if (abort.signal.aborted) return;
      // The state file stayed locked or broke, or the client failed the approval request:
      // the call is refused, and the log says why.
      const why = `the guard could not decide it: ${error instanceof Error ? error.message : String(error)}`;
      const at = Date.now();
      audit({ decision: "denied", rule: "guard", reason: why, spend: [] }, at);
      reply(guardFailureResult(tool, why));
    } finally {
      this.held.delete(request.id);
    }
  }

  /** A request of the guard's own to the client; the answer is its result, or an error. */
  private askClient(method: string, params: Record<string, unknown>, signal: AbortSignal): Promise<unknown> {
    const id = this.nextDownstreamId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.downstream.delete(id);
        this.toClient({ jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: id, reason: "the tool call was cancelled" } });
        reject(new Error("cancelled"));
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.downstream.set(id, {
        kind: "own",
        settle: (message) => {
          signal.removeEventListener("abort", onAbort);
          if (message instanceof Error) reject(message);
          else if ("error" in message) reject(new Error(`the client could not ask for approval: ${message.error.message}`));
          else if ("result" in message) resolve(message.result);
        },
      });
      this.toClient({ jsonrpc: "2.0", id, method, params });
    });
  }

  // ---- from the server ----

  private fromServer(message: JSONRPCMessage): void {
    if (isJSONRPCResultResponse(message) || isJSONRPCErrorResponse(message)) {
      if (typeof message.id !== "number") return;
      const pending = this.upstream.get(message.id);
      if (!pending) return;
      this.upstream.delete(message.id);
      if (pending.kind === "own") return pending.settle(message);
      this.upstreamIdOf.delete(pending.clientId);
      if (pending.method === "initialize") this.serverStarted(message);
      if (pending.method === "tools/list" && "result" in message) {
        const result = guardToolList(message.result, this.options.policy, this.listOptions()) as typeof message.result;
        if (pending.firstPage && !result.nextCursor) this.visibleList = listFingerprint(result);
        return this.toClient({ ...message, id: pending.clientId, result });
      }
      return this.toClient({ ...message, id: pending.clientId });
    }
    if (isJSONRPCRequest(message)) {
      const id = this.nextDownstreamId++;
      this.downstream.set(id, { kind: "server", serverId: message.id });
      this.downstreamIdOf.set(message.id, id);
      return this.toClient({ ...message, id });
    }
    if (isJSONRPCNotification(message)) {
      if (message.method === "notifications/tools/list_changed") return void this.listChanged(message);
      if (message.method === "notifications/cancelled") {
        const requestId = (message.params as { requestId?: RequestId } | undefined)?.requestId;
        const id = requestId === undefined ? undefined : this.downstreamIdOf.get(requestId);
        if (id === undefined) return;
        this.downstreamIdOf.delete(requestId!);
        this.downstream.delete(id);
        return this.toClient({ ...message, params: { ...message.params, requestId: id } });
      }
      this.toClient(message);
    }
  }

  private serverStarted(message: JSONRPCMessage): void {
    clearTimeout(this.startupTimer);
    const info = (message as { result?: { serverInfo?: { name?: unknown; title?: unknown } } }).result?.serverInfo;
    if (typeof info?.name === "string") this.server = { slug: info.name, ...(typeof info.title === "string" ? { title: info.title } : {}) };
  }

  private listOptions() {
    return this.options.annotate ? { annotate: { ...(this.server ? { server: this.server } : {}) } } : {};
  }

  /**
   * The server's tools changed: the guard reads the whole list and tells the client only when
   * what the agent sees changed (a hidden tool coming or going is not news to it). When the
   * list cannot be read, the client is told anyway; what it then lists is filtered as always.
   */
  private async listChanged(notification: JSONRPCNotification): Promise<void> {
    try {
      const tools: unknown[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_LIST_PAGES; page++) {
        const result = (await this.askServer("tools/list", cursor ? { cursor } : {})) as { tools?: unknown[]; nextCursor?: string };
        tools.push(...(result.tools ?? []));
        cursor = result.nextCursor;
        if (!cursor) break;
      }
      const seen = listFingerprint(guardToolList({ tools }, this.options.policy, this.listOptions()));
      if (seen === this.visibleList) return;
      this.visibleList = seen;
    } catch {
      this.visibleList = undefined;
    }
    this.toClient(notification);
  }

  private askServer(method: string, params: Record<string, unknown>): Promise<unknown> {
    const id = this.nextUpstreamId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.upstream.delete(id);
        reject(new Error(`the server did not answer ${method}`));
      }, this.options.requestTimeoutMs ?? 30_000);
      timer.unref();
      this.upstream.set(id, {
        kind: "own",
        settle: (message) => {
          clearTimeout(timer);
          if (message instanceof Error) reject(message);
          else if ("error" in message) reject(new Error(message.error.message));
          else if ("result" in message) resolve(message.result);
        },
      });
      this.toServer({ jsonrpc: "2.0", id, method, params });
    });
  }

  // ---- endings ----

  private serverHung(initializeId: RequestId): void {
    const seconds = this.options.startupTimeoutMs / 1000;
    const message = `catalogue guard: the MCP server did not answer initialize within ${seconds} s`;
    this.toClient({ jsonrpc: "2.0", id: initializeId, error: { code: ErrorCode.InternalError, message } });
    this.end({ code: 1, reason: `the server did not answer initialize within ${seconds} s` });
  }

  /** The server ended while the client was still there: every open request gets an error. */
  private serverGone(): void {
    if (this.ended) return;
    const how = this.upstreamServer.describeEnd?.() ?? "ended";
    const message = `catalogue guard: the MCP server ${how} before answering`;
    for (const pending of this.upstream.values()) {
      if (pending.kind === "client") this.toClient({ jsonrpc: "2.0", id: pending.clientId, error: { code: ErrorCode.ConnectionClosed, message } });
      else pending.settle(new Error(message));
    }
    this.upstream.clear();
    for (const [id, held] of this.held) {
      held.abort();
      this.toClient({ jsonrpc: "2.0", id, error: { code: ErrorCode.ConnectionClosed, message } });
    }
    this.end({ code: 1, reason: `the server ${how}` });
  }

  private end(end: GuardEnd): void {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.startupTimer);
    this.onend?.(end);
  }

  private toServer(message: JSONRPCMessage): void {
    this.upstreamServer.send(message).catch(() => {
      // The server is gone; serverGone() answers what is open.
    });
  }

  private toClient(message: JSONRPCMessage): void {
    this.client.send(message).catch(() => {
      // The client is gone; clientGone() ends the guard.
    });
  }
}
