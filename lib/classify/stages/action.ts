/**
 * Stage one: what the tool does. The name's verb usually decides; the description's leading
 * verbs, an operation enum and the schema's runnable text refine it. Money and running code
 * are decided here too, since they change what kind of action it is.
 */
import type { Facts, Verb } from "../detect";
import { openingQuote, verbQuote } from "../detect";
import { NOUNISH } from "../compiled";
import {
  AMBIGUOUS_MONEY,
  DATA_NOUNS,
  HELP_NOUNS,
  MONEY_CONTEXT_RE,
  MONEY_OBJECTS,
  NOUNISH_VERBS,
  type Action,
} from "../lexicon";
import { kindOfServer, looksLikeAnalysis, strongest, STRENGTH, type Trail } from "./shared";

export interface ActionDecision {
  /** Never "manage": a multi-operation tool is judged by the strongest operation it offers. */
  action: Exclude<Action, "manage">;
  /** The verb the action rests on, if any. */
  verb: Verb | null;
  /** Neither name nor description said plainly what it does. */
  vague: boolean;
}

export function decideAction(facts: Facts, trail: Trail): ActionDecision {
  const { tokens, words, schema } = facts;
  const { evidence, reasons, doubts, signals } = trail;
  let confidence = trail.confidence;
  let verb = facts.nameVerb;
  let action: Action | null = verb?.action ?? null;
  if (verb) evidence.push({ where: "name", text: facts.name });

  // Several verbs in the name joined by "or"/"and" ("create_or_delete"): the strongest counts.
  if (facts.nameVerbs.length > 1 && (words.has("or") || words.has("and"))) {
    for (const v of facts.nameVerbs) if (STRENGTH[v.action] > STRENGTH[action ?? "read"] && !v.word.endsWith("ed")) ({ action, verb } = { action: v.action, verb: v });
  }

  const descLead = strongest(facts.descVerbs);
  if (!verb) {
    if (descLead) {
      verb = descLead;
      action = descLead.action;
      evidence.push(verbQuote(facts, descLead));
      confidence -= 0.15;
      doubts.push("the name carries no verb, so the description's verb decides");
      // "View or reset usage statistics": every coordinated verb counts.
      const strongestLead = strongest(facts.descVerbs);
      if (strongestLead) ({ action, verb } = { action: strongestLead.action, verb: strongestLead });
    }
  } else if (descLead && NOUNISH.has(verb.lemma) && facts.nameVerbs.length === 1 && descLead.action !== action && descLead.action !== "manage") {
    // The name's only verb is usually a noun ("profile_photo", "usage_report"): the description's verb decides.
    action = descLead.action;
    verb = descLead;
    evidence.push(verbQuote(facts, descLead));
    confidence -= 0.12;
    doubts.push(`"${facts.nameVerbs[0]?.word}" in the name may be a noun; the description's verb decides`);
  } else if (descLead && action === "read" && STRENGTH[descLead.action] >= STRENGTH.destroy && (descLead.action !== "exec" || facts.execKind)) {
    // A read-sounding name whose description leads with a stronger verb: believe the stronger.
    action = descLead.action;
    verb = descLead;
    evidence.push(verbQuote(facts, descLead));
    confidence -= 0.15;
    doubts.push(`the name sounds like a read but the description says "${descLead.word}"`);
  }

  // Multi-operation tools: the operations they offer decide.
  if (action === "manage" || !action || facts.operationVerbs.length) {
    const offered = strongest(facts.operationVerbs);
    if (offered && STRENGTH[offered.action] > STRENGTH[action ?? "read"] && offered.action !== "manage") {
      action = offered.action;
      evidence.push({ where: "inputSchema", text: `${schema.operationProperty ?? "operation"} offers "${offered.word}"` });
      if (!verb || verb.action === "manage") verb = offered;
    }
  }
  if (action === "manage" || (!action && facts.descAllActions.size)) {
    const all = [...facts.descAllActions].filter((a) => a !== "exec" || facts.execKind).sort((a, b) => STRENGTH[b] - STRENGTH[a]);
    const best = all[0];
    if (best && best !== "manage" && STRENGTH[best] > STRENGTH[action ?? "read"]) {
      action = best;
      doubts.push("a multi-operation tool: judged by the strongest operation its description mentions");
      confidence -= 0.1;
    }
  }

  // Money: a money verb, or a change to a money object. "transfer" needs a money context.
  let moneyContext: boolean | undefined;
  let moneyToken: string | undefined;
  for (const t of tokens) {
    if (!MONEY_OBJECTS.has(t)) continue;
    if (AMBIGUOUS_MONEY.has(t)) {
      moneyContext ??= MONEY_CONTEXT_RE.test(facts.descHead.slice(0, 400)) || kindOfServer(facts.serverWords).money || !!schema.moneyProperty;
      if (!moneyContext) continue;
    }
    moneyToken = t;
    break;
  }
  const moneyObject = moneyToken ?? (facts.schema.moneyProperty ? facts.schema.moneyProperty : undefined);
  if (action === "money" && verb?.lemma === "transfer" && !moneyObject && !/\b(?:money|funds|payment|amount|currency)\b|转账/.test(facts.descLower())) {
    action = "write";
  }
  if ((action === "write" || action === "destroy" || action === "exec") && moneyToken) {
    action = "money";
  }

  // Execution: an exec-capable verb with a code object; without one it is a fixed action.
  if (facts.execKind && action !== "money") {
    const lemma = verb?.lemma ?? "";
    const execCapable = action === "exec" || facts.descVerbs[0]?.action === "exec" || ["query", "evaluate", "invoke", "call", "apply", "run", "execute"].includes(lemma) || !verb || NOUNISH_VERBS.has(lemma);
    if (execCapable || action === "manage") {
      action = "exec";
      if (facts.execQuote) evidence.push(facts.execQuote);
    }
  }
  if (action === "exec" && !facts.execKind) {
    action = facts.annotations.readOnly ? "read" : "write";
  }

  // Overwriting existing content is destructive.
  if (action === "write" && facts.overwriteQuote && !["move", "copy", "rename"].includes(verb?.lemma ?? "")) {
    action = "destroy";
    evidence.push(facts.overwriteQuote);
    reasons.push("it overwrites existing content");
  }

  let vague = false;
  const headWord = tokens[tokens.length - 1] ?? "";
  if (HELP_NOUNS.has(headWord) && action !== "exec" && !facts.execKind) {
    // "deploy_app_help", "esm_guidance", "purchase_analyzer": a tool that explains or analyses an action does not take it.
    if (action && action !== "read") doubts.push(`"${headWord}" in the name says it explains rather than acts`);
    action = "read";
    verb = { action: "read", lemma: "explain", word: headWord, source: "name" };
  }
  if (tokens.includes("go") && (tokens.includes("back") || tokens.includes("forward"))) {
    action = "read";
    verb = { action: "read", lemma: "navigate", word: "go", source: "name" };
  }
  if (!action && DATA_NOUNS.has(headWord) && !facts.annotations.destructive) {
    // A name that is only a noun for data ("workflow_status", "usage_stats") reads that data.
    action = "read";
    confidence -= 0.25;
    doubts.push(`the name "${facts.name}" names data rather than an action, so it is taken as a read`);
  }
  if (!action || action === "manage") {
    // Nothing recognisable: lean on the annotations, but never below a cautious write.
    vague = true;
    if (facts.annotations.destructive === true) action = "destroy";
    else if (facts.annotations.readOnly === true) action = "read";
    else action = facts.descriptionLength === 0 ? "write" : looksLikeAnalysis(facts) ? "read" : "write";
    confidence = Math.min(confidence, 0.45);
    doubts.push("neither the name nor the description says plainly what it does");
    signals.add("vague-definition");
  }

  trail.confidence = confidence;
  return { action, verb, vague };
}
