/**
 * Stage six: a confidence that means something. The earlier stages' confidence is a
 * heuristic (how much the definition says, whether its parts agree); this maps it, with the
 * verdict's kind, to how often such verdicts were exactly right on the development labels
 * (never the sealed ones). The table is built by `npm run calibrate:classify` into
 * ./calibration.json; a verdict kind it has too few examples of falls back to a coarser one.
 */
import { CATEGORIES, RISK_LEVELS, type Category, type RiskLevel } from "../../taxonomy";
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
  /**
   * It touches people's or the user's private things (the private-data signal): where a read of
   * them is low or medium is the boundary labellers and rules most often draw differently.
   */
  privateData: boolean;
  /**
   * It takes more than three parameters. On the development labels a read with many filters is
   * a search across many records, which labellers rate medium more often than the same kind of
   * read with one or two parameters: without this, the kinds at 0.9 and above mixed both.
   */
  manyParameters: boolean;
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
  const data = f.privateData ? "P" : "-";
  const breadth = f.manyParameters ? "w" : "s";
  return [
    `${f.category}/${f.risk}/${band}/${data}/${source}/${verb}/${hints}/${breadth}`,
    `${f.category}/${f.risk}/${band}/${data}/${source}/${verb}/${hints}`,
    `${f.category}/${f.risk}/${band}/${data}/${source}/${verb}`,
    `${f.category}/${f.risk}/${band}/${data}/${source}`,
    `${f.category}/${f.risk}/${band}/${data}`,
    `${f.category}/${f.risk}/${band}`,
    `${f.category}/${f.risk}`,
    `*/${band}`,
    "*",
  ];
}

/** The heuristic confidence's bands (see calibrationKeys), as one representative value each. */
const BAND_HEURISTICS = [0.9, 0.7, 0] as const;
/** Where the verdict came from: raised by a domain capability, the name's verb, neither. */
const SOURCES = [
  { raisedByDomain: true, verbFromName: false },
  { raisedByDomain: false, verbFromName: true },
  { raisedByDomain: false, verbFromName: false },
] as const;
const CATEGORY_INDEX = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));
const RISK_INDEX = new Map<string, number>(RISK_LEVELS.map((r, i) => [r, i]));

/**
 * The rate each verdict kind resolves to (the first of its calibrationKeys the table knows),
 * worked out once for every combination of the discrete features: a calibration then does one
 * array read instead of building up to seven key strings and looking each up. NaN: no key known.
 *
 * A kind is never trusted more in a lower heuristic band than the same kind in the band above:
 * the heuristic's doubts (a conflicting annotation, a verb that may be a noun) only ever lower
 * confidence, even where the few labelled examples of the lower band happened to score higher.
 */
function resolve(rates: Readonly<Record<string, number>>): Float64Array {
  const out: number[] = [];
  for (const category of CATEGORIES)
    for (const risk of RISK_LEVELS) {
      // The rate of each kind in the bands above, by the kind's place within a band.
      const ceilings: number[] = [];
      for (const heuristic of BAND_HEURISTICS) {
        let kind = 0;
        for (const privateData of [true, false])
        for (const source of SOURCES)
          for (const plainVerb of [true, false])
            for (const annotationsAgree of [true, false])
              for (const manyParameters of [true, false]) {
                const found = calibrationKeys({ category, risk, heuristic, privateData, ...source, plainVerb, annotationsAgree, manyParameters })
                  .map((key) => rates[key])
                  .find((r) => r !== undefined);
                const rate = found === undefined ? NaN : Math.min(found, ceilings[kind] ?? Infinity);
                if (!Number.isNaN(rate)) ceilings[kind] = rate;
                kind++;
                out.push(Number.isNaN(rate) ? NaN : Math.round(Math.min(0.98, Math.max(0.05, rate)) * 100) / 100);
              }
      }
    }
  return Float64Array.from(out);
}

/** A calibration by the given table: the first key the table knows, rounded to two places. */
export function calibrator(calibration: CalibrationTable): (f: CalibrationFeatures) => number {
  const resolved = resolve(calibration.rates);
  return (f) => {
    // The same bands as calibrationKeys, in BAND_HEURISTICS' order (below 0.7, NaN included, is the last).
    const band = f.heuristic >= 0.9 ? 0 : f.heuristic >= 0.7 ? 1 : 2;
    const source = f.raisedByDomain ? 0 : f.verbFromName ? 1 : 2;
    const index =
      ((((((CATEGORY_INDEX.get(f.category)! * RISK_LEVELS.length + RISK_INDEX.get(f.risk)!) * BAND_HEURISTICS.length + band) * 2 + (f.privateData ? 0 : 1)) * SOURCES.length + source) * 2 +
        (f.plainVerb ? 0 : 1)) *
        2 +
        (f.annotationsAgree ? 0 : 1)) *
        2 +
      (f.manyParameters ? 0 : 1);
    const rate = resolved[index]!;
    return Number.isNaN(rate) ? Math.round(f.heuristic * 100) / 100 : rate;
  };
}

/** The calibrated confidence, by the table built from the development labels. */
export const calibrate = calibrator(table as CalibrationTable);
