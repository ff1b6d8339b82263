/**
 * `npm run train:poisoning`: trains the learned poisoning scorer on the team's development set
 * without its unread halves (so those stay a measure of it) and writes
 * lib/poisoning/learned/weights.json, with the threshold at which it flags REAL_TOOL_BUDGET real
 * tools that the rules do not flag: those of ../shared/corpus/servers (or CATALOGUE_CORPUS) and of
 * the development servers outside it (tests/fixtures/labels/fresh-servers, less the classifier's
 * sealed ones). Set on the corpus alone, the threshold flagged 5 of its 10,779 tools but 5 of the
 * 455 on those twelve servers (2026-12-01): documentation written elsewhere scores higher. The
 * threshold needs the corpus: without it the script stops and the file is left as it was.
 * Deterministic: the same data and code write the same file (a unit test checks the committed one).
 */
import { existsSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { scanDefinition } from "../../../lib/poisoning";
import { decodeWeights, quantise, type LearnedModel } from "../../../lib/poisoning/learned/scorer";
import { learnedScore } from "../../../lib/poisoning/scan";
import { corpusTools, freshDevelopmentTools, inUnreadHalf, loadLabelled, type LabelledItem } from "../poisoning-data";
import { BITS, trainAveraged } from "./train";

/**
 * Real tools the scorer may flag on its own. Measured on the unread halves (eval:poisoning-learned,
 * 2026-12-01, third to nineteenth batches: 579 poisoned, 681 honest; rules alone 374 and 21
 * false alarms): 0 flags gained 19 detections, 5 gained 37, 10 gained 42, none with a false alarm
 * more. Every flag on a real tool hides an honest tool, so few: a flag the rules would not raise
 * on about 1 real tool in 2,000. (Chosen at 5 when the halves were smaller; it still sits at the knee.)
 */
export const REAL_TOOL_BUDGET = 5;

const ROOT = path.resolve(import.meta.dirname, "../../..");
const OUT = path.join(ROOT, "lib/poisoning/learned/weights.json");
const CORPUS = process.env.CATALOGUE_CORPUS ?? path.resolve(ROOT, "../shared/corpus/servers");

/**
 * The shuffles whose weights are averaged. One shuffle's weights, and the threshold set on their
 * highest real-tool scores, move with its order: in cross-validation by batch on the studied halves
 * (2026-12-02), single seeds' thresholds spanned 2.95-3.33 and their detections a standard
 * deviation of 1.8 of 1,330; the mean of nine, 2.94-3.10 and 0.9, at the same detection and false
 * alarms. So a small change to the rules or the data moves the shipped scorer less.
 */
export const TRAINING_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** The scorer as it ships: trained on the development set's studied halves, rounded to signed bytes. */
export function trainShipped(): { trainOn: LabelledItem[]; scale: number; weights: string; table: Int8Array } {
  const dev = loadLabelled(path.join(ROOT, "tests/fixtures/poisoning/dev.json"));
  const trainOn = dev.filter((item) => !inUnreadHalf(item.id));
  const { scale, weights } = quantise(trainAveraged(trainOn, TRAINING_SEEDS));
  return { trainOn, scale, weights, table: decodeWeights(weights) };
}

/**
 * The learned scores of the real tools the rules pass, highest first, as the scan computes them
 * with `table` (so a threshold set on them flags exactly as many real tools as it says).
 */
export function realToolScores(corpusDir: string, table: Int8Array, scale: number): number[] {
  const real = [...corpusTools(corpusDir), ...freshDevelopmentTools()].filter((tool) => scanDefinition(tool, { learned: false }) === null);
  return real.map((tool) => learnedScore(tool, table) * scale).sort((a, b) => b - a);
}

export function buildModel(corpusDir: string): LearnedModel {
  const { trainOn, scale, weights, table } = trainShipped();
  const scores = realToolScores(corpusDir, table, scale);
  const threshold = scores[REAL_TOOL_BUDGET]!;
  return {
    bits: BITS,
    scale,
    threshold,
    trainedOn: { definitions: trainOn.length, poisoned: trainOn.filter((i) => i.poisoned).length },
    realTools: { flagged: scores.filter((s) => s > threshold).length, scanned: scores.length },
    weights,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(CORPUS)) {
    console.error(`${CORPUS} is absent: the threshold is set on real tools, so ${path.relative(ROOT, OUT)} is left as it was.`);
    process.exit(1);
  }
  const model = buildModel(CORPUS);
  const temporary = `${OUT}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(model, null, 1)}\n`);
  renameSync(temporary, OUT);
  console.log(`wrote ${path.relative(ROOT, OUT)}: trained on ${model.trainedOn.definitions} definitions (${model.trainedOn.poisoned} poisoned); threshold ${model.threshold.toFixed(3)} flags ${model.realTools.flagged} of ${model.realTools.scanned} real tools the rules pass`);
}
