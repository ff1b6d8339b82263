import { isHidden, ruleAction, ruleFor } from "../phrases";
import { limitSchema, type Limit, type Policy } from "../schema";
import { isCatalogueReason, ruleReason, type RuleActionChoice } from "./reason";

/**
 * Editing a policy as the builder does: the person may type anything into the JSON, so
 * edits work on a plain JSON object (a draft) that need not be a valid policy yet, and
 * every edit returns a new draft. Validation is parsePolicy's job, shown next to it.
 */

export type Draft = Record<string, unknown>;

/** What the builder's per-tool control says: the rule's action, hidden, or no rule. */
export type ToolChoice = "default" | "allow" | "approve" | "deny" | "hide";
export const TOOL_CHOICES: readonly ToolChoice[] = ["default", "allow", "approve", "deny", "hide"];

export function parseDraft(text: string): { ok: true; draft: Draft } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!isObject(value)) return { ok: false, error: "a policy is a JSON object: { \"version\": \"1\", ... }" };
  return { ok: true, draft: value };
}

export function draftText(draft: Draft): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toolsOf(draft: Draft): Record<string, unknown> {
  return isObject(draft.tools) ? draft.tools : {};
}

function hideOf(draft: Draft): unknown[] {
  return Array.isArray(draft.hide) ? draft.hide : [];
}

export function ruleOf(draft: Draft, tool: string): Record<string, unknown> | undefined {
  const tools = toolsOf(draft);
  const rule = Object.hasOwn(tools, tool) ? tools[tool] : undefined;
  return isObject(rule) ? rule : undefined;
}

export function choiceOf(draft: Draft, tool: string): ToolChoice {
  if (hideOf(draft).includes(tool)) return "hide";
  const rule = ruleOf(draft, tool);
  if (!rule) return "default";
  return rule.action === "deny" || rule.action === "approve" ? rule.action : "allow";
}

/** Entries, not assignment: a tool named "__proto__" must stay a plain key, in its place. */
function withRule(draft: Draft, tool: string, rule: Record<string, unknown> | undefined): Draft {
  const entries = Object.entries(toolsOf(draft));
  const index = entries.findIndex(([name]) => name === tool);
  if (rule && index >= 0) entries[index] = [tool, rule];
  else if (rule) entries.push([tool, rule]);
  else if (index >= 0) entries.splice(index, 1);
  return { ...draft, tools: Object.fromEntries(entries) };
}

function withHidden(draft: Draft, tool: string, hidden: boolean): Draft {
  const rest = hideOf(draft).filter((name) => name !== tool);
  const hide = hidden ? [...rest, tool] : rest;
  const next: Draft = { ...draft, hide };
  if (hide.length === 0) delete next.hide;
  return next;
}

/**
 * Sets what one tool gets. Hiding drops its rule (hiding beats every rule anyway); deny
 * keeps only the reason (a deny rule cannot have limits or argument checks); allow and
 * approve keep the rule's limits and checks. A reason is rewritten to say what the rule now
 * does (reason.ts), keeping why the tool is risky from the reason it had or, failing that,
 * from `recommendedReason` (the tool's recommended rule's); a rule without either gets none.
 */
export function setChoice(draft: Draft, tool: string, choice: ToolChoice, recommendedReason?: string): Draft {
  const rule = ruleOf(draft, tool);
  if (choice === "hide") return withRule(withHidden(draft, tool, true), tool, undefined);
  const shown = withHidden(draft, tool, false);
  if (choice === "default") return withRule(shown, tool, undefined);
  const previous = typeof rule?.reason === "string" ? rule.reason : undefined;
  if (choice === "deny") return withRule(shown, tool, { action: "deny", ...reasonPart("deny", [], previous, recommendedReason) });
  const kept = rule && rule.action !== "deny" ? rule : {};
  return withRule(shown, tool, { ...kept, action: choice, ...reasonPart(choice, validLimits(kept.limits), previous, recommendedReason) });
}

function reasonPart(action: RuleActionChoice, limits: readonly Limit[], previous: string | undefined, recommended: string | undefined): { reason?: string } {
  if (previous === undefined && recommended === undefined) return {};
  return { reason: ruleReason(action, limits, previous, recommended) };
}

/** The limits of a draft rule that are whole, valid limits (a draft may hold anything). */
function validLimits(limits: unknown): Limit[] {
  if (!Array.isArray(limits)) return [];
  return limits.flatMap((limit) => {
    const parsed = limitSchema.safeParse(limit);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Replaces one part of a tool's rule (limits, args, reason); an empty value removes it. */
export function setRulePart(draft: Draft, tool: string, part: "limits" | "args" | "reason", value: unknown): Draft {
  const rule = { ...(ruleOf(draft, tool) ?? { action: "allow" }) };
  const empty = value === undefined || value === "" || (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);
  if (empty) delete rule[part];
  else rule[part] = value;
  // A reason the catalogue wrote quotes the limits, so it must quote the new ones; a person's own words stay.
  if (part === "limits" && typeof rule.reason === "string" && isCatalogueReason(rule.reason) && rule.action !== "deny") {
    rule.reason = ruleReason(rule.action === "approve" ? "approve" : "allow", validLimits(rule.limits), rule.reason);
  }
  return withRule(withHidden(draft, tool, false), tool, rule);
}

export function setDefault(draft: Draft, value: "allow" | "deny"): Draft {
  return { ...draft, default: value };
}

/** The choice a tool's recommended policy makes for it. */
export function recommendedChoice(policy: Policy, tool: string): ToolChoice {
  if (isHidden(policy, tool)) return "hide";
  const rule = ruleFor(policy, tool);
  return rule ? ruleAction(rule) : policy.default === "allow" ? "default" : "deny";
}

/** Puts one tool back to what its recommended policy says, rule and all. */
export function resetTool(draft: Draft, tool: string, recommended: Policy): Draft {
  const choice = recommendedChoice(recommended, tool);
  if (choice === "hide") return setChoice(draft, tool, "hide");
  const rule = ruleFor(recommended, tool);
  const shown = withHidden(draft, tool, false);
  return withRule(shown, tool, rule ? (JSON.parse(JSON.stringify(rule)) as Record<string, unknown>) : { action: "deny" });
}

/** A new, empty policy draft: default deny, nothing named. */
export function emptyDraft(): Draft {
  return { version: "1", default: "deny", hide: [], tools: {} };
}
