import { createHash } from "node:crypto";
import { classifyTool, type Verdict } from "../classify";
import { mcpToolSchema, type ServerIdentity } from "../mcp/schema";
import { isHidden } from "../policy/phrases";
import type { Policy } from "../policy/schema";
import { canonicalJson } from "./canonical";

/**
 * The tools/list answer as the agent sees it through the guard: hidden tools removed, and with
 * --annotate each tool's hints rewritten from the catalogue's verdict. Everything else in the
 * answer (other fields, the order, nextCursor) passes unchanged.
 */

export interface ListOptions {
  /** Rewrite readOnlyHint, destructiveHint and openWorldHint from the classifier's verdict. */
  annotate?: { server?: ServerIdentity };
}

export function guardToolList(result: unknown, policy: Policy, options: ListOptions = {}): unknown {
  if (typeof result !== "object" || result === null || !Array.isArray((result as { tools?: unknown }).tools)) return result;
  const tools = (result as { tools: unknown[] }).tools
    .filter((tool) => !isHidden(policy, toolName(tool) ?? ""))
    .map((tool) => (options.annotate ? annotate(tool, options.annotate.server) : tool));
  return { ...result, tools };
}

function toolName(tool: unknown): string | undefined {
  const name = (tool as { name?: unknown } | null)?.name;
  return typeof name === "string" ? name : undefined;
}

/**
 * The hints a client that decides by annotations should see. MCP defines them from the
 * tool's effect: readOnlyHint when it changes nothing, destructiveHint when it may destroy or
 * do what cannot be taken back, openWorldHint when it reaches beyond a closed set of things
 * (the internet, other people, content written by strangers).
 */
export function hintsFromVerdict(verdict: Verdict): { readOnlyHint: boolean; destructiveHint: boolean; openWorldHint: boolean } {
  const readOnly = verdict.category === "read";
  const destructive =
    verdict.category === "destructive" ||
    verdict.category === "execute" ||
    verdict.category === "financial" ||
    verdict.signals.includes("irreversible") ||
    verdict.roles.includes("destroys");
  const openWorld =
    verdict.signals.some((s) => s === "open-internet" || s === "sends-externally" || s === "untrusted-content") ||
    verdict.roles.some((r) => r === "untrusted-input" || r === "public-sink");
  return { readOnlyHint: readOnly, destructiveHint: !readOnly && destructive, openWorldHint: openWorld };
}

/** A malformed tool is passed on as it came: the classifier reads only tools it can validate. */
function annotate(tool: unknown, server: ServerIdentity | undefined): unknown {
  const parsed = mcpToolSchema.safeParse(tool);
  if (!parsed.success) return tool;
  const hints = hintsFromVerdict(classifyTool(parsed.data, server));
  return { ...(tool as object), annotations: { ...(parsed.data.annotations ?? {}), ...hints } };
}

/** What the agent is shown of a full tool list, as one digest: equal lists, equal digests. */
export function listFingerprint(result: unknown): string {
  return createHash("sha256").update(canonicalJson((result as { tools?: unknown } | null)?.tools ?? null)).digest("hex");
}
