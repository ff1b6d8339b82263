/** The labelled poisoning sets (dev and sealed share one shape) and a language guess for items without one. */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { mcpToolSchema, type McpTool } from "../../lib/mcp/schema";
import { FRESH_DIR, readSealed } from "./classify-labels";
import { readServerSnapshots } from "./server-snapshots";

const labelledItemSchema = z.object({
  id: z.string(),
  tool: mcpToolSchema,
  poisoned: z.boolean(),
  kind: z.string(),
  note: z.string().optional().default(""),
  /** Optional: the language of the text (the sealed set may leave it out). */
  lang: z.string().optional(),
});

export type LabelledItem = z.infer<typeof labelledItemSchema> & { tool: McpTool };

export function loadLabelled(file: string): LabelledItem[] {
  const items = z.array(labelledItemSchema).parse(JSON.parse(readFileSync(file, "utf8")));
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) throw new Error(`${file}: duplicate id ${item.id}`);
    ids.add(item.id);
  }
  return items;
}

/**
 * Which batch of the development set an item belongs to, by its id: the first was written with the
 * rules, "w2-" by a second author, "w3-" by a third, "w4-" by a fourth, "w5-" and "w6-" by a fifth
 * and sixth (who wrote at the same time, neither seeing the other or the scanner), "w7-" by a
 * seventh (hard honest documentation, and poison buried in it), "w8-" by an eighth (subtle
 * poison, most of it outside the description; hard honest usage rules), "w9-" by a ninth
 * (many authors' styles, poison written as part of each), "wa-" by a tenth (to the brief of
 * the sealed batches, reported on in counts only), "wb-", "wc-" and "wd-" by an eleventh,
 * twelfth and thirteenth (the same brief, other domains and platforms), "we-" and "wf-" by a
 * fourteenth and fifteenth (subtle poison among hard honest text, unusual domains for one and
 * developer and business tools for the other), written while the learned scorer was in the scan;
 * "wg-", "wh-", "wi-" and "wj-" by four more, each with an angle (authors from many countries and
 * languages; generated API wrappers with the poison in nested schemas; tools for agents and
 * developers; money); "wk-" and "wl-" by a twentieth and twenty-first (personal and workplace
 * assistants and regulated domains; operations and data, poison written as runbook text); "wm-"
 * and "wn-" by a twenty-second and twenty-third (small SaaS and developer tools in plain English,
 * poison often in the schema; tools mostly not in English); "wo-" and "wp-" by a twenty-fourth and
 * twenty-fifth (everyday consumer and business apps, a third not in English, poison as the
 * product's operating rules; servers built for agents and developers, most poison outside the
 * description and much of it delayed or conditional); "wq-" and "wr-" by a twenty-sixth and
 * twenty-seventh (money and operations in plain English, poison as long policies and choreography
 * across tools; authors from many countries, two thirds not in English); "ws-" and "wt-" by a
 * twenty-eighth and twenty-ninth (personal and household assistants, half in other European
 * languages; developer and data tools with the poison in unusual places); "wu-" and "wv-" by a
 * thirtieth and thirty-first (business software, half in twelve other languages, poison as internal
 * process; data platforms and smart-home and vehicle control, poison outside the description and
 * often conditional); "wx-" and "wy-" by a thirty-second and thirty-third (developer and
 * operations tools in plain English, poison as setup steps and defaults; consumer apps, two thirds
 * in thirteen other languages); "wz-" by a thirty-fourth (productivity and knowledge tools, half in
 * ten other languages, the poison mostly in the schema and often delayed or conditional); "xa-" by a
 * thirty-fifth (everyday services for a person or a small business, two thirds in fourteen other
 * languages); "xb-" by a thirty-sixth (the kinds of servers the catalogue lists most, a third in
 * Chinese); "xc-" by a thirty-seventh (tools for agents and developers, in English, the poison as
 * ordinary documentation); "xd-" by a thirty-eighth (Chinese platforms and business tools, two
 * thirds in Chinese); "xf-" by a thirty-ninth (finance and commerce, half in Chinese); "xe-" by a
 * fortieth (data and AI tooling, a quarter in Chinese); "xg-" by a forty-first (security, identity
 * and IT administration, a third in seven other languages); "xh-" by a forty-second (everyday
 * public-facing services, half in Chinese); "xi-" by a forty-third (education, research and media,
 * a third in French, Spanish, German or Japanese); "xj-" by a forty-fourth (logistics,
 * manufacturing, energy, agriculture and field service, half in Chinese). Of the third batch onwards, the
 * odd-numbered items may be read while rules are generalised, and `eval:poisoning-learned` trains
 * on them; the even-numbered halves are never read (their text, notes and findings are never
 * printed) and never trained on.
 */
