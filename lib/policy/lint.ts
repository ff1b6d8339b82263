import { listNames, plural, quoteName, ruleAction } from "./phrases";
import type { Policy } from "./schema";

/**
 * Checks beyond the schema: things a valid policy says that are probably not what its
 * author meant. Errors make `policy check` fail; warnings are printed and pass.
 *
 * - error: a rule or hide entry names a tool the server does not have (likely a typo, and
 *   the tool it meant then gets the default);
 * - warning: a rule for a hidden tool (hiding beats it, so it never applies);
 * - warning: a limit with max 0 (every call is refused; say deny or hide instead);
 * - warning: with default allow, server tools that nothing mentions (they run unchecked).
 */

export type LintSeverity = "error" | "warning";

export type LintCode = "unknown-tool" | "hidden-rule" | "zero-limit" | "unmentioned-tools";

export interface LintProblem {
  severity: LintSeverity;
  /** Which check found it, for callers that weigh problems differently. */
  code: LintCode;
  /** Dotted path into the policy, as in parse problems; "" for the whole. */
  path: string;
  message: string;
}

export function lintPolicy(policy: Policy, serverTools?: readonly string[]): LintProblem[] {
  const problems: LintProblem[] = [];
  const hidden = new Set(policy.hide ?? []);
  const known = serverTools ? new Set(serverTools) : undefined;

  for (const [index, tool] of (policy.hide ?? []).entries()) {
    if (known && !known.has(tool)) {
      problems.push({ severity: "error", code: "unknown-tool", path: `hide.${index}`, message: `hides ${quoteName(tool)}, which this server does not have` });
    }
  }

  for (const [tool, rule] of Object.entries(policy.tools ?? {})) {
    const path = `tools.${tool}`;
    if (known && !known.has(tool)) {
      problems.push({ severity: "error", code: "unknown-tool", path, message: `is a rule for ${quoteName(tool)}, which this server does not have` });
    }
    if (hidden.has(tool)) {
      problems.push({ severity: "warning", code: "hidden-rule", path, message: `never applies: ${quoteName(tool)} is hidden, and hiding beats every rule` });
    }
    if (ruleAction(rule) !== "deny") {
      for (const [index, limit] of (rule.limits ?? []).entries()) {
        if (limit.max === 0) {
          problems.push({
            severity: "warning",
            code: "zero-limit",
            path: `${path}.limits.${index}.max`,
            message: `is 0, so every call to ${quoteName(tool)} is refused as rate-limited; use action "deny" or hide the tool to say that plainly`,
          });
        }
      }
    }
  }

  if (policy.default === "allow" && serverTools) {
    const named = new Set([...hidden, ...Object.keys(policy.tools ?? {})]);
    const unmentioned = [...new Set(serverTools)].filter((tool) => !named.has(tool));
    if (unmentioned.length > 0) {
      problems.push({
        severity: "warning",
        code: "unmentioned-tools",
        path: "default",
        message: `is allow, and nothing mentions ${plural(unmentioned.length, "tool")} of this server (${listNames(unmentioned, 10)}): they run with no limit and no approval`,
      });
    }
  }
  return problems;
}
