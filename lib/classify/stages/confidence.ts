/**
 * Stage five: how sure. Annotations are the author's hints: where they contradict the
 * judgement they lower the confidence, never the level. Text that instructs the model raises
 * the level. A definition that says little lowers the confidence, and thin evidence never
 * leaves a tool that changes things at low.
 */
import { RISK_LEVELS, type Category, type RiskLevel } from "../../taxonomy";
import type { Facts, Verb } from "../detect";
import { NOUNISH_VERBS } from "../lexicon";
import { CATEGORY_OF, rank, strongest, type Trail } from "./shared";

export function weighConfidence(facts: Facts, category: Category, level: RiskLevel, verb: Verb | null, vague: boolean, trail: Trail): RiskLevel {
  const { evidence, reasons, doubts, signals } = trail;
  let confidence = trail.confidence;
  let risk = level;
  // Annotations: evidence, never trusted.
  const { readOnly, destructive } = facts.annotations;
  if (readOnly === true && category !== "read") {
    signals.add("annotation-conflict");
    evidence.push({ where: "annotations", text: "readOnlyHint: true" });
    doubts.push(`its annotations claim it is read-only, but it ${category === "destructive" ? "destroys" : category === "execute" ? "executes" : "changes"} things`);
    confidence -= 0.25;
  } else if (destructive === false && category === "destructive") {
    signals.add("annotation-conflict");
    evidence.push({ where: "annotations", text: "destructiveHint: false" });
    doubts.push("its annotations claim it is not destructive, but it removes or ends something");
    confidence -= 0.2;
  } else if (destructive === true && category === "read" && readOnly !== true) {
    signals.add("annotation-conflict");
    evidence.push({ where: "annotations", text: "destructiveHint: true" });
    doubts.push("its annotations call it destructive, but nothing in it changes anything");
    confidence -= 0.15;
  }
  if (readOnly === true && category === "read") confidence += 0.03;

  // Poisoning: evidence of hostility, never instructions.
  if (facts.poisoningQuote) {
    signals.add("tool-poisoning");
    evidence.push(facts.poisoningQuote);
    const raised = Math.max(rank("high"), Math.min(rank(risk) + 1, rank("critical")));
    risk = RISK_LEVELS[raised] ?? "critical";
    reasons.unshift("its description tries to instruct the model");
    doubts.push("its description addresses the model, so it cannot be taken at its word");
    confidence -= 0.3;
  }

  // Confidence from how much the definition says.
  if (facts.descriptionLength === 0) {
    confidence -= 0.2;
    doubts.push("it has no description");
  } else if (facts.descriptionLength < 20) {
    confidence -= 0.08;
  }
  if (verb && verb.source === "name" && NOUNISH_VERBS.has(verb.lemma) && facts.nameVerbs.length === 1) confidence -= 0.07;
  const descCategory = facts.descVerbs.length && !vague ? CATEGORY_OF[strongest(facts.descVerbs)?.action ?? "read"] : null;
  if (descCategory && descCategory !== category && verb?.source === "name" && !(descCategory === "write" && category === "financial")) {
    confidence -= 0.08;
  }
  if (vague && (signals.has("annotation-conflict") || signals.has("tool-poisoning"))) confidence -= 0.1;
  // Doubt goes up: when the evidence is thin, never rate a tool low, and say why.
  if (confidence < 0.5 && risk === "low") {
    risk = "medium";
    reasons.push(`the definition says too little to rule out a change, so it is not rated low`);
  }

  trail.confidence = Math.round(Math.min(0.98, Math.max(0.05, confidence)) * 100) / 100;
  return risk;
}
