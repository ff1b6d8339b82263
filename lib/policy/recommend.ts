import type { RiskLevel, SignalId } from "../taxonomy";
import type { Policy, PolicyRule } from "./schema";

/**
 * The one table from a verdict to a recommended policy. Every recommended policy in the
 * catalogue, hand-written or classified, follows it:
 *
 *   low      → allowed
 *   medium   → allowed, at most 30 calls a minute per identity
 *   high     → a person approves each call, and at most 10 calls an hour per identity
 *   critical → hidden from the agent's tool list, every call refused
 *
 * Tool poisoning overrides the level: a definition that tries to instruct the model is hidden
 * whatever the tool does, because its description cannot be trusted to say what that is.
 *
 * The default is deny: a tool the policy does not name is refused.
 */
export const RECOMMENDATION_TABLE: Record<RiskLevel, { summary: string; rule: (tool: string) => PolicyRule | "hide" }> = {
  low: { summary: "allowed", rule: () => ({ action: "allow" }) },
  medium: {
    summary: "allowed, rate-limited to 30 calls a minute",
    rule: (tool) => ({ action: "allow", limits: [{ counter: `${tool}_rate`, window: "minute", max: 30, scope: "grant" }] }),
  },
  high: {
    summary: "each call needs a person's approval, at most 10 an hour",
    rule: (tool) => ({ action: "approve", limits: [{ counter: `${tool}_rate`, window: "hour", max: 10, scope: "grant" }] }),
  },
  critical: { summary: "hidden from the agent", rule: () => "hide" },
};

/** The row of the table a tool follows: its level's, or the hidden row when its definition is poisoned. */
export function recommendationFor(risk: RiskLevel, signals: readonly string[] = []): (typeof RECOMMENDATION_TABLE)[RiskLevel] {
  const poisoned: SignalId = "tool-poisoning";
  return signals.includes(poisoned) ? RECOMMENDATION_TABLE.critical : RECOMMENDATION_TABLE[risk];
}

/** The recommended policy.json for one tool, with a reason a person understands. `signals` may hide it (tool poisoning). */
export function recommendPolicy(tool: string, risk: RiskLevel, reason: string, signals: readonly string[] = []): Policy {
  const rule = recommendationFor(risk, signals).rule(tool);
  if (rule === "hide") return { version: "1", default: "deny", hide: [tool], tools: {} };
  return { version: "1", default: "deny", tools: { [tool]: { ...rule, reason } } };
}

/** One policy for a whole server: the union of its tools' policies, default deny. */
export function mergePolicies(policies: readonly Policy[]): Policy {
  const hide = new Set<string>();
  const tools: Record<string, PolicyRule> = {};
  for (const policy of policies) {
    for (const name of policy.hide ?? []) hide.add(name);
    Object.assign(tools, policy.tools ?? {});
  }
  return { version: "1", default: "deny", hide: [...hide].sort(), tools };
}
