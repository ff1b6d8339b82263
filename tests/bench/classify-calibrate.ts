/**
 * Builds lib/classify/calibration.json: `npm run calibrate:classify`. For each kind of verdict
 * (category, level, heuristic confidence band, what raised it), how often it was exactly right
 * on the development labels, smoothed toward the next coarser kind (tests/bench/calibration-table.ts).
 * The sealed servers are never read here: the calibration is measured on them by eval:classify.
 *
 * It also prints the table's calibration cross-validated by server: development servers in five
 * folds, each fold's verdicts calibrated by a table built without them. That is how the table does
 * on servers it was not built from, without touching the sealed split.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { judgeTool } from "../../lib/classify";
import { buildCalibrationTable, crossValidatedBands, type CalibrationSample } from "./calibration-table";
import { corpusAvailable, CORPUS_DIR, joinDefinitions, labelsBySplit } from "./classify-labels";

if (!corpusAvailable()) {
  console.log(`calibrate:classify skipped: the corpus is not at ${CORPUS_DIR}`);
  process.exit(0);
}

// The legacy labels are left out: the rules were tuned on those 40 servers for longest (95% exact
// there against 84% on development), so they would lend every kind a confidence it has not earned.
const training = labelsBySplit().filter((x) => x.split === "development").map((x) => x.label);
const { tools } = joinDefinitions(training);
const samples: (CalibrationSample & { server: string })[] = tools.map((t) => {
  const judged = judgeTool(t.definition, t.identity);
  return { server: t.server, features: judged.calibration, exact: judged.category === t.category && judged.risk === t.risk };
});

const table = buildCalibrationTable(samples);
const file = path.resolve(import.meta.dirname, "..", "..", "lib", "classify", "calibration.json");
writeFileSync(file, `${JSON.stringify(table, null, 1)}\n`);
console.log(`calibration built from ${tools.length} development verdicts: ${Object.keys(table.rates).length} kinds; wrote ${file}`);

console.log("cross-validated by server (5 folds of development servers, each calibrated by a table built without it):");
const bands = crossValidatedBands(samples);
bands.forEach(({ band, tools: n, exact }, i) => {
  const upper = i === 0 ? "1.0" : bands[i - 1]!.band.toFixed(1);
  console.log(`  ${band.toFixed(1)}-${upper}  ${String(n).padStart(5)} tools  ${n ? ((100 * exact) / n).toFixed(1) : "-"}% exact`);
});
