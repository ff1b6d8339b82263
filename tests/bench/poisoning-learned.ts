/**
 * Does a learned component earn its place beside the rules? `npx tsx tests/bench/poisoning-learned.ts`.
 *
 * A small multinomial naive Bayes over the words and word pairs of every model-facing string,
 * trained only on the team's development set (no downloads). Five-fold cross-validation over
 * the dev set (each fold's model never sees its test items) compares:
 *   rules alone · the model alone · rules OR model (the model can only add flags)
 * and the real corpus (mostly honest) gives the false-alarm sanity figure for each, with the
 * model trained on the whole dev set. Prints figures; decides nothing by itself.
 *
 * Caveat: the rules were written against this dev set, so their dev figures are optimistic;
 * the model's cross-validated figures are not. The corpus figure is fair to both.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { mcpToolSchema, type McpTool } from "../../lib/mcp/schema";
import { scanDefinition } from "../../lib/poisoning";
import { normalise } from "../../lib/poisoning/normalise";
import { visitModelText } from "../../lib/poisoning/fields";
import { loadLabelled, type LabelledItem } from "./poisoning-data";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CORPUS = process.env.CATALOGUE_CORPUS ?? path.resolve(ROOT, "../shared/corpus/servers");
const THRESHOLD = 0.9;

function features(tool: McpTool): string[] {
  const out: string[] = [];
  visitModelText(tool, (text) => {
    const words = normalise(text).text.toLowerCase().match(/[\p{L}\p{N}_~./@'-]+/gu) ?? [];
    for (let i = 0; i < words.length; i++) {
      out.push(words[i]!);
      if (i + 1 < words.length) out.push(`${words[i]} ${words[i + 1]}`);
    }
  });
  return out;
}

interface Model {
  logPrior: [number, number];
  logLikelihood: [Map<string, number>, Map<string, number>];
  unseen: [number, number];
}

function train(items: readonly { f: string[]; poisoned: boolean }[]): Model {
  const counts = [new Map<string, number>(), new Map<string, number>()] as const;
  const totals = [0, 0];
  const docs = [0, 0];
  const vocabulary = new Set<string>();
  for (const item of items) {
    const c = item.poisoned ? 1 : 0;
    docs[c]!++;
    for (const w of new Set(item.f)) {
      counts[c].set(w, (counts[c].get(w) ?? 0) + 1);
      totals[c]! += 1;
      vocabulary.add(w);
    }
  }
  const v = vocabulary.size;
  const likelihood = (c: 0 | 1): Map<string, number> => {
    const m = new Map<string, number>();
    for (const w of vocabulary) m.set(w, Math.log(((counts[c].get(w) ?? 0) + 1) / (totals[c]! + v)));
    return m;
  };
  return {
    logPrior: [Math.log(docs[0]! / items.length), Math.log(docs[1]! / items.length)],
    logLikelihood: [likelihood(0), likelihood(1)],
    unseen: [Math.log(1 / (totals[0]! + v)), Math.log(1 / (totals[1]! + v))],
  };
}

function probability(model: Model, f: string[]): number {
  const score = [model.logPrior[0], model.logPrior[1]];
  for (const w of new Set(f)) {
    for (const c of [0, 1] as const) score[c]! += model.logLikelihood[c].get(w) ?? model.unseen[c];
  }
  const [a, b] = score as [number, number];
  return 1 / (1 + Math.exp(a - b));
}

interface Tally {
  detected: number;
  poisoned: number;
  falseAlarms: number;
  honest: number;
}

function pct(n: number, d: number): string {
  return `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;
}

const dev: LabelledItem[] = loadLabelled(path.join(ROOT, "tests/fixtures/poisoning/dev.json"));
const data = dev.map((item, i) => ({ item, f: features(item.tool), poisoned: item.poisoned, fold: i % 5, rules: scanDefinition(item.tool) !== null }));

const tallies = { rules: { detected: 0, poisoned: 0, falseAlarms: 0, honest: 0 }, model: { detected: 0, poisoned: 0, falseAlarms: 0, honest: 0 }, either: { detected: 0, poisoned: 0, falseAlarms: 0, honest: 0 } } satisfies Record<string, Tally>;
for (let fold = 0; fold < 5; fold++) {
  const model = train(data.filter((d) => d.fold !== fold));
  for (const d of data.filter((x) => x.fold === fold)) {
    const learned = probability(model, d.f) >= THRESHOLD;
    for (const [name, flagged] of [["rules", d.rules], ["model", learned], ["either", d.rules || learned]] as const) {
      const t = tallies[name];
      if (d.poisoned) {
        t.poisoned++;
        if (flagged) t.detected++;
      } else {
        t.honest++;
        if (flagged) t.falseAlarms++;
      }
    }
  }
}
console.log(`Development set, 5-fold cross-validation (${dev.length} definitions; model threshold ${THRESHOLD}):`);
for (const [name, t] of Object.entries(tallies)) console.log(`  ${name.padEnd(7)} detected ${pct(t.detected, t.poisoned).padEnd(18)} false alarms ${pct(t.falseAlarms, t.honest)}`);

if (existsSync(CORPUS)) {
  const model = train(data);
  let total = 0;
  let rules = 0;
  let learned = 0;
  let either = 0;
  for (const file of readdirSync(CORPUS)) {
    if (!file.endsWith(".json")) continue;
    const json = JSON.parse(readFileSync(path.join(CORPUS, file), "utf8")) as { tools?: unknown[] };
    for (const raw of json.tools ?? []) {
      const parsed = mcpToolSchema.safeParse(raw);
      if (!parsed.success) continue;
      total++;
      const r = scanDefinition(parsed.data) !== null;
      const m = probability(model, features(parsed.data)) >= THRESHOLD;
      if (r) rules++;
      if (m) learned++;
      if (r || m) either++;
    }
  }
  console.log(`Real corpus (${total} tools, mostly honest), flag rate:`);
  console.log(`  rules   ${pct(rules, total)}\n  model   ${pct(learned, total)}\n  either  ${pct(either, total)}`);
}
