import { checkArgs } from "./args";
import { describeLimit, isHidden, quoteName, ruleAction, ruleFor } from "./phrases";
import type { Limit, LimitScope, LimitWindow, Policy } from "./schema";

/**
 * The evaluator: how a gateway in front of an MCP server decides each tool call under a
 * policy. It is pure: `decide` reads the policy, the call and the limit state and returns
 * a decision together with the spend to apply; `applySpend` returns a new state. The
 * documentation page /docs/policy/ states these rules for people:
 *
 * 1. A hidden tool is `hidden`, whatever its rule says.
 * 2. A tool with no rule gets the default (`allowed` or `denied`), with no limits.
 * 3. A rule with action deny gives `denied`.
 * 4. Argument checks come next: a missing constrained argument, or one that breaks its
 *    check, gives `denied`.
 * 5. Then limits: if any budget the rule names is used up in the current window, the call
 *    is `rate_limited`.
 * 6. Then action approve gives `approval_required`; otherwise the call is `allowed`.
 *
 * Only an allowed call spends: one unit from each distinct counter its rule names. Windows
 * are fixed and aligned to the UTC clock (a minute from :00.000 to :59.999, a day from
 * 00:00 UTC), budgets are per counter name (rules sharing a counter share it) and per
 * scope key: grant = identity, session = identity + session, global = everyone.
 *
 * Approval: `approval_required` spends nothing. Limits are checked before asking, so a
 * person is never asked to approve a call that could not run. When a person approves,
 * the gateway decides the call again at the moment it runs with `{ approved: true }` and
 * applies that decision's spend; if the budget ran out while the person was deciding, the
 * approved call is `rate_limited` and does not run. So only calls that actually run count.
 *
 * Calls must be decided in time order. The state keeps the current window of each budget
 * only; a call in an earlier window than a budget has already counted is refused
 * (`rate_limited`), because its window's count is no longer known.
 */

export type DecisionKind = "allowed" | "denied" | "hidden" | "approval_required" | "rate_limited";
export const DECISION_KINDS: readonly DecisionKind[] = ["allowed", "denied", "hidden", "approval_required", "rate_limited"];

export interface ToolCall {
  tool: string;
  /** The call's arguments; a missing object counts as no arguments. */
  args?: unknown;
  /** When the call happens, in milliseconds since the epoch (UTC). */
  at: number;
  /** Who is calling: the grant the agent holds. Budgets with scope grant are per identity. */
  identity: string;
  /** The agent's session; budgets with scope session are per identity and session. A call without one shares the identity's sessionless budget. */
  session?: string;
}

/** One unit to take from one budget when the call runs. */
export interface Spend {
  /** The budget: counter name and scope key. */
  budget: string;
  counter: string;
  windowStart: number;
}

export interface Decision {
  decision: DecisionKind;
  /** Which part of the policy decided: "hide", "default", "tools.<tool>", "tools.<tool>.args.<arg>", "tools.<tool>.limits.<i>". */
  rule: string;
  reason: string;
  /** What running this call spends: non-empty only for `allowed`. */
  spend: Spend[];
  /** For `rate_limited`: when the blocking window ends (ms since the epoch). */
  retryAt?: number;
}

interface Bucket {
  readonly windowStart: number;
  readonly count: number;
}

/** Used budgets, keyed by budget; treat as immutable and replace it with applySpend's result. */
export interface LimitState {
  readonly buckets: ReadonlyMap<string, Bucket>;
}

export const EMPTY_STATE: LimitState = Object.freeze({ buckets: new Map<string, Bucket>() });

export const WINDOW_MS: Record<LimitWindow, number> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
};

export interface DecideOptions {
  /** A person has approved this call: an `approve` rule then allows it (limits still apply). */
  approved?: boolean;
}

/** The tools an agent is shown: the server's list without the hidden ones, in the same order. */
export function visibleTools<T extends string | { name: string }>(policy: Policy, tools: readonly T[]): T[] {
  return tools.filter((tool) => !isHidden(policy, typeof tool === "string" ? tool : tool.name));
}

