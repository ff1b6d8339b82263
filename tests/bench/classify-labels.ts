/**
 * The hand labels and the definitions they label. Labels hold only server, tool, our
 * category and risk and a note of our own; the definitions are read at run time from
 * ../shared/corpus/servers, so nothing from the corpus is stored in this repository.
 *
 * (Round 15's servers are outside the corpus: their tool lists are in tests/fixtures/labels/fresh-servers,
 * listed by us from public npm packages.)
 *
 * Three sets:
 * - legacy: tests/fixtures/labels/corpus-labels.json, labelled once by the engineer who tuned
 *   the rules on the same servers (optimistic; development only);
 * - double: tests/fixtures/labels/double/, two independent blind passes over servers no rule
 *   was written against, adjudicated (risk disagreements go up);
 * - of the double set, the servers in tests/fixtures/labels/sealed-servers.json are sealed:
 *   rules are never tuned while reading them, and their misses are never printed;
 * - retest: tests/fixtures/labels/retest/, a random sample of the double set (520 development and
 *   520 sealed tools) labelled again later by two fresh blind passes, to measure how far two
 *   labellings of the same tools agree: the precision any figure against the labels can have.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { mcpToolSchema, serverIdentitySchema, type McpTool, type ServerIdentity } from "../../lib/mcp/schema";
import { CATEGORIES, RISK_LEVELS, type Category, type RiskLevel } from "../../lib/taxonomy";

export interface Label {
  server: string;
  tool: string;
  category: Category;
  risk: RiskLevel;
  note?: string;
}

export interface LabelledTool extends Label {
  definition: McpTool;
  identity: ServerIdentity;
}

export type Split = "legacy" | "development" | "sealed";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const CORPUS_DIR = process.env.CATALOGUE_CORPUS_DIR ?? path.resolve(ROOT, "..", "shared", "corpus", "servers");
const LABEL_DIR = path.join(ROOT, "tests", "fixtures", "labels");
/**
 * Tool lists of servers outside the corpus, listed by us from their npm packages (tools/list
 * over stdio, no credentials, 2026-12-01), for the labels of round 15: read where the corpus
 * has no server of that name.
 */
export const FRESH_DIR = path.join(LABEL_DIR, "fresh-servers");
export const LABELS_FILE = path.join(LABEL_DIR, "corpus-labels.json");
export const PASS_FILES = { a: path.join(LABEL_DIR, "double", "pass-a.json"), b: path.join(LABEL_DIR, "double", "pass-b.json") };
export const ADJUDICATED_FILE = path.join(LABEL_DIR, "double", "adjudicated.json");
export const SEALED_FILE = path.join(LABEL_DIR, "sealed-servers.json");
export const RETEST_FILES = { a: path.join(LABEL_DIR, "retest", "pass-a.json"), b: path.join(LABEL_DIR, "retest", "pass-b.json") };

export function corpusAvailable(): boolean {
  return existsSync(CORPUS_DIR);
}

/** Labels from one file, each checked: a broken label names its file and index. */
export function readLabelFile(file: string): Label[] {
  const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!Array.isArray(raw)) throw new Error(`${file}: expected an array of labels`);
  return raw.map((item, i) => {
    const l = item as Partial<Label>;
    if (typeof l.server !== "string" || typeof l.tool !== "string") throw new Error(`${file}[${i}]: server and tool must be strings`);
    if (!CATEGORIES.includes(l.category as Category)) throw new Error(`${file}[${i}]: unknown category ${String(l.category)}`);
    if (!RISK_LEVELS.includes(l.risk as RiskLevel)) throw new Error(`${file}[${i}]: unknown risk ${String(l.risk)}`);
    return { server: l.server, tool: l.tool, category: l.category as Category, risk: l.risk as RiskLevel, ...(l.note ? { note: l.note } : {}) };
  });
}

export function readLabels(): Label[] {
  return readLabelFile(LABELS_FILE);
}

