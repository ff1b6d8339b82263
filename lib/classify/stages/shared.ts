/**
 * What every judging stage shares: the trail of why (evidence, reasons, doubts, signals,
 * roles, confidence) that the stages add to in order, and small pure helpers over words.
 */
import { RISK_LEVELS, type Category, type RiskLevel, type Role, type SignalId } from "../../taxonomy";
import { SECRET_RE } from "../compiled";
import type { Facts, Quote, Verb } from "../detect";
import {
  ANALYSIS_RE,
  INFRA_SERVER,
  MAIL_SERVER,
  MONEY_SERVER,
  NOT_HEAD,
  PREPOSITIONS,
  SECRET_OBJECTS,
  SECURITY_SERVER,
  type Action,
} from "../lexicon";

/** Why a verdict is what it is, built up stage by stage. */
export interface Trail {
  evidence: Quote[];
  /** Why the level is what it is, in plain words, most decisive first. */
  reasons: string[];
  /** What was uncertain: each doubt lowered the confidence, and none lowered the level. */
  doubts: string[];
  signals: Set<SignalId>;
  roles: Set<Role>;
  confidence: number;
}

export function newTrail(): Trail {
  return { evidence: [], reasons: [], doubts: [], signals: new Set(), roles: new Set(), confidence: 0.92 };
}

/** How strong an action is: a tool that can do several things is judged by the strongest. */
export const STRENGTH: Record<Action, number> = { read: 0, manage: 1, write: 2, destroy: 3, exec: 4, money: 5 };

export const CATEGORY_OF: Record<Action, Category> = {
  read: "read",
  write: "write",
  destroy: "destructive",
  exec: "execute",
  money: "financial",
  manage: "write",
};

/** The first item that the set holds (loops instead of closures: this runs for every tool). */
export function firstIn(items: readonly string[], set: ReadonlySet<string>): string | undefined {
  for (const item of items) if (set.has(item)) return item;
  return undefined;
}
export function someIn(items: readonly string[], set: ReadonlySet<string>): boolean {
  for (const item of items) if (set.has(item)) return true;
  return false;
}

/**
 * Whether lower-case text holds any of these lower-case literals: a cheap gate in front of an
 * expression that cannot match without one of them (V8 cannot skip ahead in an alternation of
 * word-bounded phrases, so a failing expression costs as much as it does to try every position).
 */
export function containsAny(lower: string, literals: readonly string[]): boolean {
  for (const literal of literals) if (lower.includes(literal)) return true;
  return false;
}

export function hasAny(words: ReadonlySet<string>, set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}

export function rank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

export function strongest(verbs: readonly Verb[]): Verb | null {
  let best: Verb | null = null;
  for (const v of verbs) if (!best || STRENGTH[v.action] > STRENGTH[best.action]) best = v;
  return best;
}

/** The object an action falls on: in English compounds the last noun ("chat_photo" → photo), before any preposition ("user_from_group" → user). */
export function headNoun(objects: readonly string[]): string | undefined {
  let stop = objects.length;
  for (let i = 0; i < objects.length; i++) if (PREPOSITIONS.has(objects[i] ?? "") && i > 0) { stop = i; break; }
  for (let i = stop - 1; i >= 0; i--) {
    const t = objects[i] ?? "";
    if (!NOT_HEAD.has(t) && !/^\d+$/.test(t)) return t;
  }
  return undefined;
}

export function isVerbToken(token: string, facts: Facts): boolean {
  for (const v of facts.nameVerbs) if (v.word === token) return true;
  return false;
}

/** What a server's own words say about all its tools (one answer per server, not per tool). */
export interface ServerKind {
  infra: boolean;
  security: boolean;
  money: boolean;
  mail: boolean;
  /** The coding agent the server wraps (Claude Code, Codex, Gemini CLI...), which runs its tools' prompts. */
  codingAgent: string | null;
}
const serverKinds = new WeakMap<ReadonlySet<string>, ServerKind>();
export function kindOfServer(words: ReadonlySet<string>): ServerKind {
  let kind = serverKinds.get(words);
  if (!kind) {
    kind = { infra: hasAny(words, INFRA_SERVER), security: hasAny(words, SECURITY_SERVER), money: hasAny(words, MONEY_SERVER), mail: hasAny(words, MAIL_SERVER), codingAgent: codingAgentOf(words) };
    serverKinds.set(words, kind);
  }
  return kind;
}

