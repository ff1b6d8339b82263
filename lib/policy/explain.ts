import { describeConstraint, describeLimit, isHidden, listNames, namedTools, plural, quoteName, ruleAction } from "./phrases";
import type { Limit, Policy, PolicyRule } from "./schema";

/**
 * Plain sentences saying exactly what a policy does, in the order a reader needs them:
 * what the agent may call freely, what needs a person, what is refused, what is hidden,
 * and what every tool the policy does not name gets. `serverTools` (all tool names of the
 * server, when known) lets the last sentence count them and flag rules for tools the
 * server does not have. The site prints these under every policy; the evaluator
 * (lib/policy/evaluate.ts) is the definition they describe. Without `reasons`, a rule's
 * sentence leaves out why (its reason), for a page listing so many rules that the reasons
 * would be most of its weight.
 */
export function explainPolicy(policy: Policy, serverTools: readonly string[] = [], { reasons = true }: { reasons?: boolean } = {}): string[] {
  const sentences: string[] = [];
  const hidden = policy.hide ?? [];
  const rules = Object.entries(policy.tools ?? {});

  for (const [tool, rule] of rules) {
    if (isHidden(policy, tool)) continue;
    sentences.push(explainRule(policy, tool, rule, reasons));
  }

  if (hidden.length > 0) {
    sentences.push(
      `${listNames(hidden)} ${hidden.length === 1 ? "is" : "are"} hidden: removed from the agent's tool list, and every call to ${hidden.length === 1 ? "it" : "them"} is refused.`,
    );
    const shadowed = hidden.filter((tool) => rules.some(([name]) => name === tool));
    if (shadowed.length > 0) {
      sentences.push(`The rule${shadowed.length === 1 ? "" : "s"} for ${listNames(shadowed)} never ${shadowed.length === 1 ? "applies" : "apply"}, because hiding beats every rule.`);
    }
  }

  sentences.push(explainDefault(policy, serverTools));

  if (serverTools.length > 0) {
    const known = new Set(serverTools);
    const strangers = namedTools(policy).filter((tool) => !known.has(tool));
    if (strangers.length > 0) {
      sentences.push(`The policy also names ${listNames(strangers)}, which this server does not have; ${strangers.length === 1 ? "that entry has" : "those entries have"} no effect here.`);
    }
  }
  return sentences;
}

function explainRule(policy: Policy, tool: string, rule: PolicyRule, reasons: boolean): string {
  const action = ruleAction(rule);
  const why = reasons && rule.reason ? ` Why: ${rule.reason.trim()}` : "";
  if (action === "deny") return `${quoteName(tool)} is denied: every call is refused.${why}`;

  const head = action === "approve" ? `${quoteName(tool)} needs a person's approval for each call` : `${quoteName(tool)} is allowed`;
  const limits = uniqueLimits(rule.limits ?? []);
  const limitText = limits.map((limit) => describeLimitWithSharing(policy, tool, limit));
  let sentence = limitText.length > 0 ? `${head}, ${joinClauses(limitText)}.` : `${head}.`;
  if (limits.length > 0 && action === "approve") {
    sentence += " Only calls a person approves count against the limit; a call that would go over it is refused before anyone is asked.";
  } else if (limits.length > 0) {
    sentence += " A call over the limit is refused until the window ends; refused calls do not count.";
  }

  const args = Object.entries(rule.args ?? {});
  if (args.length > 0) {
    const checks = args.map(([name, constraint]) => `${quoteName(name)} ${joinClauses(describeConstraint(constraint))}`);
    sentence += ` Its arguments are checked first: ${checks.join("; ")}; a call that leaves one of these out or breaks a check is refused.`;
  }
  return sentence + why;
}

function describeLimitWithSharing(policy: Policy, tool: string, limit: Limit): string {
  const sharers = Object.entries(policy.tools ?? {})
    .filter(([name, rule]) => name !== tool && !isHidden(policy, name) && ruleAction(rule) !== "deny")
    .filter(([, rule]) => (rule.limits ?? []).some((other) => other.counter === limit.counter))
    .map(([name]) => name);
  const base = describeLimit(limit);
  return sharers.length > 0 ? `${base}, shared with ${listNames(sharers)} (one budget, "${limit.counter}")` : base;
}

function explainDefault(policy: Policy, serverTools: readonly string[]): string {
  const verb = policy.default === "deny" ? "refused" : "allowed with no limit and no approval";
  const because = `because the default is ${policy.default}`;
  if (serverTools.length === 0) {
    return `Any tool the policy does not name is ${verb}, ${because}.`;
  }
  const named = new Set(namedTools(policy));
  const others = [...new Set(serverTools)].filter((tool) => !named.has(tool));
  if (others.length === 0) return `The policy names every tool this server has; its default (${policy.default}) would apply to any tool the server adds later.`;
  const which = others.length <= 5 ? ` (${listNames(others)})` : "";
  const count = named.size === 0 ? `All ${plural(others.length, "tool")} on this server` : `The other ${plural(others.length, "tool")} on this server`;
  const are = others.length === 1 && named.size > 0 ? "is" : "are";
  return `${count}${which} ${are} ${verb}, ${because}.`;
}

/** A call spends one from each distinct counter, so a counter listed twice is one limit. */
function uniqueLimits(limits: readonly Limit[]): Limit[] {
  const seen = new Set<string>();
  return limits.filter((limit) => !seen.has(limit.counter) && (seen.add(limit.counter), true));
}

function joinClauses(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