export type DevBatch = "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth" | "ninth" | "tenth" | "eleventh" | "twelfth" | "thirteenth" | "fourteenth" | "fifteenth" | "sixteenth" | "seventeenth" | "eighteenth" | "nineteenth" | "twentieth" | "twenty-first" | "twenty-second" | "twenty-third" | "twenty-fourth" | "twenty-fifth" | "twenty-sixth" | "twenty-seventh" | "twenty-eighth" | "twenty-ninth" | "thirtieth" | "thirty-first" | "thirty-second" | "thirty-third" | "thirty-fourth" | "thirty-fifth" | "thirty-sixth" | "thirty-seventh" | "thirty-eighth" | "thirty-ninth" | "fortieth" | "forty-first" | "forty-second" | "forty-third" | "forty-fourth";
const BATCH_BY_PREFIX: Record<string, DevBatch> = { "w2-": "second", "w3-": "third", "w4-": "fourth", "w5-": "fifth", "w6-": "sixth", "w7-": "seventh", "w8-": "eighth", "w9-": "ninth", "wa-": "tenth", "wb-": "eleventh", "wc-": "twelfth", "wd-": "thirteenth", "we-": "fourteenth", "wf-": "fifteenth", "wg-": "sixteenth", "wh-": "seventeenth", "wi-": "eighteenth", "wj-": "nineteenth", "wk-": "twentieth", "wl-": "twenty-first", "wm-": "twenty-second", "wn-": "twenty-third", "wo-": "twenty-fourth", "wp-": "twenty-fifth", "wq-": "twenty-sixth", "wr-": "twenty-seventh", "ws-": "twenty-eighth", "wt-": "twenty-ninth", "wu-": "thirtieth", "wv-": "thirty-first", "wx-": "thirty-second", "wy-": "thirty-third", "wz-": "thirty-fourth", "xa-": "thirty-fifth", "xb-": "thirty-sixth", "xc-": "thirty-seventh", "xd-": "thirty-eighth", "xf-": "thirty-ninth", "xe-": "fortieth", "xg-": "forty-first", "xh-": "forty-second", "xi-": "forty-third", "xj-": "forty-fourth" };
export function devBatch(id: string): DevBatch {
  return BATCH_BY_PREFIX[id.slice(0, 3)] ?? "first";
}
/** A batch kept half unread: its odd-numbered ids were studied, its even-numbered ids never read. */
export function isHalved(batch: DevBatch): boolean {
  return batch !== "first" && batch !== "second";
}
/**
 * Unread items that were read by accident, which count as studied from then on (as a sealed server
 * whose misses were read moves to development): xj-002, part of whose text a script printed on
 * 2026-12-03 while the batch files' format was looked at.
 */
const READ_BY_ACCIDENT = new Set(["xj-002"]);
export function inStudiedHalf(id: string): boolean {
  return isHalved(devBatch(id)) && (Number(id.slice(3)) % 2 === 1 || READ_BY_ACCIDENT.has(id));
}
/** An item of an unread half: only ever counted in aggregate figures, never trained on. */
export function inUnreadHalf(id: string): boolean {
  return isHalved(devBatch(id)) && !inStudiedHalf(id);
}