/**
 * The coding agent a server wraps (Claude Code, Codex, Gemini CLI, Aider...), from its name: such
 * a server hands its tools' prompts to an agent that edits files and runs commands.
 */
function codingAgentOf(words: ReadonlySet<string>): string | null {
  for (const single of ["codex", "aider", "opencode", "openhands", "goose", "crush"]) if (words.has(single)) return single;
  if (words.has("claude") && words.has("code")) return "Claude Code";
  if (words.has("gemini") && words.has("cli")) return "Gemini CLI";
  if (words.has("qwen") && words.has("code")) return "Qwen Code";
  if (words.has("cursor") && words.has("agent")) return "Cursor's agent";
  if (words.has("copilot") && (words.has("cli") || words.has("agent"))) return "Copilot";
  return null;
}

/**
 * A tool that asks a language model and hands back its answer ("Chat with DeepSeek models",
 * "fill-in-the-middle completion"): nothing changes, and what comes back is the model's text,
 * not anyone's private messages.
 */
export function asksAModel(facts: Facts): boolean {
  return ASKS_MODEL_RE.test(facts.firstLower) || ((ACCESSES_MODELS_RE.test(facts.firstLower) || TASKS_FOR_A_MODEL_RE.test(facts.firstLower)) && LANGUAGE_MODEL_RE.test(facts.firstLower));
}
const ASKS_MODEL_RE = /^(?:\w+\s){0,2}?(?:chat|talk|converse)s? with (?:an? |the |your )?(?:\w+ ){0,3}?(?:models?|llms?|ai|assistant|gpt\S*|claude|gemini|deepseek\S*|grok|qwen|llama|mistral)\b|^(?:\w+\s)?(?:have|hold|start)s? an? (?:conversation|chat) with (?:an? |the |your )?(?:\w+ ){0,3}?(?:models?|llms?|ai|assistant)\b|\b(?:fill-in-the-middle(?: \(fim\))?|fim|chat|text) completions?\b/;
/**
 * A description that offers several named chat models, or that handles hard questions with a
 * reasoning model: a prompt handed to a language model, named as one (a model of a database or a
 * registry of models is not).
 */
const ACCESSES_MODELS_RE = /^(?:\w+\s)?(?:access|query|prompt|consult)(?:es|s)? (?:[\w.-]+,? ){0,6}?(?:and (?:other |more )?)?(?:[\w.-]+ ){0,2}?models?\b/;
const TASKS_FOR_A_MODEL_RE = /^(?:\w+\s)?(?:handles?|answers?|solves?|tackles?) (?:[\w,-]+ ){0,4}?(?:tasks?|questions?|queries|problems|prompts?) (?:[\w,-]+ ){0,3}?(?:using|with|via) (?:[\w.-]+'s )?(?:[\w.-]+ ){0,4}?models?\b/;
const LANGUAGE_MODEL_RE = /\b(?:llms?|gpt[\w.-]*|claude|gemini|deepseek[\w.-]*|grok[\w.-]*|qwen[\w.-]*|qwq|kimi|llama[\w.-]*|mistral|perplexity|sonar|openrouter|ollama|lm studio|(?:ai|language|local|reasoning|chat|open-weight|frontier) models?)\b/;

/**
 * Embeddings made for the text the caller gives: vectors computed and handed back, unless the
 * sentence says they are stored (upserted into an index).
 */
export function computesEmbeddings(facts: Facts): boolean {
  return EMBEDDINGS_RE.test(facts.firstLower) && !STORES_RE.test(facts.firstLower);
}
const EMBEDDINGS_RE = /^(?:\w+\s)?(?:creates?|generates?|computes?|gets?|produces?|returns?) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:embeddings?|embedding vectors?)\b/;
const STORES_RE = /\b(?:stor(?:e|es|ed|ing)|sav(?:e|es|ed|ing)|index(?:es|ed|ing)?|upserts?|inserts?|persist\w*|writes?) (?:\w+ )?(?:them|it|into|in|to)\b/;

