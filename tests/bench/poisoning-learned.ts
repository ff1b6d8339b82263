/**
 * Does the learned scorer earn its place beside the poisoning rules? `npm run eval:poisoning-learned`
 * trains one (./poisoning-learned/train.ts) on the team's development set without its unread
 * halves, as `npm run train:poisoning` does for the shipped weights, then measures on those unread
 * halves (never read, never trained on) the rules alone against the rules or the scorer (reading,
 * as in the scan, only the sentences the cue pass picks out), at
 * thresholds set by how many tools of the real corpus (../shared/corpus/servers or
 * CATALOGUE_CORPUS; mostly honest) it may flag on its own, since each such flag hides a real
 * tool. Last, the scan as shipped (rules and lib/poisoning/learned/weights.json). The sealed set
 * is never read.
 *
 * Measured 2026-11-30 on 380 unread definitions: 2 to 6 points gained, and the scorer was left
 * out. Measured 2026-12-01 on 860 (383 poisoned, 477 honest): rules alone 263 detected, 9 false
 * alarms; with the scorer 272 at 0 real tools flagged, 288 at 5 and 293 at 10, with no false
 * alarm more. Shipped at 5 (tests/bench/poisoning-learned/write-weights.ts says why). With the
 * fourteenth to nineteenth batches and the scorer trained on the sentences it scores (579
 * poisoned, 681 honest): rules alone 374 and 21; with the scorer 393, 411 and 416, and 21.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { scanDefinition } from "../../lib/poisoning";
import { learnedScore } from "../../lib/poisoning/scan";
import { inUnreadHalf, loadLabelled } from "./poisoning-data";
import { realToolScores, trainShipped } from "./poisoning-learned/write-weights";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CORPUS = process.env.CATALOGUE_CORPUS ?? path.resolve(ROOT, "../shared/corpus/servers");
/** How many real tools the scorer may flag on its own, at each threshold tried. */
const CORPUS_FLAG_BUDGETS = [0, 2, 5, 10, 20];
/** Thresholds tried when the corpus is absent. */
const FIXED_THRESHOLDS = [1.5, 2, 2.5, 3];

const unread = loadLabelled(path.join(ROOT, "tests/fixtures/poisoning/dev.json")).filter((item) => inUnreadHalf(item.id));
const started = process.hrtime.bigint();
// Rounded to bytes and scored by the scan, as the shipped weights are.
const { trainOn, scale, table: weights } = trainShipped();
const trainS = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`trained on ${trainOn.length} definitions (${trainOn.filter((i) => i.poisoned).length} poisoned) in ${trainS.toFixed(1)} s`);

const measured = unread.map((item) => ({
  poisoned: item.poisoned,
  ruled: scanDefinition(item.tool, { learned: false }) !== null,
  shipped: scanDefinition(item.tool) !== null,
  score: learnedScore(item.tool, weights) * scale,
}));
const poisoned = measured.filter((m) => m.poisoned).length;
const honest = measured.length - poisoned;
const line = (label: string, flagged: (m: (typeof measured)[number]) => boolean): void => {
  const detected = measured.filter((m) => m.poisoned && flagged(m)).length;
  const alarms = measured.filter((m) => !m.poisoned && flagged(m)).length;
  console.log(`  ${label.padEnd(52)} detected ${detected}/${poisoned} (${((100 * detected) / poisoned).toFixed(1)}%), false alarms ${alarms}/${honest} (${((100 * alarms) / honest).toFixed(1)}%)`);
};
console.log(`unread halves (${poisoned} poisoned, ${honest} honest):`);
line("rules alone", (m) => m.ruled);

if (existsSync(CORPUS)) {
  const scores = realToolScores(CORPUS, weights, scale);
  for (const budget of CORPUS_FLAG_BUDGETS) {
    const threshold = scores[budget] ?? -Infinity;
    line(`rules or scorer > ${threshold.toFixed(2)} (${budget} real tools flagged)`, (m) => m.ruled || m.score > threshold);
  }
} else {
  console.log(`  (${CORPUS} is absent: thresholds fixed, real-corpus flags unknown)`);
  for (const threshold of FIXED_THRESHOLDS) line(`rules or scorer > ${threshold}`, (m) => m.ruled || m.score > threshold);
}
line("as shipped (rules, then the committed weights)", (m) => m.shipped);
