import type { Category, RiskLevel } from "../taxonomy";
import { Random } from "./random";
import {
  CATEGORY_MIX,
  CHINESE_SHARE,
  DETAILS,
  NAME_STYLE_MIX,
  QUALIFIERS,
  RISK_MIX,
  SERVER_PHRASES,
  SERVICE_NOUNS,
  SERVICES,
  SYLLABLES,
  TOOLS_PER_SERVER,
  VERB_PHRASES,
  VERBS,
  ZH_NOUNS,
  ZH_VERBS,
} from "./vocabulary";

/**
 * Pure: a deterministic synthetic server index for benchmarks and tests. Its format is the
 * server index format the search build reads (lib/search/records.ts), one JSON object a line:
 *   {"name", "title", "description", "repository", "categories": [topic], "synthetic": true,
 *    "tools": [{"name", "title"?, "description", "category", "risk"}]}
 * Every record says `synthetic: true`; the site's build refuses such records.
 */

export interface SyntheticTool {
  name: string;
  title?: string;
  description: string;
  category: Category;
  risk: RiskLevel;
}

export interface SyntheticServer {
  name: string;
  title: string;
  description: string;
  repository: string;
  categories: string[];
  synthetic: true;
  tools: SyntheticTool[];
}

const TOPICS = ["developer-tools", "productivity", "communication", "database", "devops", "finance", "ai-ml", "browser", "storage", "monitoring"];

export function* syntheticServers(count: number, seed = 20261121): Generator<SyntheticServer> {
  const random = new Random(seed);
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    const service = random.pick(SERVICES);
    const owner = madeUpWord(random, 2 + random.int(2)) + (random.chance(0.3) ? String(random.int(100)) : "");
    const project = random.chance(0.35) ? `${madeUpWord(random, 2)}-${service}` : service;
    let name = serverName(random, owner, project);
    while (taken.has(name.toLowerCase())) name = `${name}-${random.int(1000)}`;
    taken.add(name.toLowerCase());

    const nouns = [random.pick(SERVICE_NOUNS), random.pick(SERVICE_NOUNS), random.pick(SERVICE_NOUNS)];
    const toolCount = Math.min(TOOLS_PER_SERVER.max, Math.max(1, Math.round(Math.exp(random.normal(TOOLS_PER_SERVER.mu, TOOLS_PER_SERVER.sigma)))));
    const title = `${capitalise(project.replace(/-/g, " "))} MCP`;
    const template = random.pick(SERVER_PHRASES);
    const description = template
      .replace("{S}", capitalise(service))
      .replace("{a}", `manage ${plural(nouns[0]!)}`)
      .replace("{b}", `search ${plural(nouns[1]!)}`)
      .replace("{c}", `automate ${plural(nouns[2]!)}`);
    yield {
      name,
      title,
      description,
      repository: `https://github.com/${owner}/${project}-mcp`,
      categories: [random.pick(TOPICS)],
      synthetic: true,
      tools: tools(random, service, nouns, toolCount),
    };
  }
}

function tools(random: Random, service: string, nouns: string[], count: number): SyntheticTool[] {
  const result: SyntheticTool[] = [];
  const names = new Set<string>();
  for (let attempt = 0; result.length < count && attempt < count * 4; attempt++) {
    const category = random.weighted(CATEGORY_MIX);
    const risk = random.weighted(RISK_MIX[category] as Record<RiskLevel, number>);
    const noun = random.chance(0.7) ? random.pick(nouns) : random.pick(SERVICE_NOUNS);
    const verb = random.pick(VERBS[category]);
    const qualifier = random.pick(QUALIFIERS);
    const words = [...verb.split("_"), ...(category === "execute" || category === "financial" ? [] : noun.split("_")), ...(qualifier ? qualifier.split("_") : [])];
    const name = styleName(random, words);
    if (names.has(name)) continue;
    names.add(name);
    const chinese = random.chance(CHINESE_SHARE);
    const tool: SyntheticTool = { name, description: chinese ? chineseDescription(random, category) : englishDescription(random, category, noun, service), category, risk };
    if (chinese && random.chance(0.6)) tool.title = chineseDescription(random, category).slice(0, 4);
    result.push(tool);
  }
  return result;
}

function serverName(random: Random, owner: string, project: string): string {
  const roll = random.next();
  if (roll < 0.3) return `${project}-mcp`;
  if (roll < 0.5) return `${owner}/${project}-mcp-server`;
  if (roll < 0.65) return `mcp-${project}`;
  if (roll < 0.85) return `io.github.${owner}/${project}-mcp`;
  return `${owner}-${project}`;
}

function styleName(random: Random, words: string[]): string {
  const style = random.weighted(NAME_STYLE_MIX);
  if (style === "camel") return words.map((w, i) => (i === 0 ? w : capitalise(w))).join("");
  if (style === "kebab") return words.join("-");
  if (style === "plain") return words.join("");
  return words.join("_");
}

function englishDescription(random: Random, category: Category, noun: string, service: string): string {
  const thing = noun.replace(/_/g, " ");
  const phrase = random.pick(VERB_PHRASES[category]);
  const object = category === "execute" ? random.pick(["a SQL query", "a shell command", "JavaScript in the page", "a Python script", "a Cypher query"]) : random.chance(0.5) ? `a ${thing}` : `${plural(thing)}`;
  const detail = random.pick(DETAILS);
  return `${phrase} ${object} in ${capitalise(service)}.${detail ? ` ${detail}` : ""}`;
}

function chineseDescription(random: Random, category: Category): string {
  return `${random.pick(ZH_VERBS[category])}${random.pick(ZH_NOUNS)}${random.chance(0.5) ? `和${random.pick(ZH_NOUNS)}` : ""}`;
}

function madeUpWord(random: Random, syllables: number): string {
  let word = "";
  for (let i = 0; i < syllables; i++) word += random.pick(SYLLABLES);
  return word;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function plural(word: string): string {
  return word.endsWith("s") ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`;
}
