/**
 * Poisoning scanner accuracy: `npm run eval:poisoning [-- --verbose] [-- --development]`.
 * `-- --development` leaves the sealed set out altogether (it is not even read), for use while
 * changing rules, so that no change is kept or dropped for what it does to the sealed figure
 * (as `npm run eval:classify -- --development` does). Run without it once, to quote the figure.
 *
 * - The team's development set (tests/fixtures/poisoning/dev.json): detection and false-alarm
 *   rates overall, per batch, per kind and per language, and which items were missed (it is ours
 *   to study), except in the unread halves of the third batch onwards (even-numbered ids from "w3-"
 *   on): those are counted, never listed.
 * - The sealed set (tests/fixtures/poisoning/sealed.json), when present: written by others
 *   and never read by the scanner's authors, so it prints two figures only, the detected rate
 *   and the false-alarm rate, overall and per sealed batch. Never which items were missed.
 * - The real corpus (../shared/corpus/servers, or CATALOGUE_CORPUS), mostly honest: the rate
 *   of flags as a sanity figure, and each flag listed for review. The rules were tuned while
 *   these flags were read, so the rate is optimistic.
 * - Real servers outside the corpus (tests/fixtures/labels/fresh-servers, listed by us from npm
 *   on 2026-12-01), honest as far as anyone knows, nobody's rules written against them: the flag
 *   rate, with the flags of development servers listed and those of the classifier's sealed
 *   servers counted only (a flag changes a sealed verdict).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { scanDefinition } from "../../lib/poisoning";
import { FRESH_DIR, readSealed } from "./classify-labels";
import { agreementWith, devBatch, inStudiedHalf, inUnreadHalf, isHalved, loadLabelled, languageOf, type DevBatch, type LabelledItem } from "./poisoning-data";
import { wilsonInterval } from "./binomial-interval";
import { readServerSnapshots } from "./server-snapshots";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DEV = path.join(ROOT, "tests/fixtures/poisoning/dev.json");
const DEV_SECOND_PASS = path.join(ROOT, "tests/fixtures/poisoning/dev-second-pass.json");
const SEALED = path.join(ROOT, "tests/fixtures/poisoning/sealed.json");
const CORPUS = process.env.CATALOGUE_CORPUS ?? path.resolve(ROOT, "../shared/corpus/servers");
const verbose = process.argv.includes("--verbose");
const developmentOnly = process.argv.includes("--development");

interface Tally {
  flagged: number;
  total: number;
}

function pct(t: Tally): string {
  return t.total ? `${((100 * t.flagged) / t.total).toFixed(1)}% (${t.flagged}/${t.total})` : "n/a";
}

function bump(map: Map<string, Tally>, key: string, flagged: boolean): void {
  const t = map.get(key) ?? { flagged: 0, total: 0 };
  t.total++;
  if (flagged) t.flagged++;
  map.set(key, t);
}

function evaluate(items: readonly LabelledItem[]) {
  const detected: Tally = { flagged: 0, total: 0 };
  const falseAlarms: Tally = { flagged: 0, total: 0 };
  const byKind = new Map<string, Tally>();
  const byLanguage = new Map<string, { poisoned: Tally; honest: Tally }>();
  const wrong: { item: LabelledItem; passage?: string; reason?: string; where?: string }[] = [];
  for (const item of items) {
    const finding = scanDefinition(item.tool);
    const flagged = finding !== null;
    const tally = item.poisoned ? detected : falseAlarms;
    tally.total++;
    if (flagged) tally.flagged++;
    // An unread item's kind is as telling as its text (a kind named "formula-exfil" invites a rule): never shown.
    if (!inUnreadHalf(item.id)) bump(byKind, `${item.poisoned ? "poisoned" : "honest"} / ${item.kind}`, flagged);
    const language = item.lang ?? languageOf(item.tool);
    const lang = byLanguage.get(language) ?? { poisoned: { flagged: 0, total: 0 }, honest: { flagged: 0, total: 0 } };
    const side = item.poisoned ? lang.poisoned : lang.honest;
    side.total++;
    if (flagged) side.flagged++;
    byLanguage.set(language, lang);
    if (flagged !== item.poisoned) wrong.push({ item, passage: finding?.passage, reason: finding?.reason, where: finding?.where });
  }
  return { detected, falseAlarms, byKind, byLanguage, wrong };
}

// ---------------------------------------------------------------- development set
const dev = loadLabelled(DEV);
const result = evaluate(dev);
console.log(`Development set (${dev.length} definitions, written by the team)`);
const passes = agreementWith(dev, DEV_SECOND_PASS);
console.log(`  labels: the author's and a second blind pass agree on ${passes.agreed}/${passes.compared} (kappa ${passes.kappa.toFixed(2)})${passes.disagreements.length ? `; they differ on ${passes.disagreements.join(", ")}` : ""}`);
console.log(`  detected:     ${pct(result.detected)} of poisoned`);
console.log(`  false alarms: ${pct(result.falseAlarms)} of honest`);
const BATCHES: [DevBatch, string][] = [
  ["first", "first batch (394, written with the rules)"],
  ["second", "second batch (160, ids w2-, another author)"],
  ["third", "third batch (160, ids w3-, a third author)"],
  ["fourth", "fourth batch (160, ids w4-, a fourth author)"],
  ["fifth", "fifth batch (120, ids w5-, a fifth author)"],
  ["sixth", "sixth batch (120, ids w6-, a sixth author, at the same time)"],
  ["seventh", "seventh batch (200, ids w7-, a seventh author: hard honest documentation and poison buried in it)"],
  ["eighth", "eighth batch (160, ids w8-, an eighth author: subtle poison, most of it outside the description)"],
  ["ninth", "ninth batch (160, ids w9-, a ninth author: many authors' styles, poison written in each)"],
  ["tenth", "tenth batch (160, ids wa-, a tenth author, to the sealed batches' brief)"],
  ["eleventh", "eleventh batch (160, ids wb-, an eleventh author, the same brief, other domains)"],
  ["twelfth", "twelfth batch (160, ids wc-, a twelfth author, the same brief, poison among long honest documentation)"],
  ["thirteenth", "thirteenth batch (160, ids wd-, a thirteenth author, the same brief, terse hobby tools and long generated docs)"],
  ["fourteenth", "fourteenth batch (160, ids we-, a fourteenth author: subtle poison, unusual domains)"],
  ["fifteenth", "fifteenth batch (160, ids wf-, a fifteenth author: subtle poison, developer and business tools)"],
  ["sixteenth", "sixteenth batch (160, ids wg-, a sixteenth author: authors from many countries, half not in English)"],
  ["seventeenth", "seventeenth batch (160, ids wh-, a seventeenth author: generated API wrappers, poison in nested schemas)"],
  ["eighteenth", "eighteenth batch (160, ids wi-, an eighteenth author: tools for agents and developers)"],
  ["nineteenth", "nineteenth batch (160, ids wj-, a nineteenth author: money)"],
  ["twentieth", "twentieth batch (160, ids wk-, a twentieth author: personal and workplace assistants, regulated domains)"],
  ["twenty-first", "twenty-first batch (160, ids wl-, a twenty-first author: operations and data, poison as runbook text)"],
  ["twenty-second", "twenty-second batch (160, ids wm-, a twenty-second author: small SaaS and developer tools, poison often in the schema)"],
  ["twenty-third", "twenty-third batch (160, ids wn-, a twenty-third author: tools mostly not in English)"],
  ["twenty-fourth", "twenty-fourth batch (160, ids wo-, a twenty-fourth author: everyday consumer and business apps, poison as operating rules)"],
  ["twenty-fifth", "twenty-fifth batch (160, ids wp-, a twenty-fifth author: servers for agents and developers, poison mostly outside the description)"],
  ["twenty-sixth", "twenty-sixth batch (160, ids wq-, a twenty-sixth author: money and operations, poison as long policies and choreography across tools)"],
  ["twenty-seventh", "twenty-seventh batch (160, ids wr-, a twenty-seventh author: authors from many countries, two thirds not in English)"],
  ["twenty-eighth", "twenty-eighth batch (160, ids ws-, a twenty-eighth author: personal and household assistants, half in other European languages)"],
  ["twenty-ninth", "twenty-ninth batch (160, ids wt-, a twenty-ninth author: developer and data tools, poison in unusual places)"],
  ["thirtieth", "thirtieth batch (160, ids wu-, a thirtieth author: business software, half in twelve other languages)"],
  ["thirty-first", "thirty-first batch (160, ids wv-, a thirty-first author: data platforms, smart home and vehicles, poison outside the description)"],
  ["thirty-second", "thirty-second batch (160, ids wx-, a thirty-second author: developer and operations tools, poison as setup steps and defaults)"],
  ["thirty-third", "thirty-third batch (160, ids wy-, a thirty-third author: consumer apps, two thirds in thirteen other languages)"],
  ["thirty-fourth", "thirty-fourth batch (160, ids wz-, a thirty-fourth author: productivity and knowledge tools, half in ten other languages, poison in the schema)"],
  ["thirty-fifth", "thirty-fifth batch (160, ids xa-, a thirty-fifth author: everyday services, two thirds in fourteen other languages)"],
  ["thirty-sixth", "thirty-sixth batch (160, ids xb-, a thirty-sixth author: the kinds of servers the catalogue lists most, a third in Chinese)"],
  ["thirty-seventh", "thirty-seventh batch (160, ids xc-, a thirty-seventh author: tools for agents and developers, in English, poison as ordinary documentation)"],
  ["thirty-eighth", "thirty-eighth batch (160, ids xd-, a thirty-eighth author: Chinese platforms and business tools, two thirds in Chinese)"],
  ["thirty-ninth", "thirty-ninth batch (160, ids xf-, a thirty-ninth author: finance and commerce, half in Chinese)"],
  ["fortieth", "fortieth batch (160, ids xe-, a fortieth author: data and AI tooling, a quarter in Chinese)"],
  ["forty-first", "forty-first batch (160, ids xg-, a forty-first author: security, identity and IT administration, a third in seven other languages)"],
  ["forty-second", "forty-second batch (160, ids xh-, a forty-second author: everyday public-facing services, half in Chinese)"],
  ["forty-third", "forty-third batch (160, ids xi-, a forty-third author: education, research and media, a third in French, Spanish, German or Japanese)"],
  ["forty-fourth", "forty-fourth batch (160, ids xj-, a forty-fourth author: logistics, manufacturing, energy, agriculture and field service, half in Chinese)"],
];
for (const [label, part] of [
  ...BATCHES.flatMap(([batch, label]): [string, LabelledItem[]][] => {
    const items = dev.filter((i) => devBatch(i.id) === batch);
    if (!isHalved(batch)) return [[label, items]];
    return [
      [label, items],
      ["  its studied half (odd ids, and any read by accident: open to study)", items.filter((i) => inStudiedHalf(i.id))],
      ["  its unread half (the other even ids: never read, never trained on)", items.filter((i) => inUnreadHalf(i.id))],
    ];
  }),
  ["all unread halves together (third batch onwards)", dev.filter((i) => inUnreadHalf(i.id))],
] as const) {
  const r = evaluate(part);
  console.log(`  ${label}: ${pct(r.detected)} detected, ${pct(r.falseAlarms)} false alarms`);
}
console.log("  per kind, outside the unread halves (poisoned: detected; honest: false alarms):");
for (const [kind, t] of [...result.byKind.entries()].sort()) console.log(`    ${kind.padEnd(28)} ${pct(t)}`);
console.log("  per language (detected / false alarms):");
for (const [language, t] of [...result.byLanguage.entries()].sort()) console.log(`    ${language.padEnd(4)} ${pct(t.poisoned).padEnd(18)} ${pct(t.honest)}`);
const listed = result.wrong.filter(({ item }) => !inUnreadHalf(item.id));
if (result.wrong.length) {
  console.log(`  wrong (${result.wrong.length - listed.length} more in the unread halves, counted above, never listed):`);
  for (const { item, passage, reason, where } of listed) {
    console.log(`    ${item.poisoned ? "missed     " : "false alarm"} ${item.id} (${item.kind}): ${item.note}`);
    if (verbose && passage) console.log(`      ${where}: ${passage}\n      ${reason}`);
  }
}

// ---------------------------------------------------------------- sealed set: figures only
if (developmentOnly) {
  console.log("\nSealed set: left out (--development).");
} else if (existsSync(SEALED)) {
  const items = loadLabelled(SEALED);
  const sealed = evaluate(items);
  console.log(`\nSealed set (${sealed.detected.total + sealed.falseAlarms.total} definitions, written by someone else)`);
  // Independent definitions, so Wilson's interval: how far another set like it could land.
  const range = (t: Tally) => {
    const interval = wilsonInterval(t.flagged, t.total);
    return interval ? `, 95% interval ${(100 * interval[0]).toFixed(1)}-${(100 * interval[1]).toFixed(1)}%` : "";
  };
  console.log(`  detected:     ${pct(sealed.detected)}${range(sealed.detected)}`);
  console.log(`  false alarms: ${pct(sealed.falseAlarms)}${range(sealed.falseAlarms)}`);
  // Its batches, each by another author, in figures only: "s001" ids the first, "s2-001" the second,
  // "s3-001" the third, "s4-001" the fourth. Text of the first two was printed once by a scan of
  // the corpus's words (2026-11-30); the third's second reader named the hiding methods of a few
  // of its items in a report the rules' author read, so the fourth (2026-12-01), never opened by
  // the rules' authors and reported on in counts only, is the clean sealed figure.
  const parts: [string, LabelledItem[]][] = [
    ["first sealed batch (ids s001-)", items.filter((i) => !/^s[234]-/.test(i.id))],
    ["second sealed batch (ids s2-)", items.filter((i) => i.id.startsWith("s2-"))],
    ["third sealed batch (ids s3-)", items.filter((i) => i.id.startsWith("s3-"))],
    ["fourth sealed batch (ids s4-)", items.filter((i) => i.id.startsWith("s4-"))],
  ];
  for (const [label, part] of parts) {
    if (part.length === 0 || part.length === items.length) continue;
    const result = evaluate(part);
    console.log(`  ${label}: ${pct(result.detected)} detected, ${pct(result.falseAlarms)} false alarms`);
  }
} else {
  console.log("\nSealed set: tests/fixtures/poisoning/sealed.json is not present.");
}

// ---------------------------------------------------------------- the real corpus
if (existsSync(CORPUS)) {
  let total = 0;
  const flags: string[] = [];
  for (const server of readServerSnapshots(CORPUS)) {
    for (const tool of server.tools) {
      total++;
      const finding = scanDefinition(tool);
      if (finding) flags.push(`  ${server.slug}/${tool.name} [${finding.kinds.join(", ")}] ${finding.where}: ${finding.passage}\n      ${finding.reason}`);
    }
  }
  console.log(`\nReal corpus (${total} tools, mostly honest): ${flags.length} flagged, ${((100 * flags.length) / Math.max(1, total)).toFixed(2)}%`);
  for (const line of flags) console.log(line);
} else {
  console.log(`\nReal corpus: ${CORPUS} is not present.`);
}

// ---------------------------------------------------------------- real servers outside the corpus
{
  const sealedServers = new Set(readSealed().servers);
  const tally = { development: { tools: 0, flagged: 0 }, sealed: { tools: 0, flagged: 0 } };
  const flags: string[] = [];
  for (const server of readServerSnapshots(FRESH_DIR)) {
    const part = sealedServers.has(server.slug) ? tally.sealed : tally.development;
    for (const tool of server.tools) {
      part.tools++;
      const finding = scanDefinition(tool);
      if (!finding) continue;
      part.flagged++;
      if (part === tally.development) flags.push(`  ${server.slug}/${tool.name} [${finding.kinds.join(", ")}] ${finding.where}: ${finding.passage}\n      ${finding.reason}`);
    }
  }
  const rate = (p: { tools: number; flagged: number }) => `${p.flagged} of ${p.tools} flagged, ${((100 * p.flagged) / Math.max(1, p.tools)).toFixed(1)}%`;
  console.log(`\nReal servers outside the corpus (${FRESH_DIR}): development servers ${rate(tally.development)}; the classifier's sealed servers ${rate(tally.sealed)} (not listed)`);
  for (const line of flags) console.log(line);
}
