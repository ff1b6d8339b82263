import type { DecisionKind } from "../policy/evaluate";
import { argumentsDigest } from "./canonical";

/** What a person said when asked to approve a call. */
export type Approval = "approved" | "declined" | "cancelled" | "not-supported";

export interface AuditEntry {
  /** When the call was decided, in ms since the epoch. */
  at: number;
  identity: string;
  session: string;
  tool: string;
  decision: DecisionKind;
  /** The part of the policy that decided, as the evaluator names it ("tools.x.limits.0"). */
  rule: string;
  reason: string;
  /** The call's arguments: only their digest is written. */
  args: unknown;
  approval?: Approval;
  /** For a call past a limit: when the limit resets. */
  retryAt?: number;
}

/**
 * One audit line (JSON, no newline): time, identity, session, tool, decision, rule, reason
 * and the SHA-256 digest of the arguments' canonical JSON, never the arguments themselves.
 * A call that reached the server is exactly one with decision "allowed".
 */
export function auditLine(entry: AuditEntry): string {
  return JSON.stringify({
    time: new Date(entry.at).toISOString(),
    identity: entry.identity,
    session: entry.session,
    tool: entry.tool,
    decision: entry.decision,
    rule: entry.rule,
    reason: entry.reason,
    args_sha256: argumentsDigest(entry.args),
    ...(entry.approval ? { approval: entry.approval } : {}),
    ...(entry.retryAt !== undefined ? { retry_at: new Date(entry.retryAt).toISOString() } : {}),
  });
}
