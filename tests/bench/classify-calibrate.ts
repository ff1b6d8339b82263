/**
 * Builds lib/classify/calibration.json: `npm run calibrate:classify`. For each kind of verdict
 * (category, level, heuristic confidence band, what raised it), how often it was exactly right
 * on the development labels, smoothed toward the next coarser kind. The sealed
 * servers are never read here: the calibration is measured on them by eval:classify.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { judgeTool } from "../../lib/classify";
import { calibrationKeys, type CalibrationTable } from "../../lib/classify/stages/calibrate";
import { corpusAvailable, CORPUS_DIR, joinDefinitions, labelsBySplit } from "./classify-labels";

if (!corpusAvailable()) {
  console.log(`calibrate:classify skipped: the corpus is not at ${CORPUS_DIR}`);
  process.exit(0);
}

/** How many examples a kind needs before its own rate outweighs its parent's. */
const SMOOTHING = 8;
/**
 * Each rate is lowered to a one-sided 95% lower bound (1.645 standard errors): the rules were
 * written while reading these servers, so their rates here run above what new servers see
 * (0.9-band verdicts were 96% right on development and 92.7% on the sealed split), and a
 * confidence of 0.9 must be a promise kept on servers nobody tuned on.
 */
const CAUTION = 1.645;

// The legacy labels are left out: the rules were tuned on those 40 servers for longest (95% exact
// there against 84% on development), so they would lend every kind a confidence it has not earned.
const training = labelsBySplit().filter((x) => x.split === "development").map((x) => x.label);
const { tools } = joinDefinitions(training);
const counts = new Map<string, { n: number; hits: number }>();
for (const t of tools) {
  const judged = judgeTool(t.definition, t.identity);
  const exact = judged.category === t.category && judged.risk === t.risk;
  for (const key of calibrationKeys(judged.calibration)) {
    const c = counts.get(key) ?? { n: 0, hits: 0 };
    c.n++;
    if (exact) c.hits++;
    counts.set(key, c);
  }
}

// Coarse to fine: each key is smoothed toward its parent (the next key in its list).
const rates: Record<string, number> = {};
const means: Record<string, number> = {};
const byDepth = [...counts.keys()].sort((a, b) => depth(a) - depth(b));
for (const key of byDepth) {
  const c = counts.get(key);
  if (!c) continue;
  const parent = parentOf(key);
  const parentMean = parent ? means[parent] ?? means["*"] ?? 0.5 : 0.5;
  const smoothed = (c.hits + SMOOTHING * parentMean) / (c.n + SMOOTHING);
  means[key] = smoothed;
  // A lower bound, not the estimate: a kind seen rarely is not trusted as much as its mean says.
  const cautious = smoothed - CAUTION * Math.sqrt((smoothed * (1 - smoothed)) / (c.n + SMOOTHING));
  rates[key] = Math.round(1000 * Math.min(1, Math.max(0, cautious))) / 1000;
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

const table: CalibrationTable = { rates: Object.fromEntries(Object.entries(rates).sort(([a], [b]) => a.localeCompare(b))), tools: tools.length };
const file = path.resolve(import.meta.dirname, "..", "..", "lib", "classify", "calibration.json");
writeFileSync(file, `${JSON.stringify(table, null, 1)}\n`);
console.log(`calibration built from ${tools.length} development verdicts: ${Object.keys(rates).length} kinds; wrote ${file}`);
