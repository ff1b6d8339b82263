import type { RiskLevel } from "../taxonomy";
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

/** The recommended policy.json for one tool, with a reason a person understands. */
export function recommendPolicy(tool: string, risk: RiskLevel, reason: string): Policy {
  const rule = RECOMMENDATION_TABLE[risk].rule(tool);
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
