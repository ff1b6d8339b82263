import { EMPTY_STATE, scopeOfBudget, type LimitState, type Spend } from "../policy/evaluate";
import type { Policy } from "../policy/schema";

/**
 * Where a guard keeps each budget: grant and session budgets in the guard process (one
 * process serves one client), global budgets in the --state file every guard process shares.
 * The evaluator sees one state, the two merged; an allowed call's spend is split back.
 */

export function isShared(budget: string): boolean {
  return scopeOfBudget(budget) === "global";
}

/** The one state the evaluator decides against: the process's own budgets and the shared ones. */
export function mergeStates(local: LimitState, shared: LimitState): LimitState {
  if (shared.buckets.size === 0) return local;
  return { buckets: new Map([...local.buckets, ...shared.buckets]) };
}

/** The shared budgets of a state, to write back to the file. */
export function sharedPart(state: LimitState): LimitState {
  return { buckets: new Map([...state.buckets].filter(([budget]) => isShared(budget))) };
}

/** The budgets the process keeps itself. */
export function localPart(state: LimitState): LimitState {
  return { buckets: new Map([...state.buckets].filter(([budget]) => !isShared(budget))) };
}

export function spendsShared(spend: readonly Spend[]): boolean {
  return spend.some((unit) => isShared(unit.budget));
}

/** Paths of the limits counted for everyone together: they need a --state file. */
export function globalLimitPaths(policy: Policy): string[] {
  return Object.entries(policy.tools ?? {}).flatMap(([tool, rule]) =>
    (rule.limits ?? []).flatMap((limit, i) => (limit.scope === "global" ? [`tools.${tool}.limits.${i}`] : [])),
  );
}

const STATE_VERSION = 1;

/** The state file: {"version":1,"buckets":{"<budget>":{"windowStart":ms,"count":n}}}. */
export function serializeState(state: LimitState): string {
  const buckets = Object.fromEntries([...state.buckets].sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({ version: STATE_VERSION, buckets }, null, 1)}\n`;
}

/** Reads a state file; an empty file is an empty state, anything else unreadable throws with why. */
export function parseState(text: string): LimitState {
  if (text.trim() === "") return EMPTY_STATE;
  const value = JSON.parse(text) as unknown;
  if (typeof value !== "object" || value === null || (value as { version?: unknown }).version !== STATE_VERSION) {
    throw new Error(`is not a guard state file (version ${STATE_VERSION})`);
  }
  const buckets = (value as { buckets?: unknown }).buckets;
  if (typeof buckets !== "object" || buckets === null) throw new Error('has no "buckets" object');
  const out = new Map<string, { windowStart: number; count: number }>();
  for (const [budget, bucket] of Object.entries(buckets)) {
    const { windowStart, count } = (bucket ?? {}) as { windowStart?: unknown; count?: unknown };
    if (!Number.isFinite(windowStart) || !Number.isInteger(count) || (count as number) < 0) {
      throw new Error(`has a bad entry for budget ${budget}`);
    }
    out.set(budget, { windowStart: windowStart as number, count: count as number });
  }
  return { buckets: out };
}
