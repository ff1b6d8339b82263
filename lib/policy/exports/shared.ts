import { describeConstraint, describeLimit, isHidden, listNames, plural, quoteName, ruleAction } from "../phrases";

import type { Policy } from "../schema";

/** The policy sorted into what each client format needs to know, tool by tool. */
export interface ToolPlan {
  /** Allowed with no limit and no argument check: every format can say this. */
  allow: string[];
  /** Allowed, but with argument checks no client format can make. */
  allowWithArgs: string[];
  /** A person approves each call. */
  approve: string[];
  deny: string[];
  hide: string[];
  /** Server tools the policy does not name (only when the tool list is known). */
  unnamed: string[];
  /** Tools whose rule has limits (allowed or approved). */
  limited: string[];
}

export function planTools(policy: Policy, tools?: readonly string[]): ToolPlan {
  const plan: ToolPlan = { allow: [], allowWithArgs: [], approve: [], deny: [], hide: [...(policy.hide ?? [])], unnamed: [], limited: [] };
  for (const [tool, rule] of Object.entries(policy.tools ?? {})) {
    if (isHidden(policy, tool)) continue;
    const action = ruleAction(rule);
    if (action === "deny") {
      plan.deny.push(tool);
      continue;
    }
    if ((rule.limits ?? []).length > 0) plan.limited.push(tool);
    if (action === "approve") plan.approve.push(tool);
    else if (Object.keys(rule.args ?? {}).length > 0) plan.allowWithArgs.push(tool);
    else plan.allow.push(tool);
  }
  if (tools) {
    const named = new Set([...Object.keys(policy.tools ?? {}), ...plan.hide]);
    plan.unnamed = [...new Set(tools)].filter((tool) => !named.has(tool));
  }
  return plan;
}

/** The caveat every format shares: none of them can count calls. */
export function limitCaveat(policy: Policy, plan: ToolPlan, client: string): string[] {
  return plan.limited.map((tool) => {
    const limits = (policy.tools?.[tool]?.limits ?? []).map(describeLimit);
    return `${client} cannot rate-limit: ${quoteName(tool)} should get ${limits.join(" and ")}, but this export lets it run without counting. Enforce the limit in a gateway or proxy in front of the server.`;
  });
}

export function argsCaveat(policy: Policy, tools: readonly string[], client: string, fallback: string): string[] {
  return tools.flatMap((tool) => {
    const args = Object.entries(policy.tools?.[tool]?.args ?? {});
    if (args.length === 0) return [];
    const checks = args.map(([name, c]) => `${quoteName(name)} ${describeConstraint(c).join(" and ")}`).join("; ");
    return [`${client} cannot check arguments: for ${quoteName(tool)}, ${checks}. ${fallback}`];
  });
}

export function unknownToolsCaveat(policy: Policy, tools: readonly string[] | undefined, client: string, whatHappens: string): string[] {
  if (policy.default !== "deny" || tools) return [];
  return [`The policy's default is deny, but the server's full tool list was not given, so this export cannot name the tools it does not mention. In ${client}, ${whatHappens}`];
}

export function countTools(names: readonly string[]): string {
  return `${plural(names.length, "tool")} (${listNames(names, 8)})`;
}