export interface SealedList {
  seed: string;
  /** Servers chosen at random from the double-labelled set; rules are never tuned on them. */
  servers: string[];
  /** Servers that were sealed until someone read their misses: now development. */
  moved: string[];
}

export function readSealed(): SealedList {
  return JSON.parse(readFileSync(SEALED_FILE, "utf8")) as SealedList;
}

/** Every label with its split: legacy, development or sealed. */
export function labelsBySplit(): { label: Label; split: Split }[] {
  const sealed = new Set(readSealed().servers);
  const out: { label: Label; split: Split }[] = readLabels().map((label) => ({ label, split: "legacy" }));
  for (const label of readLabelFile(ADJUDICATED_FILE)) out.push({ label, split: sealed.has(label.server) ? "sealed" : "development" });
  return out;
}

/** A second labelling of one tool: the level is the higher of its two passes; the category is null where they disagree. */
export interface Relabel {
  server: string;
  tool: string;
  category: Category | null;
  risk: RiskLevel;
}

/** The retest's two passes combined the way the first labelling was (risk disagreements go up), keyed by server and tool. */
export function readRetest(): Map<string, Relabel> {
  const b = new Map(readLabelFile(RETEST_FILES.b).map((l) => [labelKey(l), l]));
  const out = new Map<string, Relabel>();
  for (const a of readLabelFile(RETEST_FILES.a)) {
    const other = b.get(labelKey(a));
    if (!other) throw new Error(`${RETEST_FILES.b}: no label for ${a.server}/${a.tool}, which ${RETEST_FILES.a} labels`);
    const risk = RISK_LEVELS.indexOf(a.risk) >= RISK_LEVELS.indexOf(other.risk) ? a.risk : other.risk;
    out.set(labelKey(a), { server: a.server, tool: a.tool, category: a.category === other.category ? a.category : null, risk });
  }
  if (out.size !== b.size) throw new Error(`${RETEST_FILES.a} and ${RETEST_FILES.b} label different tools`);
  return out;
}

export function labelKey(l: { server: string; tool: string }): string {
  return `${l.server}\u0000${l.tool}`;
}

const servers = new Map<string, { identity: ServerIdentity; tools: Map<string, McpTool> } | null>();
function corpusServer(slug: string) {
  if (servers.has(slug)) return servers.get(slug) ?? null;
  const inCorpus = path.join(CORPUS_DIR, `${slug}.json`);
  const file = existsSync(inCorpus) ? inCorpus : path.join(FRESH_DIR, `${slug}.json`);
  if (!existsSync(file)) {
    servers.set(slug, null);
    return null;
  }
  const data = JSON.parse(readFileSync(file, "utf8")) as { server: unknown; tools: unknown[] };
  // Corpus identities carry `null` for unknown fields; the schema wants them absent.
  const identity = serverIdentitySchema.parse(Object.fromEntries(Object.entries(data.server as object).filter(([, v]) => v !== null)));
  const byName = new Map<string, McpTool>();
  for (const t of data.tools) {
    const parsed = mcpToolSchema.safeParse(t);
    if (parsed.success) byName.set(parsed.data.name, parsed.data);
  }
  const entry = { identity, tools: byName };
  servers.set(slug, entry);
  return entry;
}

/** Labels joined with their definitions; labels whose tool is in neither the corpus nor FRESH_DIR are reported. */
export function joinDefinitions<T extends Label>(labels: readonly T[]): { tools: (T & { definition: McpTool; identity: ServerIdentity })[]; missing: T[] } {
  const tools: (T & { definition: McpTool; identity: ServerIdentity })[] = [];
  const missing: T[] = [];
  for (const label of labels) {
    const server = corpusServer(label.server);
    const definition = server?.tools.get(label.tool);
    if (!server || !definition) missing.push(label);
    else tools.push({ ...label, definition, identity: server.identity });
  }
  return { tools, missing };
}

/** The legacy labels joined with their definitions. */
export function loadLabelledTools(): { tools: LabelledTool[]; missing: Label[] } {
  return joinDefinitions(readLabels());
}
