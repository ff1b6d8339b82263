/**
 * Accuracy of the classifier against our hand labels: `npm run eval:classify`.
 * `-- --verbose` lists every development miss; `-- --write` records the figures in
 * lib/classify/measured.json, which the method page shows; `-- --development` leaves the
 * sealed figures out altogether, for use while changing rules (so that no change is kept or
 * dropped for what it does to the sealed figure).
 *
 * Sealed servers are reported in aggregate only: their misses are never printed, so no rule
 * is ever written against them. The sealed figure is the one to quote.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { classifyTool, type Verdict } from "../../lib/classify";
import { riskRank, RISK_LEVELS, type Category, type RiskLevel } from "../../lib/taxonomy";
import { serverBootstrap, type Interval } from "./server-bootstrap";
import { corpusAvailable, CORPUS_DIR, joinDefinitions, labelKey, labelsBySplit, PASS_FILES, readLabelFile, readRetest, type LabelledTool, type Split } from "./classify-labels";

if (!corpusAvailable()) {
  console.log(`eval:classify skipped: the corpus is not at ${CORPUS_DIR} (set CATALOGUE_CORPUS_DIR to point at it)`);
  process.exit(0);
}

const verbose = process.argv.includes("--verbose");
const write = process.argv.includes("--write");
const developmentOnly = process.argv.includes("--development");
const BANDS = [
  { band: "0.9-1.0", from: 0.9, to: 1.01 },
  { band: "0.8-0.9", from: 0.8, to: 0.9 },
  { band: "0.7-0.8", from: 0.7, to: 0.8 },
  { band: "0.5-0.7", from: 0.5, to: 0.7 },
  { band: "0.0-0.5", from: 0, to: 0.5 },
];

interface Scored {
  label: LabelledTool;
  verdict: Verdict;
}

interface Figures {
  servers: number;
  tools: number;
  categoryExact: number;
  riskExact: number;
  riskWithinOne: number;
  /** Labelled high or critical, rated low. */
  dangerousRatedLow: number;
  /** Labelled execute or financial (runs code or moves money), rated below high. */
  codeOrMoneyBelowHigh: number;
  /** Rated two or more levels below the label. */
  twoLevelsTooLow: number;
}

function figures(scored: readonly Scored[]): Figures {
  const count = (p: (s: Scored) => boolean) => scored.filter(p).length;
  return {
    servers: new Set(scored.map((s) => s.label.server)).size,
    tools: scored.length,
    categoryExact: share(count((s) => s.verdict.category === s.label.category), scored.length),
    riskExact: share(count((s) => s.verdict.risk === s.label.risk), scored.length),
    riskWithinOne: share(count((s) => Math.abs(riskRank(s.verdict.risk) - riskRank(s.label.risk)) <= 1), scored.length),
    dangerousRatedLow: count((s) => riskRank(s.label.risk) >= riskRank("high") && s.verdict.risk === "low"),
    codeOrMoneyBelowHigh: count((s) => (s.label.category === "execute" || s.label.category === "financial") && riskRank(s.verdict.risk) < riskRank("high")),
    twoLevelsTooLow: count((s) => riskRank(s.verdict.risk) - riskRank(s.label.risk) <= -2),
  };
}

/**
 * 95% intervals for the shares, by resampling servers (./server-bootstrap.ts): the sealed split is
 * some two hundred servers, not two thousand independent tools, and its figures move by a few
 * points with which servers happen to be in it.
 */
function intervals(scored: readonly Scored[]): Record<"categoryExact" | "riskExact" | "riskWithinOne", Interval> {
  const of = (hit: (s: Scored) => boolean) => serverBootstrap(scored.map((s) => ({ server: s.label.server, hit: hit(s) }))) ?? [0, 0];
  return {
    categoryExact: of((s) => s.verdict.category === s.label.category),
    riskExact: of((s) => s.verdict.risk === s.label.risk),
    riskWithinOne: of((s) => Math.abs(riskRank(s.verdict.risk) - riskRank(s.label.risk)) <= 1),
  };
}