export function looksLikeAnalysis(facts: Facts): boolean {
  return ANALYSIS_RE.test(facts.descLower().slice(0, 300));
}

/** The secret a read hands back, if its name or description says so. */
/**
 * Tokens of a blockchain, wherever the word sits: the definition speaks of contracts, pairs,
 * wallets or networks ("the latest token contracts deployed", "a token pair", "networkFilter"),
 * and not of access ("access tokens", "API tokens").
 */
function onChainTokens(facts: Facts): boolean {
  const head = facts.firstLower;
  if (ACCESS_TOKENS_RE.test(head)) return false;
  return ON_CHAIN_RE.test(head) || facts.schema.propertyNames.some((k) => ON_CHAIN_KEY_RE.test(k));
}
const ON_CHAIN_RE = /\b(?:token (?:contracts?|pairs?|addresses|holders|charts?|events|trades|swaps)|contract address(?:es)?|wallet address(?:es)?|trading pairs?|on-?chain|blockchains?|networks? ids?|dex(?:es)?|defi|liquidity pools?|market cap|erc-?20|erc-?721|spl tokens?|nfts?|ethereum|solana|arbitrum|bitcoin|memecoins?|sparklines?)\b/;
const ON_CHAIN_KEY_RE = /^(?:network_?(?:id|ids|filter)|chain_?(?:id|ids)|contract_?address|pair_?address|wallet_?address|token_?address|mint_?address)$/i;
const ACCESS_TOKENS_RE = /\b(?:access|refresh|api|auth|bearer|oauth|jwt|session|personal|bot|id|csrf)(?: and (?:access|refresh|id))? tokens?\b/;
const CRYPTO_TOKEN_NEIGHBOURS = new Set([
  "price", "prices", "balance", "balances", "holders", "holder", "supply", "contract", "pair", "pairs", "chart", "stats",
  "symbol", "launch", "launches", "transfers", "transfer", "swap", "erc20", "erc721", "spl", "nft", "nfts", "market", "markets",
  "liquidity", "metadata", "info", "mint", "burn", "portfolio", "wallet",
]);

const SECRET_NEEDED_BEFORE = /\b(?:requires?|required|needs?|using|with your|configured|set the|provide|provided|associated with|valid|(?<!\b(?:its|their|his|her|your|my|our) )owns?|owner of|authenticated by|behind|(?:accessible|available|visible|reachable|authori[sz]ed|permitted) (?:with|by|using|via|through|to))\b[^.]{0,30}$|\b(?:no|without)\s+$/i;
const SECRET_MADE_BEFORE = /\b(?:decodes?|decoding|parses?|parsing|validates?|verif(?:y|ies)|inspects?|generates?|generating|random|secure|strong)\b(?:\s+\w+){0,3}\s*$/i;
const SECRET_SHAPE_AFTER = /^\s*(?:type|types|schema|schemas|format|formats|fields|definitions?|requirements|strength|policy|rules)\b/i;
const NOT_A_SECRET_AFTER = new Set(["decode", "decoder", "parse", "parser", "schema", "schemas", "type", "types", "format", "formats", "fields", "definition", "definitions", "requirements", "policy", "policies", "strength", "rules", "validator", "status", "metadata", "organization", "organizations", "org", "owner", "scopes"]);
/**
 * A description that says the secret itself stays behind: "metadata only, no secrets", "never
 * returns credential values", "information about the current access token", design tokens.
 */
