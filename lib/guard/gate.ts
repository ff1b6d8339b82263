import type { Decision } from "../policy/evaluate";
import { quoteName, ruleFor } from "../policy/phrases";
import type { Policy } from "../policy/schema";

/**
 * What the guard answers for a tools/call the policy does not let through, in MCP terms. Pure:
 * the relay (relay.ts) sends what these return.
 *
 * - A hidden tool is answered like a tool that does not exist: the JSON-RPC error the MCP
 *   specification gives for an unknown tool (-32602, "Unknown tool: <name>"), so the agent
 *   learns nothing about it.
 * - Every other refusal is a tool result with isError, whose text the agent can read: the
 *   policy's reason, and for a limit when it resets.
 */

/** JSON-RPC "invalid params", which the MCP specification uses for an unknown tool. */
export const UNKNOWN_TOOL_CODE = -32602;

export function unknownToolError(tool: string): { code: number; message: string } {
  return { code: UNKNOWN_TOOL_CODE, message: `Unknown tool: ${tool}` };
}

export interface ToolErrorResult {
  [key: string]: unknown;
  content: { type: "text"; text: string }[];
  isError: true;
}

function toolError(text: string): ToolErrorResult {
  return { content: [{ type: "text", text }], isError: true };
}

/** A denied or rate-limited call, said so the agent can act on it. */
export function refusalResult(decision: Decision, now: number): ToolErrorResult {
  const head = `Refused by the access policy (${decision.rule}): ${decision.reason}.`;
  if (decision.decision !== "rate_limited" || decision.retryAt === undefined) return toolError(`${head} Nothing was run.`);
  const seconds = Math.max(1, Math.ceil((decision.retryAt - now) / 1000));
  return toolError(`${head} Nothing was run and nothing was counted. The limit resets at ${new Date(decision.retryAt).toISOString()} (in ${seconds} s).`);
}

/** A call that needs approval, from a client that cannot ask a person. */
export function approvalUnavailableResult(tool: string): ToolErrorResult {
  return toolError(
    `Refused: the access policy needs a person's approval for each call to ${quoteName(tool)}, and this client cannot ask for it (it does not support MCP elicitation forms). Nothing was run. Use a client that supports elicitation, or change the policy.`,
  );
}

export function approvalRefusedResult(tool: string, answer: "declined" | "cancelled"): ToolErrorResult {
  const said = answer === "declined" ? "A person declined" : "The approval request was dismissed without an answer, so the guard did not run";
  return toolError(`Refused: ${said} this call to ${quoteName(tool)}. Nothing was run.`);
}

/** A call the guard could not decide (its state file stayed locked, an approval request failed): refused, never run. */
export function guardFailureResult(tool: string, why: string): ToolErrorResult {
  return toolError(`Refused: ${quoteName(tool)} was not run because ${why}.`);
}

/** Shown to the person: what would run, with its arguments, so they decide knowing what it does. */
const MAX_SHOWN_ARGS = 4000;

export interface ApprovalRequest {
  [key: string]: unknown;
  message: string;
  requestedSchema: { type: "object"; properties: Record<string, never> };
}

/** The elicitation/create params that ask a person to approve one call: accept runs it, anything else refuses it. */
export function approvalRequest(policy: Policy, tool: string, args: unknown): ApprovalRequest {
  const reason = ruleFor(policy, tool)?.reason?.trim();
  let shown = JSON.stringify(args ?? {}, null, 2);
  if (shown.length > MAX_SHOWN_ARGS) shown = `${shown.slice(0, MAX_SHOWN_ARGS)}\n... (${shown.length - MAX_SHOWN_ARGS} more characters)`;
  return {
    message: `Run ${quoteName(tool)}? The access policy needs your approval for each call${reason ? ` (${reason})` : ""}. Accept to run it once, decline to refuse it.\n\nArguments:\n${shown}`,
    requestedSchema: { type: "object", properties: {} },
  };
}

/** The person's answer in an elicitation result. */
export function approvalAnswer(result: unknown): "approved" | "declined" | "cancelled" {
  const action = (result as { action?: unknown } | null)?.action;
  return action === "accept" ? "approved" : action === "decline" ? "declined" : "cancelled";
}

/**
 * Whether a client can show an approval form: its initialize capabilities declare elicitation
 * with form mode (an empty elicitation object means form, as the specification says for
 * clients from before URL mode).
 */
export function clientCanAsk(capabilities: unknown): boolean {
  const elicitation = (capabilities as { elicitation?: unknown } | null | undefined)?.elicitation;
  if (typeof elicitation !== "object" || elicitation === null) return false;
  return Object.keys(elicitation).length === 0 || "form" in elicitation;
}
