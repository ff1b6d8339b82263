/**
 * Stage six: a confidence that means something. The earlier stages' confidence is a
 * heuristic (how much the definition says, whether its parts agree); this maps it, with the
 * verdict's kind, to how often such verdicts were exactly right on the development labels
 * (never the sealed ones). The table is built by `npm run calibrate:classify` into
 * ./calibration.json; a verdict kind it has too few examples of falls back to a coarser one.
 */
import type { Category, RiskLevel } from "../../taxonomy";
import table from "../calibration.json";

export interface CalibrationFeatures {
  category: Category;
  risk: RiskLevel;
  /** The heuristic confidence of the earlier stages. */
  heuristic: number;
  /** A domain capability or pass-through raised the verdict. */
  raisedByDomain: boolean;
  /** The tool's name carried the verb the action rests on. */
  verbFromName: boolean;
  /** The verb is a plain retrieval (get, list, search ...), not one that may also produce or load. */
  plainVerb: boolean;
  /** The author's annotations agree with the category (read-only on a read, destructive on a destroy). */
  annotationsAgree: boolean;
}

export interface CalibrationTable {
  /** Smoothed share of exactly right verdicts by key, most specific keys first. */
  rates: Record<string, number>;
  /** How many development verdicts the table was built from. */
  tools: number;
}

/** The keys of a verdict, from the most specific to the coarsest. */
export function calibrationKeys(f: CalibrationFeatures): string[] {
  const band = f.heuristic >= 0.9 ? "h" : f.heuristic >= 0.7 ? "m" : "l";
  const source = f.raisedByDomain ? "d" : f.verbFromName ? "n" : "x";
  const verb = f.plainVerb ? "p" : "o";
  const hints = f.annotationsAgree ? "a" : "u";
  return [
    `${f.category}/${f.risk}/${band}/${source}/${verb}/${hints}`,
    `${f.category}/${f.risk}/${band}/${source}/${verb}`,
    `${f.category}/${f.risk}/${band}/${source}`,
    `${f.category}/${f.risk}/${band}`,
    `${f.category}/${f.risk}`,
    `*/${band}`,
    "*",
  ];
}

const rates = (table as CalibrationTable).rates;

/** The calibrated confidence: the first key the table knows, rounded to two places. */
export function calibrate(f: CalibrationFeatures): number {
  // The keys of calibrationKeys, built one at a time: most verdicts stop at the first.
  const band = f.heuristic >= 0.9 ? "h" : f.heuristic >= 0.7 ? "m" : "l";
  const base = `${f.category}/${f.risk}/${band}`;
  const withSource = `${base}/${f.raisedByDomain ? "d" : f.verbFromName ? "n" : "x"}`;
  const withVerb = `${withSource}/${f.plainVerb ? "p" : "o"}`;
  const rate =
    rates[`${withVerb}/${f.annotationsAgree ? "a" : "u"}`] ?? rates[withVerb] ?? rates[withSource] ?? rates[base] ?? rates[`${f.category}/${f.risk}`] ?? rates[`*/${band}`] ?? rates["*"];
  if (rate === undefined) return Math.round(f.heuristic * 100) / 100;
  return Math.round(Math.min(0.98, Math.max(0.05, rate)) * 100) / 100;
}