const SECRET_WITHHELD_RE = /\bmetadata only\b|\bno secrets?\b|\b(?:never|not|doesn't|won't) (?:returns?|includes?|exposes?|reveals?) (?:the |any )?(?:\w+ )?(?:credential|secret|token|key|password)s?(?: values?)?\b|\bwithout (?:the |their |its |any )?(?:secret|credential|token|password|key)s?(?: values?)\b|\binformation about (?:the |a |an |your )?(?:current )?(?:\w+ ){0,2}(?:token|key|credential)s?\b|\bdesign tokens?\b|\b(?:credential|secret|token|key|password)s?(?: values?)? (?:is|are) (?:never|not) (?:returned|shown|exposed|included|revealed|displayed|printed)\b|\bby (?:alias|name|label)(?:es|s)?(?: and \w+)? only\b/i;
const NOT_A_SECRET_BEFORE = new Set(["design", "decode", "decoded", "parse", "validate", "verify", "generate", "random", "count", "estimate"]);

/** The secret words of a Chinese secret quote (detect.ts's chineseSecret). */
const ZH_SECRET_WORD_RE = /密码|令牌|密钥|私钥|Session字符串|会话字符串|凭证|凭据|token|Token|验证码|登录链接|登录二维码/;

/** What follows "connection" when it carries a password: a connection string, its details. */
const CONNECTION_SECRETS = new Set(["string", "strings", "uri", "url", "info", "information", "details"]);

/**
 * Recorded network traffic carries its headers: session cookies and authorization tokens of every
 * site talked to. A browser's request log, a HAR archive, a packet capture.
 */
function readsRecordedTraffic(facts: Facts): boolean {
  const { tokens } = facts;
  // A packet capture or a HAR archive is recorded traffic whatever the server is.
  if (tokens.includes("pcap") || CAPTURE_RE.test(facts.firstSentence)) return true;
  const requests = tokens.includes("network") && (tokens.some((t) => NETWORK_RECORDS.has(t)));
  return requests && (hasAny(facts.serverWords, BROWSER_SERVER_WORDS) || tokens.includes("browser") || /\b(?:browser|page|devtools)\b/i.test(facts.firstSentence));
}
const NETWORK_RECORDS = new Set(["request", "requests", "traffic", "log", "logs", "har"]);
const CAPTURE_RE = /\b(?:pcap|packet captures?|har (?:1\.2 )?(?:archive|file)|as a har)\b/i;
const BROWSER_SERVER_WORDS = new Set(["browser", "devtools", "chrome", "chromium", "firefox", "playwright", "puppeteer", "selenium", "webdriver", "cdp"]);

export function findSecretWord(facts: Facts): string | undefined {
  const word = secretWordOf(facts);
  // Asked only of the few definitions that name a secret at all.
  if (word && SECRET_WITHHELD_RE.test(facts.descHead.length > 400 ? facts.descHead.slice(0, 400) : facts.descHead)) return undefined;
  return word;
}