/** A guess from the script and a few function words: enough to group figures by language. */
export function languageOf(tool: McpTool): string {
  const text = `${tool.description ?? ""} ${JSON.stringify(tool.inputSchema ?? {})}`;
  if (/[\u3040-\u30ff]/.test(text)) return "ja";
  if (/[\uac00-\ud7af]/.test(text)) return "ko";
  if (/[\u4e00-\u9fff]/.test(text)) return "zh";
  if (/[\u0400-\u04ff]/.test(text)) return "ru";
  const lower = ` ${(tool.description ?? "").toLowerCase()} `;
  const score = (words: string[]): number => words.reduce((n, w) => n + (lower.includes(` ${w} `) ? 1 : 0), 0);
  const guesses: [string, number][] = [
    ["es", score(["el", "la", "los", "las", "de", "para", "una", "con", "del", "que"])],
    ["fr", score(["le", "la", "les", "des", "pour", "une", "avec", "du", "est", "et"])],
    ["de", score(["der", "die", "das", "und", "mit", "ein", "eine", "für", "nicht", "den"])],
    ["pt", score(["o", "os", "as", "da", "do", "para", "uma", "com", "não", "em"])],
    ["en", score(["the", "a", "and", "of", "to", "for", "with", "is", "an", "in"])],
  ];
  guesses.sort((a, b) => b[1] - a[1]);
  return guesses[0]?.[1] ? (guesses[0]?.[0] ?? "en") : "en";
}

const secondPassSchema = z.array(z.object({ id: z.string(), poisoned: z.boolean(), why: z.string() }));

export interface PassAgreement {
  compared: number;
  agreed: number;
  /** Cohen's kappa for the two passes' poisoned/honest calls. */
  kappa: number;
  /** Ids the second pass labels that the set lacks, and ids of the set it leaves out. */
  unknown: string[];
  missing: string[];
  disagreements: string[];
}

/**
 * How a second, blind labelling pass (`{id, poisoned, why}`: made from the definitions alone,
 * without the author's labels) agrees with the set's own labels.
 */
export function agreementWith(items: readonly LabelledItem[], secondPassFile: string): PassAgreement {
  const second = secondPassSchema.parse(JSON.parse(readFileSync(secondPassFile, "utf8")));
  const byId = new Map(items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  const unknown: string[] = [];
  const disagreements: string[] = [];
  let agreed = 0;
  let firstYes = 0;
  let secondYes = 0;
  for (const label of second) {
    const item = byId.get(label.id);
    if (!item) {
      unknown.push(label.id);
      continue;
    }
    seen.add(label.id);
    if (item.poisoned === label.poisoned) agreed++;
    else disagreements.push(label.id);
    if (item.poisoned) firstYes++;
    if (label.poisoned) secondYes++;
  }
  const compared = seen.size;
  const observed = compared ? agreed / compared : 0;
  const p1 = compared ? firstYes / compared : 0;
  const p2 = compared ? secondYes / compared : 0;
  const chance = p1 * p2 + (1 - p1) * (1 - p2);
  const kappa = chance === 1 ? 1 : (observed - chance) / (1 - chance);
  return { compared, agreed, kappa, unknown, missing: items.filter((i) => !seen.has(i.id)).map((i) => i.id), disagreements };
}

/** The tools of the development servers outside the corpus (the classifier's sealed ones left out: a flag changes their verdicts). */
export function freshDevelopmentTools(): McpTool[] {
  const sealed = new Set(readSealed().servers);
  return readServerSnapshots(FRESH_DIR).filter((server) => !sealed.has(server.slug)).flatMap((server) => server.tools);
}

/** Every tool of the real corpus (a folder of `{server, tools}` files) that parses, in file order. */
export function corpusTools(dir: string): McpTool[] {
  return readServerSnapshots(dir).flatMap((server) => server.tools);
}
