/**
 * The classifier: one MCP tool definition in, one verdict out (category, risk, confidence,
 * signals, roles, rationale, evidence and the recommended policy). Pure: no I/O, no clock,
 * the same definition always gets the same verdict.
 *
 * How it reads a tool: the NAME's verb usually decides the category (tokens in any case
 * style); the DESCRIPTION refines it (leading verbs, scope, secrets, English and Chinese);
 * the INPUT SCHEMA tells scope (lists of ids = bulk, free `sql`/`code`/`command` = execute,
 * `path` = local files, `url` = open internet, `amount` = money); ANNOTATIONS are evidence
 * that can contradict the rest but never lower the level. Text that addresses the model
 * (tool poisoning) is evidence of hostility, never instructions.
 */
import type { McpTool, ServerIdentity } from "../mcp/schema";
import { recommendPolicy, RECOMMENDATION_TABLE } from "../policy/recommend";
import { SIGNAL_IDS, ROLES, type SignalId, type Role } from "../taxonomy";
import { detect } from "./detect";
import { describeAction, writeRationale, writeReason } from "./explain";
import { judge, type Judgement } from "./judge";
import { nameTokens } from "./tokens";
import type { Verdict } from "./types";

export type { Verdict } from "./types";
export { analyzeServerFlows, type FlowFinding } from "./flows";

const serverWordCache = new Map<string, Set<string>>();
const serverWordsByObject = new WeakMap<object, Set<string>>();
const EMPTY_WORDS = new Set<string>();

/** Words naming the server (vendor prefixes like "github_" are context, not objects). */
function serverWords(server: ServerIdentity | undefined): Set<string> {
  if (!server) return EMPTY_WORDS;
  const known = serverWordsByObject.get(server);
  if (known) return known;
  const key = `${server.slug}\u0000${server.title ?? ""}\u0000${server.package ?? ""}`;
  let words = serverWordCache.get(key);
  if (!words) {
    words = new Set([...nameTokens(server.slug), ...nameTokens(server.title ?? ""), ...nameTokens(server.package ?? "")]);
    for (const filler of ["mcp", "server", "remote", "the", "complete", "labs", "model", "context", "protocol", "modelcontextprotocol"]) words.delete(filler);
    if (serverWordCache.size > 10_000) serverWordCache.clear();
    serverWordCache.set(key, words);
  }
  serverWordsByObject.set(server, words);
  return words;
}

/** The judgement behind a verdict, before it is worded (for calibration and tests). */
export function judgeTool(tool: McpTool, server?: ServerIdentity): Judgement {
  return judge(detect(tool, serverWords(server)));
}

export function classifyTool(tool: McpTool, server?: ServerIdentity): Verdict {
  const facts = detect(tool, serverWords(server));
  const judged = judge(facts);
  const action = describeAction(facts, judged);
  const reason = writeReason(action, judged);
  const signals = ordered(judged.signals, SIGNAL_IDS);
  return {
    category: judged.category,
    risk: judged.risk,
    confidence: judged.confidence,
    signals,
    roles: ordered(judged.roles, ROLES),
    rationale: writeRationale(action, facts, judged),
    evidence: formatEvidence(judged.evidence),
    policy: recommendPolicy(tool.name, judged.risk, reason, signals),
  };
}

function ordered<T extends SignalId | Role>(set: Set<T>, order: readonly T[]): T[] {
  const out: T[] = [];
  if (set.size === 0) return out;
  for (const id of order) if (set.has(id)) out.push(id);
  return out;
}

function formatEvidence(quotes: readonly { where: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const q of quotes) {
    const line = q.where === "inputSchema" || q.where === "annotations" ? `${q.where}: ${q.text}` : `${q.where}: "${q.text}"`;
    if (!out.includes(line)) out.push(line);
    if (out.length === 6) break;
  }
  return out;
}

/** The table the policy follows, for documentation and the site. */
export const POLICY_TABLE = RECOMMENDATION_TABLE;