function calibration(scored: readonly Scored[]) {
  return BANDS.map(({ band, from, to }) => {
    const inBand = (s: Scored) => s.verdict.confidence >= from && s.verdict.confidence < to;
    const exactly = (s: Scored) => s.verdict.risk === s.label.risk && s.verdict.category === s.label.category;
    const tools = scored.filter(inBand);
    const interval = serverBootstrap(scored.map((s) => ({ server: s.label.server, hit: exactly(s), counted: inBand(s) })));
    return { band, tools: tools.length, exact: share(tools.filter(exactly).length, tools.length), ...(interval ? { interval } : {}) };
  });
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const bySplit = new Map<Split, Scored[]>([["legacy", []], ["development", []], ["sealed", []]]);
const all = labelsBySplit();
for (const split of ["legacy", "development", "sealed"] as const) {
  const { tools, missing } = joinDefinitions(all.filter((x) => x.split === split).map((x) => x.label));
  if (missing.length) console.log(`${split}: ${missing.length} labels name no tool in the corpus${split === "sealed" ? "" : `: ${missing.map((m) => `${m.server}/${m.tool}`).join(", ")}`}`);
  bySplit.set(split, tools.map((label) => ({ label, verdict: classifyTool(label.definition, label.identity) })));
}

function print(name: string, f: Figures): void {
  console.log(`${name.padEnd(12)} ${String(f.tools).padStart(5)} tools ${String(f.servers).padStart(4)} servers | category ${pct(f.categoryExact)} | risk exact ${pct(f.riskExact)}, within one ${pct(f.riskWithinOne)} | high/critical rated low ${f.dangerousRatedLow} | code/money below high ${f.codeOrMoneyBelowHigh} | two levels too low ${f.twoLevelsTooLow}`);
}

const development = bySplit.get("development") ?? [];
const sealed = bySplit.get("sealed") ?? [];
const legacy = bySplit.get("legacy") ?? [];
/** A share of `of`, to three decimals (what measured.json keeps). */
function share(x: number, of: number): number {
  return Math.round((1000 * x) / Math.max(1, of)) / 1000;
}

type Labelling = { category: Category | null; risk: RiskLevel };

/** How often two labellings of the same tools agree: category, exact level and level within one, as shares of `of` tools. */
function labelAgreement(pairs: readonly (readonly [Labelling, Labelling])[], of = pairs.length) {
  const count = (p: (a: Labelling, b: Labelling) => boolean) => pairs.filter(([a, b]) => p(a, b)).length;
  return {
    categoryExact: share(count((a, b) => a.category === b.category), of),
    riskExact: share(count((a, b) => a.risk === b.risk), of),
    riskWithinOne: share(count((a, b) => Math.abs(riskRank(a.risk) - riskRank(b.risk)) <= 1), of),
  };
}

/** How often the two blind labelling passes agreed: the ceiling any classifier can be measured against. */
function passAgreement() {
  const a = readLabelFile(PASS_FILES.a);
  const b = new Map(readLabelFile(PASS_FILES.b).map((l) => [`${l.server}/${l.tool}`, l]));
  const pairs = a.flatMap((l) => {
    const other = b.get(`${l.server}/${l.tool}`);
    return other ? [[l, other] as const] : [];
  });
  return { tools: a.length, ...labelAgreement(pairs, a.length) };
}

/**
 * The retest: tools of a split labelled again, later, by two fresh blind passes. How often the
 * two labellings agree bounds how precisely any figure against the labels can be read; the
 * classifier's level on the tools where they agree is its figure with the doubtful labels set aside.
 */
function retest(scored: readonly Scored[]) {
  const again = readRetest();
  const sample = scored.filter((s) => again.has(labelKey(s.label)));
  const pairs = sample.map((s) => [s.label, again.get(labelKey(s.label))!] as const);
  const agreed = sample.filter((s, i) => pairs[i]![1].category === s.label.category && pairs[i]![1].risk === s.label.risk);
  return {
    tools: sample.length,
    ...labelAgreement(pairs),
    agreedTools: agreed.length,
    classifierRiskExactWhereAgreed: share(agreed.filter((s) => s.verdict.risk === s.label.risk).length, agreed.length),
  };
}

const agreement = passAgreement();
console.log(`two labelling passes agree on ${agreement.tools} tools: category ${pct(agreement.categoryExact)}, risk exact ${pct(agreement.riskExact)}, within one ${pct(agreement.riskWithinOne)}`);
const measured = {
  date: new Date().toISOString().slice(0, 10),
  labelAgreement: agreement,
  sealed: { ...figures(sealed), intervals: intervals(sealed) },
  development: figures(development),
  legacy: figures(legacy),
  calibration: calibration(sealed),
  labelRetest: { development: retest(development), sealed: retest(sealed) },
};
if (!developmentOnly) {
  print("sealed", measured.sealed);
  const range = ([lo, hi]: Interval) => `${pct(lo)}-${pct(hi)}`;
  const i = measured.sealed.intervals;
  console.log(`${"".padEnd(12)} 95% intervals, resampling servers: category ${range(i.categoryExact)} | risk exact ${range(i.riskExact)} | within one ${range(i.riskWithinOne)}`);
}
print("development", measured.development);
print("legacy", measured.legacy);
console.log("\nlabelled again later by two fresh blind passes (risk up), against the labels above:");
for (const [split, r] of Object.entries(measured.labelRetest)) {
  if (split === "sealed" && developmentOnly) continue;
  console.log(`  ${split.padEnd(12)} ${String(r.tools).padStart(4)} tools | category ${pct(r.categoryExact)} | risk exact ${pct(r.riskExact)}, within one ${pct(r.riskWithinOne)} | where both labellings agree (${r.agreedTools} tools), the classifier's risk exact ${pct(r.classifierRiskExactWhereAgreed)}`);
}
if (!developmentOnly) {
  console.log("\ncalibration on the sealed split (category and risk both exact, by confidence):");
  for (const row of measured.calibration) console.log(`  ${row.band}  ${String(row.tools).padStart(5)} tools  ${pct(row.exact)} exact${row.interval ? ` (95% interval ${pct(row.interval[0])}-${pct(row.interval[1])})` : ""}`);
}
console.log("calibration on development:");
for (const row of calibration(development)) console.log(`  ${row.band}  ${String(row.tools).padStart(5)} tools  ${pct(row.exact)} exact`);

// Development misses only: what rules may be written against.
const misses = [...legacy, ...development].filter((s) => s.verdict.category !== s.label.category || s.verdict.risk !== s.label.risk);
const riskConfusion = new Map<string, number>();
for (const s of development) riskConfusion.set(`${s.label.risk}>${s.verdict.risk}`, (riskConfusion.get(`${s.label.risk}>${s.verdict.risk}`) ?? 0) + 1);
console.log("\nrisk confusion on development (labelled → rated):");
for (const from of RISK_LEVELS) console.log(`  ${from.padEnd(8)} ${RISK_LEVELS.map((to) => `${to}=${riskConfusion.get(`${from}>${to}`) ?? 0}`).join("  ")}`);
const serious = misses.filter((s) => riskRank(s.verdict.risk) < riskRank(s.label.risk) && (riskRank(s.label.risk) >= riskRank("high") || s.label.category === "execute" || s.label.category === "financial"));
console.log(`\ndevelopment tools rated below a high, critical, execute or financial label: ${serious.length}`);
for (const s of serious) console.log(`  ${line(s)}`);
if (verbose) {
  console.log(`\nall development misses (${misses.length}):`);
  for (const s of misses) console.log(`  ${line(s)}`);
}

function line(s: Scored): string {
  return `${s.label.server}/${s.label.tool}: labelled ${s.label.category}/${s.label.risk}, rated ${s.verdict.category}/${s.verdict.risk} (${s.verdict.confidence}; ${s.verdict.signals.join(", ") || "no signals"})${s.label.note ? ` — ${s.label.note}` : ""}`;
}

if (write) {
  const file = path.resolve(import.meta.dirname, "..", "..", "lib", "classify", "measured.json");
  writeFileSync(file, `${JSON.stringify(measured, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}
