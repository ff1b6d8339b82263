/**
 * From facts to a judgement, following the rubric in lib/taxonomy/RUBRIC.md: the category is the
 * strongest effect one call can have; the level starts from the category and moves by
 * context. Each stage is a pure function with its own tests:
 *   1. action      what the tool does (./stages/action.ts)
 *   2. scope       on what, and how far it reaches (./stages/scope.ts)
 *   3. level       the category's level moved by context (./stages/level.ts)
 *   4. domain      capabilities known by domain set a floor (./stages/domain.ts)
 *   5. confidence  annotations, poisoning and doubt (./stages/confidence.ts)
 *   6. calibration how often such verdicts were right on development labels (./stages/calibrate.ts)
 * The stages share a trail that records why: evidence, reasons, doubts, signals and roles.
 */
import type { Category, RiskLevel, Role, SignalId } from "../taxonomy";
import type { Facts, Quote, Verb } from "./detect";
import { PLAIN_VERBS } from "./lexicon";
import { decideAction } from "./stages/action";
import { calibrate, type CalibrationFeatures } from "./stages/calibrate";
import { applyDomain } from "./stages/domain";
import { weighConfidence } from "./stages/confidence";
import { rateLevel } from "./stages/level";
import { readScope } from "./stages/scope";
import { CATEGORY_OF, newTrail } from "./stages/shared";

export interface Judgement {
  category: Category;
  risk: RiskLevel;
  confidence: number;
  signals: Set<SignalId>;
  roles: Set<Role>;
  /** The verb the category rests on, if any. */
  verb: Verb | null;
  /** Objects of the action, from the name (for the rationale). */
  objects: string[];
  /** Why the level is what it is, in plain words, most decisive first. */
  reasons: string[];
  /** Doubts that lowered the confidence. */
  doubts: string[];
  evidence: Quote[];
  /** What the confidence was calibrated from (for building the calibration table). */
  calibration: CalibrationFeatures;
}

export function judge(facts: Facts): Judgement {
  const trail = newTrail();
  const { action, verb, vague } = decideAction(facts, trail);
  const actionCategory = CATEGORY_OF[action];
  const scope = readScope(facts, actionCategory, verb, trail);
  const rated = rateLevel(facts, actionCategory, verb, scope, trail);
  const { category, risk: level, capability } = applyDomain(facts, actionCategory, rated, trail);
  const risk = weighConfidence(facts, category, level, verb, vague, trail);
  const calibration: CalibrationFeatures = {
    category,
    risk,
    heuristic: trail.confidence,
    raisedByDomain: capability !== null,
    verbFromName: verb?.source === "name",
    plainVerb: PLAIN_VERBS.has(verb?.lemma ?? ""),
    annotationsAgree: category === "read" ? facts.annotations.readOnly === true : category === "destructive" ? facts.annotations.destructive === true : facts.annotations.readOnly === false,
    privateData: trail.signals.has("private-data"),
    manyParameters: facts.schema.propertyNames.length > 3,
  };
  return {
    category,
    risk,
    confidence: calibrate(calibration),
    calibration,
    signals: trail.signals,
    roles: trail.roles,
    verb,
    objects: scope.objects,
    reasons: trail.reasons,
    doubts: trail.doubts,
    evidence: trail.evidence,
  };
}
