import type { ArgConstraint, Limit, LimitScope, LimitWindow, Policy, PolicyRule } from "./schema";

/**
 * The words the catalogue uses for policy parts. The explanation under every policy, the
 * caveats next to every export and the evaluator's reasons all speak through these, so a
 * limit is described the same way everywhere.
 */

const WINDOW_WORDS: Record<LimitWindow, string> = {
  second: "a second",
  minute: "a minute",
  hour: "an hour",
  day: "a day (UTC)",
};

const SCOPE_WORDS: Record<LimitScope, string> = {
  grant: "per identity",
  session: "per identity and session",
  global: "for everyone together",
};

export function quoteName(name: string): string {
  return JSON.stringify(name);
}

export function listNames(names: readonly string[], max = Infinity): string {
  const quoted = names.slice(0, max).map(quoteName);
  const rest = names.length - quoted.length;
  if (rest > 0) quoted.push(`${rest} more`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** "at most 30 calls a minute per identity" */
export function describeLimit(limit: Limit): string {
  if (limit.max === 0) return `no calls at all (the limit "${limit.counter}" has max 0)`;
  return `at most ${plural(limit.max, "call")} ${WINDOW_WORDS[limit.window]} ${SCOPE_WORDS[limit.scope]}`;
}

function showValue(value: string | number | boolean): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** The checks on one argument, as clauses: ["must start with \"/tmp/\"", ...]. */
export function describeConstraint(c: ArgConstraint): string[] {
  const parts: string[] = [];
  if (c.enum) parts.push(c.enum.length === 1 ? `must be ${showValue(c.enum[0]!)}` : `must be one of ${c.enum.map(showValue).join(", ")}`);
  if (c.prefix !== undefined) parts.push(`must be text starting with ${JSON.stringify(c.prefix)}`);
  if (c.pattern !== undefined) parts.push(`must be text matching the regular expression ${JSON.stringify(c.pattern)}`);
  if (c.maxLength !== undefined) parts.push(`must be text of at most ${plural(c.maxLength, "character")}`);
  if (c.minimum !== undefined && c.maximum !== undefined) parts.push(`must be a number from ${c.minimum} to ${c.maximum}`);
  else if (c.minimum !== undefined) parts.push(`must be a number of at least ${c.minimum}`);
  else if (c.maximum !== undefined) parts.push(`must be a number of at most ${c.maximum}`);
  return parts;
}

/** The action a rule gives a call that passes its checks; a rule without one allows. */
export function ruleAction(rule: PolicyRule): "allow" | "deny" | "approve" {
  return rule.action ?? "allow";
}

/** A tool's rule, read safely: tool names are strangers' strings ("__proto__", "constructor"). */
export function ruleFor(policy: Policy, tool: string): PolicyRule | undefined {
  const tools = policy.tools;
  return tools && Object.hasOwn(tools, tool) ? tools[tool] : undefined;
}

export function isHidden(policy: Policy, tool: string): boolean {
  return (policy.hide ?? []).includes(tool);
}

/** Every tool a policy names, hidden or ruled, in the order it names them. */
export function namedTools(policy: Policy): string[] {
  return [...new Set([...Object.keys(policy.tools ?? {}), ...(policy.hide ?? [])])];
}
