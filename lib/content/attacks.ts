import fs from "node:fs";
import path from "node:path";
import { riskRank, SIGNALS, SIGNAL_IDS, type SignalId } from "../taxonomy";
import { checkAttackBody } from "./attack-body";
import { attackEntrySchema, type AttackEntry } from "./attack-schema";
import { getCatalogue, type Catalogue, type ServerEntry, type ToolEntry } from "./index";
import { parseEntry } from "./parse";
import { ContentError, type ContentProblem } from "./problems";

export type { AttackEntry } from "./attack-schema";

/**
 * The attack-pattern pages: content/attacks/<slug>.md read and validated (front matter,
 * body, policy examples, cross-links), and the links between attacks and catalogued tools.
 */

const TAXONOMY_FILE = "lib/taxonomy/index.ts";

/** Slugs that some SIGNALS[..].attacks names, with the signals that name each. */
export function signalLinks(): Map<string, SignalId[]> {
  const links = new Map<string, SignalId[]>();
  for (const id of SIGNAL_IDS) {
    for (const slug of SIGNALS[id].attacks) links.set(slug, [...(links.get(slug) ?? []), id]);
  }
  return links;
}

/**
 * Reads every <dir>/*.md as an attack entry. Throws ContentError naming each file and
 * field that is wrong; returns the entries sorted by severity (worst first), then title.
 * With requireSignalPages, a slug named by SIGNALS that has no page is a problem too.
 */
export function loadAttacks(dir: string, options: { requireSignalPages?: boolean } = {}): AttackEntry[] {
  const problems: ContentProblem[] = [];
  const entries: AttackEntry[] = [];
  const crossLinks: { file: string; field: string; target: string }[] = [];
  const links = signalLinks();
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(".md")).sort() : [];

  for (const fileName of files) {
    const file = path.join(dir, fileName);
    const parsed = parseEntry(file, fs.readFileSync(file, "utf8"), attackEntrySchema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const data = parsed.data;
    if (`${data.slug}.md` !== fileName) {
      problems.push({ file, field: "slug", message: `is "${data.slug}" but the file is ${fileName}; name it ${data.slug}.md` });
      continue;
    }
    const body = checkAttackBody(parsed.body);
    problems.push(...body.problems.map((p) => ({ file, ...p })));
    const relatedSignals = [...new Set([...data.signals, ...(links.get(data.slug) ?? [])])];
    entries.push({ ...data, relatedSignals, body: parsed.body, policyExamples: body.policies, file });
    for (const target of body.attackLinks) crossLinks.push({ file, field: "body", target });
    for (const target of data.seeAlso) crossLinks.push({ file, field: "seeAlso", target });
  }

  const known = new Set(entries.map((e) => e.slug));
  for (const link of crossLinks) {
    if (!known.has(link.target)) problems.push({ file: link.file, field: link.field, message: `links to attack "${link.target}", which has no page (${link.target}.md)` });
  }
  if (options.requireSignalPages) {
    for (const [slug, signals] of links) {
      if (!known.has(slug)) {
        problems.push({
          file: path.join(dir, `${slug}.md`),
          field: "",
          message: `is missing: ${TAXONOMY_FILE} links signal${signals.length > 1 ? "s" : ""} ${signals.join(", ")} to attack "${slug}"`,
        });
      }
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return entries.sort((a, b) => riskRank(b.severity) - riskRank(a.severity) || a.title.localeCompare(b.title));
}

let cached: AttackEntry[] | undefined;

/** The site's attack pages, read once per process from content/attacks. */
export function getAttacks(): AttackEntry[] {
  cached ??= loadAttacks(path.resolve(process.cwd(), "content", "attacks"), { requireSignalPages: true });
  return cached;
}

export function getAttack(slug: string, attacks: readonly AttackEntry[] = getAttacks()): AttackEntry | undefined {
  return attacks.find((a) => a.slug === slug);
}

type ToolFacts = Pick<ToolEntry, "signals" | "category" | "roles">;

/** Why a tool concerns an attack: the signals, category and roles they share. */
export interface AttackMatch {
  signals: SignalId[];
  category: boolean;
  roles: ToolEntry["roles"];
}

export function matchAttack(tool: ToolFacts, attack: AttackEntry): AttackMatch | undefined {
  const signals = attack.relatedSignals.filter((s) => tool.signals.includes(s));
  const category = attack.categories.includes(tool.category);
  const roles = attack.roles.filter((r) => tool.roles.includes(r));
  if (signals.length === 0 && !category && roles.length === 0) return undefined;
  return { signals, category, roles };
}

/**
 * The attack pages a tool page should link to: those sharing a signal with the tool first
 * (these include every page its SIGNALS[..].attacks name), then those sharing its category,
 * then its data-flow roles; worst severity first within each.
 */
export function attacksForTool(tool: ToolFacts, attacks: readonly AttackEntry[] = getAttacks()): AttackEntry[] {
  const strength = (m: AttackMatch) => (m.signals.length > 0 ? 0 : m.category ? 1 : 2);
  return attacks
    .flatMap((attack) => {
      const match = matchAttack(tool, attack);
      return match ? [{ attack, rank: strength(match) }] : [];
    })
    .sort((a, b) => a.rank - b.rank || riskRank(b.attack.severity) - riskRank(a.attack.severity) || a.attack.title.localeCompare(b.attack.title))
    .map((m) => m.attack);
}

export interface ToolForAttack {
  server: Pick<ServerEntry, "slug" | "title">;
  tool: ToolEntry;
  match: AttackMatch;
}

/**
 * Catalogued tools an attack concerns, riskiest first; among equals, those sharing more
 * of its signals first, then by server and tool name so the order is stable.
 */
export function toolsForAttack(attack: AttackEntry, catalogue: Catalogue = getCatalogue()): ToolForAttack[] {
  const found: ToolForAttack[] = [];
  for (const server of catalogue.servers) {
    for (const tool of server.tools) {
      const match = matchAttack(tool, attack);
      if (match) found.push({ server: { slug: server.slug, title: server.title }, tool, match });
    }
  }
  return found.sort(
    (a, b) =>
      riskRank(b.tool.risk) - riskRank(a.tool.risk) ||
      b.match.signals.length - a.match.signals.length ||
      a.server.title.localeCompare(b.server.title) ||
      a.tool.name.localeCompare(b.tool.name),
  );
}

/** A link from a tool page to an attack page, shaped like lib/catalogue's AttackLink. */
export interface AttackLinkForTool {
  slug: string;
  title: string;
  summary: string;
  severity: AttackEntry["severity"];
  /** The tool's signals that lead here; empty when the link is by category or role alone. */
  because: SignalId[];
}

export function attackLinksForTool(tool: ToolFacts, attacks: readonly AttackEntry[] = getAttacks()): AttackLinkForTool[] {
  return attacksForTool(tool, attacks).map((attack) => ({
    slug: attack.slug,
    title: attack.title,
    summary: attack.summary,
    severity: attack.severity,
    because: matchAttack(tool, attack)?.signals ?? [],
  }));
}
