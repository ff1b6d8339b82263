/**
 * Accuracy of the classifier against our hand labels of the real corpus:
 * `npm run eval:classify`. Prints category and risk agreement (exact and within one level),
 * a confusion summary, and every tool rated two or more levels too low.
 * Reads ../shared/corpus at run time; exits cleanly when it is absent.
 */
import { classifyTool } from "../../lib/classify";
import { CATEGORIES, RISK_LEVELS, riskRank } from "../../lib/taxonomy";
import { corpusAvailable, CORPUS_DIR, loadLabelledTools } from "./classify-labels";

if (!corpusAvailable()) {
  console.log(`eval:classify skipped: the corpus is not at ${CORPUS_DIR} (set CATALOGUE_CORPUS_DIR to point at it)`);
  process.exit(0);
}

const verbose = process.argv.includes("--verbose");
const { tools, missing } = loadLabelledTools();
let categoryHits = 0;
let riskHits = 0;
let riskNear = 0;
const confusion = new Map<string, number>();
const riskConfusion = new Map<string, number>();
const tooLow: string[] = [];
const disagreements: string[] = [];
let chinese = 0;
let chineseCategoryHits = 0;

for (const labelled of tools) {
  const v = classifyTool(labelled.definition, labelled.identity);
  const isChinese = /[\u3400-\u9fff]/.test(labelled.definition.description ?? "");
  if (isChinese) chinese++;
  if (v.category === labelled.category) {
    categoryHits++;
    if (isChinese) chineseCategoryHits++;
  }
  const delta = riskRank(v.risk) - riskRank(labelled.risk);
  if (delta === 0) riskHits++;
  if (Math.abs(delta) <= 1) riskNear++;
  const ck = `${labelled.category} → ${v.category}`;
  confusion.set(ck, (confusion.get(ck) ?? 0) + 1);
  const rk = `${labelled.risk} → ${v.risk}`;
  riskConfusion.set(rk, (riskConfusion.get(rk) ?? 0) + 1);
  const line = `${labelled.server}/${labelled.tool}: labelled ${labelled.category}/${labelled.risk}, rated ${v.category}/${v.risk} (confidence ${v.confidence}; ${v.signals.join(", ") || "no signals"})`;
  if (delta <= -2) tooLow.push(line);
  if (v.category !== labelled.category || delta !== 0) disagreements.push(line);
}

const n = tools.length;
const pct = (x: number) => `${((100 * x) / Math.max(1, n)).toFixed(1)}%`;
console.log(`labelled tools: ${n} from ${new Set(tools.map((t) => t.server)).size} servers (${chinese} with Chinese descriptions)${missing.length ? `; ${missing.length} labels not found in the corpus` : ""}`);
for (const m of missing) console.log(`  missing: ${m.server}/${m.tool}`);
console.log(`category exact:      ${categoryHits}/${n} = ${pct(categoryHits)}  (Chinese: ${chineseCategoryHits}/${chinese})`);
console.log(`risk exact:          ${riskHits}/${n} = ${pct(riskHits)}`);
console.log(`risk within one:     ${riskNear}/${n} = ${pct(riskNear)}`);
console.log("\ncategory confusion (labelled → rated), disagreements only:");
for (const [k, c] of [...confusion].sort((a, b) => b[1] - a[1])) {
  const [from, to] = k.split(" → ");
  if (from !== to && CATEGORIES.length) console.log(`  ${k}: ${c}`);
}
console.log("\nrisk confusion (labelled → rated):");
for (const from of RISK_LEVELS) {
  const row = RISK_LEVELS.map((to) => `${to}=${riskConfusion.get(`${from} → ${to}`) ?? 0}`).join("  ");
  console.log(`  ${from.padEnd(8)} ${row}`);
}
console.log(`\nrated two or more levels too low: ${tooLow.length}`);
for (const line of tooLow) console.log(`  ${line}`);
if (verbose) {
  console.log(`\nall disagreements (${disagreements.length}):`);
  for (const line of disagreements) console.log(`  ${line}`);
}
