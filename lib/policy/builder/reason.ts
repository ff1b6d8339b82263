import { describeLimit } from "../phrases";
import type { Limit } from "../schema";

/**
 * Pure: a rule's reason that says what the rule now does. Reasons are what approvers and
 * agents read (the evaluator quotes them), so when the builder changes a tool's action or
 * limits, the reason is written again: what the rule does first, then why the tool is
 * risky, kept from the reason it had (or from the tool's recommended rule). The "why" is
 * the part before ", so …" in a classifier's reason, the part after the flow warning's
 * "Needs a person's approval:", or whatever follows a sentence this module wrote.
 */

export type RuleActionChoice = "allow" | "approve" | "deny";

/** What a rule does, in the words the catalogue's explanations use. */
export function ruleEffect(action: RuleActionChoice, limits: readonly Limit[] = []): string {
  if (action === "deny") return "Denied: every call is refused.";
  const head = action === "approve" ? "Each call needs a person's approval" : "Allowed";
  return limits.length > 0 ? `${head}, ${limits.map(describeLimit).join(" and ")}.` : `${head}.`;
}

/** The sentences this module writes at the start of a reason, to take off again before writing a new one. */
const OWN_EFFECT = /^(?:Denied: every call is refused\.|Each call needs a person's approval[^.]*\.|Allowed(?:,[^.]*)?\.)\s*/;
const FLOW_APPROVAL = /^Needs a person's approval:\s*/;
const CORRECTION = /^(Rated \w+ risk on a person's review); recommended: [^.]*\.\s*/;

/** Why a tool is risky, from a reason of any of the catalogue's shapes; undefined when the reason has no such part. */
export function reasonGrounds(reason: string | undefined): string | undefined {
  const text = reason?.trim();
  if (!text) return undefined;
  if (OWN_EFFECT.test(text)) return text.replace(OWN_EFFECT, "") || undefined;
  if (FLOW_APPROVAL.test(text)) return capitalise(text.replace(FLOW_APPROVAL, ""));
  const corrected = CORRECTION.exec(text);
  if (corrected) return `${corrected[1]}.${text.length > corrected[0].length ? ` ${text.slice(corrected[0].length)}` : ""}`;
  const so = text.lastIndexOf(", so ");
  if (so > 0) return `${text.slice(0, so)}.`;
  return undefined;
}

/** True for a reason in one of the shapes above, which can be rewritten without losing a person's words. */
export function isCatalogueReason(reason: string): boolean {
  const text = reason.trim();
  return OWN_EFFECT.test(text) || FLOW_APPROVAL.test(text) || CORRECTION.test(text) || text.lastIndexOf(", so ") > 0;
}

/**
 * The reason for a rule with this action and these limits: its effect, then the grounds
 * from the reason it had, else from the tool's recommended reason.
 */
export function ruleReason(action: RuleActionChoice, limits: readonly Limit[], previous: string | undefined, recommended?: string): string {
  const grounds = reasonGrounds(previous) ?? reasonGrounds(recommended);
  const effect = ruleEffect(action, limits);
  return grounds ? `${effect} ${grounds}` : effect;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
