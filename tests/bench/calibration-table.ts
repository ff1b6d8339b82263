/**
 * How the calibration table is built from labelled verdicts: for each kind of verdict (its
 * calibrationKeys), how often it was exactly right, smoothed toward the next coarser kind and
 * lowered to a one-sided lower bound. Shared by `npm run calibrate:classify`, which writes the
 * table from every development verdict, and by its cross-validation, which builds one table per
 * fold of development servers and scores the servers left out.
 */
import { calibrationKeys, calibrator, type CalibrationFeatures, type CalibrationTable } from "../../lib/classify/stages/calibrate";

export interface CalibrationSample {
  features: CalibrationFeatures;
  /** Category and risk both exactly as labelled. */
  exact: boolean;
}

/** How many examples a kind needs before its own rate outweighs its parent's. */
const SMOOTHING = 8;
/**
 * Each rate is lowered to a one-sided 99% lower bound (2.326 standard errors): the rules were
 * written while reading these servers, so their rates here run above what new servers see, and a
 * confidence of 0.9 must be a promise kept on servers nobody tuned on. At the 95% bound (1.645),
 * verdicts at 0.9 and above were exactly right 94.1% of the time cross-validated by server.
 */
const CAUTION = 2.326;

export function buildCalibrationTable(samples: readonly CalibrationSample[]): CalibrationTable {
  const counts = new Map<string, { n: number; hits: number }>();
  for (const s of samples) {
    for (const key of calibrationKeys(s.features)) {
      const c = counts.get(key) ?? { n: 0, hits: 0 };
      c.n++;
      if (s.exact) c.hits++;
      counts.set(key, c);
    }
  }
  // Coarse to fine: each key is smoothed toward its parent (the next key in its list).
  const rates: Record<string, number> = {};
  const means: Record<string, number> = {};
  for (const key of [...counts.keys()].sort((a, b) => depth(a) - depth(b))) {
    const c = counts.get(key)!;
    const parent = parentOf(key);
    const parentMean = parent ? (means[parent] ?? means["*"] ?? 0.5) : 0.5;
    const smoothed = (c.hits + SMOOTHING * parentMean) / (c.n + SMOOTHING);
    means[key] = smoothed;
    // A lower bound, not the estimate: a kind seen rarely is not trusted as much as its mean says.
    const cautious = smoothed - CAUTION * Math.sqrt((smoothed * (1 - smoothed)) / (c.n + SMOOTHING));
    rates[key] = Math.round(1000 * Math.min(1, Math.max(0, cautious))) / 1000;
  }
  return { rates: Object.fromEntries(Object.entries(rates).sort(([a], [b]) => a.localeCompare(b))), tools: samples.length };
}

function depth(key: string): number {
  if (key === "*") return 0;
  if (key.startsWith("*/")) return 1;
  return key.split("/").length;
}

// Keys are built from calibrationKeys, so a key's parent is the same key with its last part dropped.
function parentOf(key: string): string | null {
  if (key === "*") return null;
  if (key.startsWith("*/")) return "*";
  const parts = key.split("/");
  if (parts.length === 2) return "*";
  return parts.slice(0, -1).join("/");
}

/** The confidence bands the calibration is reported in, highest first (as eval:classify prints them). */
export const CONFIDENCE_BANDS = [0.9, 0.8, 0.7, 0.5, 0] as const;

export interface BandFigures {
  /** The band's lower edge. */
  band: (typeof CONFIDENCE_BANDS)[number];
  tools: number;
  exact: number;
}

/**
 * How the table does on servers it was not built from, without touching the sealed split: the
 * servers fall into five folds by a hash of their name, and each fold's verdicts are calibrated by
 * a table built from the other four.
 */
export function crossValidatedBands(samples: readonly (CalibrationSample & { server: string })[], folds = 5): BandFigures[] {
  const foldOf = (server: string) => [...server].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % folds;
  const rows = CONFIDENCE_BANDS.map((band) => ({ band, tools: 0, exact: 0 }));
  for (let k = 0; k < folds; k++) {
    const calibrate = calibrator(buildCalibrationTable(samples.filter((s) => foldOf(s.server) !== k)));
    for (const s of samples) {
      if (foldOf(s.server) !== k) continue;
      const confidence = calibrate(s.features);
      const row = rows.find((r) => confidence >= r.band)!;
      row.tools++;
      if (s.exact) row.exact++;
    }
  }
  return rows;
}
