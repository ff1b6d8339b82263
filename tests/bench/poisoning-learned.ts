/**
 * Does a learned scorer earn a place beside the poisoning rules? `npm run eval:poisoning-learned`
 * trains one (./poisoning-learned/train.ts) on the team's development set without its unread
 * halves, then measures, on those unread halves (never read, never trained on), the rules alone
 * against the rules or the scorer. The scorer's threshold is set by how many tools of the real
 * corpus (../shared/corpus/servers or CATALOGUE_CORPUS; mostly honest) it may flag on its own,
 * since each such flag hides a real tool. The sealed set is never read.
 *
 * Measured 2026-11-30 (1,314 definitions, 934 trained on; 167 poisoned and 213 honest unread):
 * rules alone 107/167 detected, 7/213 false alarms; with the scorer, 110 when it may flag 2 real
 * tools, 112 at 5, 117 at 10 (and one more false alarm). Not wired into the scan: it gains 2 to 6
 * points on text nobody read, at the price of flagging, and so hiding, honest real tools (most of
 * those it flags plainly are), about 8 µs a tool and 128 KB of weights. Rerun it as the
 * development set grows.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { scanDefinition } from "../../lib/poisoning";
import { corpusTools, inUnreadHalf, loadLabelled } from "./poisoning-data";
import { definitionScore, definitionSentences, trainWeights } from "./poisoning-learned/train";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CORPUS = process.env.CATALOGUE_CORPUS ?? path.resolve(ROOT, "../shared/corpus/servers");
/** How many real tools the scorer may flag on its own, at each threshold tried. */
const CORPUS_FLAG_BUDGETS = [0, 2, 5, 10, 20];
/** Thresholds tried when the corpus is absent. */
const FIXED_THRESHOLDS = [1.5, 2, 2.5, 3];

const dev = loadLabelled(path.join(ROOT, "tests/fixtures/poisoning/dev.json"));
const trainOn = dev.filter((item) => !inUnreadHalf(item.id));
const unread = dev.filter((item) => inUnreadHalf(item.id));
const started = process.hrtime.bigint();
const weights = trainWeights(trainOn);
const trainS = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`trained on ${trainOn.length} definitions (${trainOn.filter((i) => i.poisoned).length} poisoned) in ${trainS.toFixed(1)} s`);

const measured = unread.map((item) => ({ poisoned: item.poisoned, ruled: scanDefinition(item.tool) !== null, score: definitionScore(weights, definitionSentences(item.tool)) }));
const poisoned = measured.filter((m) => m.poisoned).length;
const honest = measured.length - poisoned;
const line = (label: string, flagged: (m: (typeof measured)[number]) => boolean): void => {
  const detected = measured.filter((m) => m.poisoned && flagged(m)).length;
  const alarms = measured.filter((m) => !m.poisoned && flagged(m)).length;
  console.log(`  ${label.padEnd(44)} detected ${detected}/${poisoned} (${((100 * detected) / poisoned).toFixed(1)}%), false alarms ${alarms}/${honest} (${((100 * alarms) / honest).toFixed(1)}%)`);
};
console.log(`unread halves (${poisoned} poisoned, ${honest} honest):`);
line("rules alone", (m) => m.ruled);

if (existsSync(CORPUS)) {
  const real = corpusTools(CORPUS).filter((tool) => scanDefinition(tool) === null);
  const scores = real.map((tool) => definitionScore(weights, definitionSentences(tool))).sort((a, b) => b - a);
  for (const budget of CORPUS_FLAG_BUDGETS) {
    const threshold = scores[budget] ?? -Infinity;
    line(`rules or scorer > ${threshold.toFixed(2)} (${budget} real tools flagged)`, (m) => m.ruled || m.score > threshold);
  }
} else {
  console.log(`  (${CORPUS} is absent: thresholds fixed, real-corpus flags unknown)`);
  for (const threshold of FIXED_THRESHOLDS) line(`rules or scorer > ${threshold}`, (m) => m.ruled || m.score > threshold);
}
