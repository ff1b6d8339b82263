import type { ToolEntry } from "../content";
import { describeLimit, isHidden, ruleAction, ruleFor } from "../policy/phrases";
import { RECOMMENDATION_TABLE } from "../policy/recommend";
import { CATEGORY_INFO, ROLE_INFO } from "../taxonomy";
import { argumentRows } from "./arguments";

/**
 * "What it does", in plain sentences built from the entry: its category, the roles it
 * plays in a data flow, what its author's annotations claim, and how many arguments it takes.
 */
export function whatItDoes(tool: ToolEntry): string[] {
  const sentences = [`${CATEGORY_INFO[tool.category].label} tool: ${lowerFirst(CATEGORY_INFO[tool.category].summary)}`];
  for (const role of tool.roles) sentences.push(`${ROLE_INFO[role].label}: ${lowerFirst(ROLE_INFO[role].summary)}`);
  const hints = annotationHints(tool.annotations);
  if (hints.length) sentences.push(`Its author's annotations say it is ${hints.join(", ")} (hints from the server, not guarantees).`);
  const args = argumentRows(tool.inputSchema).filter((row) => row.depth === 0);
  const required = args.filter((row) => row.required).length;
  sentences.push(
    args.length === 0
      ? "It takes no arguments."
      : `It takes ${args.length} argument${args.length === 1 ? "" : "s"}${required ? `, ${required} of them required` : ", all optional"}.`,
  );
  return sentences;
}

/**
 * The one-line recommendation shown beside the risk badge. It reads the tool's own policy:
 * the risk table's words when the policy follows the table, and the rule itself where it does
 * not (a sending tool held for approval on a server that can leak data, a person's review).
 */
export function recommendationSummary(tool: Pick<ToolEntry, "name" | "risk" | "policy">): string {
  const standard = RECOMMENDATION_TABLE[tool.risk];
  const expected = standard.rule(tool.name);
  if (isHidden(tool.policy, tool.name)) return RECOMMENDATION_TABLE.critical.summary;
  const rule = ruleFor(tool.policy, tool.name);
  if (!rule) return tool.policy.default === "deny" ? "refused (the policy names no rule for it)" : "allowed";
  const action = ruleAction(rule);
  if (expected !== "hide" && ruleAction(expected) === action) return standard.summary;
  const head = { allow: "allowed", approve: "each call needs a person's approval", deny: "refused" }[action];
  const limit = action === "deny" ? undefined : rule.limits?.[0];
  return limit ? `${head}, ${describeLimit(limit)}` : head;
}

function annotationHints(annotations: ToolEntry["annotations"]): string[] {
  if (!annotations) return [];
  const hints: string[] = [];
  if (annotations.readOnlyHint === true) hints.push("read-only");
  if (annotations.readOnlyHint === false) hints.push("not read-only");
  if (annotations.destructiveHint === true) hints.push("destructive");
  if (annotations.destructiveHint === false) hints.push("not destructive");
  if (annotations.idempotentHint === true) hints.push("idempotent");
  if (annotations.openWorldHint === true) hints.push("reaching outside systems");
  if (annotations.openWorldHint === false) hints.push("closed-world");
  return hints;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