export function decide(policy: Policy, call: ToolCall, state: LimitState = EMPTY_STATE, options: DecideOptions = {}): Decision {
  const tool = call.tool;
  const name = quoteName(tool);
  if (isHidden(policy, tool)) {
    return refuse("hidden", "hide", `${name} is hidden by this policy: it is not in the agent's tool list and every call is refused`);
  }

  const rule = ruleFor(policy, tool);
  if (!rule) {
    return policy.default === "allow"
      ? { decision: "allowed", rule: "default", reason: `${name} has no rule, and the default is allow`, spend: [] }
      : refuse("denied", "default", `${name} has no rule, and the default is deny`);
  }

  const rulePath = `tools.${tool}`;
  const because = rule.reason ? ` (the policy says: ${rule.reason.trim()})` : "";
  const action = ruleAction(rule);
  if (action === "deny") return refuse("denied", rulePath, `${name} is denied by its rule${because}`);

  const breach = checkArgs(rule.args ?? {}, call.args);
  if (breach) return refuse("denied", `${rulePath}.args.${breach.arg}`, `${breach.message}, so the call is refused`);

  const spend: Spend[] = [];
  const seen = new Set<string>();
  for (const [index, limit] of (rule.limits ?? []).entries()) {
    if (seen.has(limit.counter)) continue;
    seen.add(limit.counter);
    if (!Number.isFinite(call.at)) {
      return refuse("denied", `${rulePath}.limits.${index}`, `the call has no valid time, so its limit "${limit.counter}" cannot be counted`);
    }
    const budget = budgetKey(limit, call);
    const windowStart = windowStartOf(call.at, limit.window);
    const windowEnd = windowStart + WINDOW_MS[limit.window];
    const bucket = state.buckets.get(budget);
    const limitPath = `${rulePath}.limits.${index}`;
    if (bucket && bucket.windowStart > windowStart) {
      return {
        ...refuse("rate_limited", limitPath, `the call is earlier than a call already counted against "${limit.counter}"; calls must come in time order`),
        retryAt: bucket.windowStart + WINDOW_MS[limit.window],
      };
    }
    const used = bucket && bucket.windowStart === windowStart ? bucket.count : 0;
    if (used >= limit.max) {
      return {
        ...refuse(
          "rate_limited",
          limitPath,
          `limit "${limit.counter}" allows ${describeLimit(limit)} and ${used} ${used === 1 ? "was" : "were"} already made in the window from ${iso(windowStart)} to ${iso(windowEnd)}`,
        ),
        retryAt: windowEnd,
      };
    }
    spend.push({ budget, counter: limit.counter, windowStart });
  }

  if (action === "approve" && !options.approved) {
    return refuse("approval_required", rulePath, `${name} needs a person's approval for each call${because}; nothing is counted until it is approved and runs`);
  }
  const counted = spend.length > 0 ? `; counted against ${spend.map((s) => `"${s.counter}"`).join(", ")}` : "";
  const approvedNote = action === "approve" ? " and approved by a person" : "";
  return { decision: "allowed", rule: rulePath, reason: `${name} is allowed by its rule${approvedNote}${counted}`, spend };
}

/** The state after the given spend: a new object; the old one is not changed. */
export function applySpend(state: LimitState, spend: readonly Spend[]): LimitState {
  if (spend.length === 0) return state;
  const buckets = new Map(state.buckets);
  for (const unit of spend) {
    const bucket = buckets.get(unit.budget);
    if (!bucket || bucket.windowStart < unit.windowStart) {
      buckets.set(unit.budget, { windowStart: unit.windowStart, count: 1 });
    } else if (bucket.windowStart === unit.windowStart) {
      buckets.set(unit.budget, { windowStart: unit.windowStart, count: bucket.count + 1 });
    } else {
      throw new Error(`spend for "${unit.counter}" is for a window that has already passed; decide the call again against the current state`);
    }
  }
  return { buckets };
}

/** Decides a call and, when it runs, spends its budget: what a gateway does per call. */
export function step(policy: Policy, call: ToolCall, state: LimitState, options: DecideOptions = {}): { decision: Decision; state: LimitState } {
  const decision = decide(policy, call, state, options);
  return { decision, state: decision.decision === "allowed" ? applySpend(state, decision.spend) : state };
}

/** Decides calls in order, each seeing the limits spent by those before it. */
export function decideAll(policy: Policy, calls: readonly ToolCall[], state: LimitState = EMPTY_STATE): Decision[] {
  const decisions: Decision[] = [];
  let current = state;
  for (const call of calls) {
    const result = step(policy, call, current);
    decisions.push(result.decision);
    current = result.state;
  }
  return decisions;
}

export function windowStartOf(at: number, window: LimitWindow): number {
  const size = WINDOW_MS[window];
  return Math.floor(at / size) * size;
}

function budgetKey(limit: Limit, call: ToolCall): string {
  return JSON.stringify([limit.counter, ...scopeKey(limit.scope, call)]);
}

/** Whose budget a spend's key names: a gateway keeps global budgets where every process sees them. */
export function scopeOfBudget(budget: string): LimitScope {
  const scope: unknown = (JSON.parse(budget) as unknown[])[1];
  if (scope === "grant" || scope === "session" || scope === "global") return scope;
  throw new Error(`not a budget key: ${budget}`);
}

function scopeKey(scope: LimitScope, call: ToolCall): string[] {
  if (scope === "global") return ["global"];
  if (scope === "grant") return ["grant", call.identity];
  return ["session", call.identity, call.session ?? ""];
}

function refuse(decision: Exclude<DecisionKind, "allowed">, rule: string, reason: string): Decision {
  return { decision, rule, reason, spend: [] };
}

function iso(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(ms) : date.toISOString();
}