function secretWordOf(facts: Facts): string | undefined {
  const { tokens, words } = facts;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    const next = tokens[i + 1] ?? "";
    const prev = tokens[i - 1] ?? "";
    if (SECRET_OBJECTS.has(t)) {
      if (t === "secret" && (next === "chat" || next === "chats" || next === "scanning")) continue;
      // The shape of a secret (a credential type's schema, design tokens) holds none.
      if (NOT_A_SECRET_AFTER.has(next) || NOT_A_SECRET_BEFORE.has(prev)) continue;
      if ((t === "token" || t === "tokens") && (["max", "count", "usage", "execution", "next", "page", "pagination", "explained", "security"].includes(prev) || ["count", "usage", "limit"].includes(next))) continue;
      // A crypto token (its price, balance, holders) is an asset, not a credential.
      if ((t === "token" || t === "tokens") && (CRYPTO_TOKEN_NEIGHBOURS.has(next) || CRYPTO_TOKEN_NEIGHBOURS.has(prev) || onChainTokens(facts))) continue;
      if (t === "ssh" && (next === "tunnel" || next === "command")) continue;
      // Putting a value into a browser's storage hands no secret over; reading the storage does.
      if ((t === "sessionstorage" || t === "localstorage") && facts.nameVerb?.action !== "read") continue;
      if (t === "env" && prev !== "get" && prev !== "read" && prev !== "print" && prev !== "list" && tokens.length > 2) continue;
      if (t === "oauth" || t === "mfa" || t === "otp" || t === "totp") {
        if (!["token", "tokens", "secret", "code", "codes", "credential", "credentials"].includes(next)) continue;
      }
      return t;
    }
    if ((t === "key" || t === "keys") && ["api", "access", "secret", "private", "ssh", "signing", "encryption", "license", "provisioning", "enrollment", "registration", "auth", "client", "master", "root", "service", "deploy"].includes(prev)) return `${prev} ${t}`;
    if ((t === "session" || t === "sessions") && (next === "string" || next === "strings" || next === "token" || next === "tokens" || next === "cookie")) {
      return "session string";
    }
    if (t === "connection" && CONNECTION_SECRETS.has(next)) return `connection ${next}`;
    if (t === "php" && next === "info") return "phpinfo";
  }
  if (readsRecordedTraffic(facts)) return "recorded network traffic, with its headers and cookies";
  if (words.has("session-string")) return "session string";
  const secretQuote = facts.secretQuote();
  const quoted = secretQuote ? secretInQuote(secretQuote) : undefined;
  if (["password", "token", "secret", "privatekey", "credential", "otp"].some((w) => words.has(w) && !tokens.includes(w)) && secretQuote && quoted !== null) {
    return ["password", "token", "secret", "privatekey", "credential", "otp"].find((w) => words.has(w));
  }
  if (secretQuote && secretQuote.where === "description" && quoted) return quoted;
  return undefined;
}

/**
 * The secret a quote names as handed back; null where the quote names one only as what the call
 * needs, checks or makes ("Requires your API key", "projects accessible with current credentials",
 * "decodes a JWT token", "a credential type's fields", "generate a secure password").
 */
function secretInQuote(secretQuote: Quote): string | null | undefined {
  const m = SECRET_RE.exec(secretQuote.text) ?? ZH_SECRET_WORD_RE.exec(secretQuote.text);
  if (!m) return undefined;
  const at = secretQuote.text.toLowerCase().indexOf(m[0].toLowerCase());
  const before = secretQuote.text.slice(0, at);
  const after = secretQuote.text.slice(at + m[0].length, at + m[0].length + 24);
  return SECRET_NEEDED_BEFORE.test(before) || SECRET_MADE_BEFORE.test(before) || SECRET_SHAPE_AFTER.test(after) ? null : m[0];
}

/** Verbs that change what something is called or how it is labelled, given only such inputs. */
const RELABEL_VERBS = new Set(["update", "rename", "edit", "modify", "change", "patch", "set", "label", "relabel"]);
/** An update whose inputs are only ids and labels (name, labels, tags, description): it renames or relabels. */
export function relabelsOnly(facts: Facts): boolean {
  return facts.schema.labelsOnly && RELABEL_VERBS.has(facts.nameVerb?.lemma ?? "") && !SAYS_MORE_RE.test(facts.firstLower);
}
/** An update that says it changes more than labels, whatever its inputs show. */
const SAYS_MORE_RE = /\b(?:visibility|privacy|private|public|permissions?|access|rules?|roles?|owners?|members?|sharing)\b/;

/**
 * Bringing one machine or project up ("power_on_server", "VPS_startVirtualMachineV1", "start_project"):
 * what was stopped runs again, and nothing is lost or opened; stopping one takes down what people use.
 */
export function bringsUpOne(facts: Facts): boolean {
  return BRINGS_UP_RE.test(facts.nameText) && facts.tokens.some((t) => MACHINES.has(t)) && !facts.schema.bulkProperty && !facts.tokens.some((t) => t === "tag" || t === "all" || t === "bulk" || t === "batch");
}
const MACHINES = new Set(["server", "droplet", "vm", "virtual", "instance", "machine", "container", "project", "sandbox"]);
const BRINGS_UP_RE = /(?:^|\s)(?:power\son|poweron|start|boot|resume|unpause|wake)(?:\s|$)/;
