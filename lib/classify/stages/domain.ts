/**
 * Stage four: what the tool can do, known by domain. Wording varies by vendor and language
 * ("transfer_erc20", "exercise_option", "执行终端命令", "call any endpoint"), so each domain's
 * capabilities are listed once in the vocabulary (DOMAIN_CAPABILITIES) with the least verdict
 * that follows from them. A capability only ever raises a verdict, never lowers it.
 *
 * Pass-through tools (a method and a path as arguments, "make an API request", "run any CLI
 * command") take the worst capability of what they can reach: the server's domain decides.
 */
import { RISK_LEVELS, type Category, type RiskLevel } from "../../taxonomy";
import type { Facts } from "../detect";
import {
  DOMAIN_CAPABILITIES,
  PASS_THROUGH_METHOD_KEY,
  PASS_THROUGH_NAME_RE,
  PASS_THROUGH_ENDPOINT_KEY,
  PASS_THROUGH_PATH_KEY,
  PASS_THROUGH_SERVICE_KEY,
  PASS_THROUGH_TEXT_RE,
  SECRET_STORE_ITEMS,
  SECRET_STORE_SERVER,
  SPENDS_MONEY_RE,
  PAYS_PER_CALL_RE,
  STARTS_PAID_WORK_RE,
  AUTHOR_WARNS_LOSS_RE,
  type DomainCapability,
  LISTING_VERBS,
} from "../lexicon";
import { LeadingWordIndex } from "./leading-words";
import { bringsUpOne, containsAny, hasAny, kindOfServer, rank, relabelsOnly, type Trail } from "./shared";

export interface DomainVerdict {
  category: Category;
  risk: RiskLevel;
  /** The capability that set the floor, if one did. */
  capability: string | null;
}

/** Categories in the order one outranks another when a capability names a stronger effect. */
const CATEGORY_STRENGTH: Record<Category, number> = { read: 0, write: 1, destructive: 2, execute: 3, financial: 4 };

/**
 * Which capabilities a definition may show, before any pattern runs: a pattern can only match
 * where one of its leading words is written (./leading-words.ts). Most definitions hold none,
 * and the few patterns whose words they hold are then run one by one.
 */
const NAME_WORDS = new LeadingWordIndex(true);
const TEXT_WORDS = new LeadingWordIndex(true);
const ZH_WORDS = new LeadingWordIndex(false);
DOMAIN_CAPABILITIES.forEach((c, id) => {
  NAME_WORDS.add(id, c.name);
  TEXT_WORDS.add(id, c.text);
  ZH_WORDS.add(id, c.zh);
});

const IN_NAME = 1;
const IN_TEXT = 2;
const IN_ZH = 4;

/** The capabilities a definition shows (pure; in the order the vocabulary lists them). */
export function findCapabilities(facts: Facts, category: Category): DomainCapability[] {
  const nameText = facts.nameText;
  const lower = facts.firstLower;
  const may = new Uint8Array(DOMAIN_CAPABILITIES.length);
  NAME_WORDS.mark(nameText, may, IN_NAME);
  TEXT_WORDS.mark(lower, may, IN_TEXT);
  if (facts.cjk) ZH_WORDS.mark(facts.descHead, may, IN_ZH);
  const found: DomainCapability[] = [];
  DOMAIN_CAPABILITIES.forEach((c, id) => {
    const where = may[id]!;
    if (where === 0) return;
    if (c.when === "acting" && category === "read") return;
    if (c.when === "reading" && category !== "read") return;
    let hit = (where & IN_NAME) !== 0 && !!c.name && c.name.test(nameText);
    if (!hit && where & IN_TEXT && c.text) hit = c.text.test(lower);
    if (!hit && where & IN_ZH && c.zh) hit = c.zh.test(facts.descHead);
    if (hit && c.needsProperty && !hasProperty(facts, c.needsProperty)) hit = false;
    if (hit && c.onServer && !kindOfServer(facts.serverWords)[c.onServer]) hit = false;
    if (hit && c.unless && (c.unless.test(nameText) || c.unless.test(lower))) hit = false;
    if (hit) found.push(c);
  });
  return found;
}

const HTTP_METHODS = new Set(["get", "post", "put", "patch", "delete"]);

/**
 * The HTTP method a tool named for one ("jira_post", "http_delete") sends to a path the caller
 * picks; null for any other tool. A name of at most a vendor and the method, and a path to send it to.
 */
export function httpMethodOf(facts: Facts): string | null {
  const { tokens } = facts;
  const method = tokens[tokens.length - 1];
  if (!method || !HTTP_METHODS.has(method) || tokens.length > 2) return null;
  // A path on the service's own API (its credentials go with it), not a URL anywhere on the web.
  return hasProperty(facts, API_PATH_KEY) ? method : null;
}
/** Verbs of a tool that keeps request definitions (a collection's saved requests) rather than sending them. */
const STORING_VERBS = new Set(["create", "add", "update", "edit", "save", "duplicate", "rename", "move", "delete", "remove", "list", "get"]);
const API_PATH_KEY = /^(?:path|endpoint|route|api_?path|resource_?path)$/i;

/** Whether the tool passes its caller's method and path (or command) straight to an API. */
export function isPassThrough(facts: Facts): boolean {
  if (httpMethodOf(facts)) return true;
  const nameText = facts.nameText;
  if (PASS_THROUGH_NAME_RE.test(nameText)) return true;
  const keys = propertyNames(facts);
  // A tool that stores a request definition ("create a request in a collection") does not send it.
  const storesDefinition = STORING_VERBS.has(facts.nameVerb?.lemma ?? "");
  let method = false;
  let path = false;
  let service = false;
  let endpoint = false;
  for (const k of keys) {
    if (PASS_THROUGH_METHOD_KEY.test(k)) method = true;
    if (PASS_THROUGH_PATH_KEY.test(k)) path = true;
    if (PASS_THROUGH_SERVICE_KEY.test(k)) service = true;
    if (PASS_THROUGH_ENDPOINT_KEY.test(k)) endpoint = true;
  }
  if (method && path && !storesDefinition) return true;
  // Any endpoint of any connected service, with its parameters beside it.
  if (service && endpoint && facts.schema.paramsProperty && !storesDefinition) return true;
  // "operation": any API operation by name, with its parameters beside it.
  if (facts.schema.freeOperation && facts.schema.paramsProperty) return true;
  return containsAny(facts.firstLower, PASS_THROUGH_TEXT_WORDS) && PASS_THROUGH_TEXT_RE.test(facts.firstLower);
}
/** What PASS_THROUGH_TEXT_RE cannot match without. */
const PASS_THROUGH_TEXT_WORDS = ["any", "arbitrary", "generic", "raw", "make ", "cli command"];

/**
 * A pass-through whose method can only be GET, or that takes no method and says it only reads
 * ("Read a Fantasy Sports API path", "call a public GET endpoint", "execute a read-only
 * command"): what it reaches is bounded the way a GET is. Its own words bound it only while
 * nothing in the same sentence writes.
 */
function saysItOnlyReads(facts: Facts): boolean {
  if (facts.schema.readMethodsOnly) return true;
  if (hasProperty(facts, PASS_THROUGH_METHOD_KEY)) return false;
  const first = facts.firstLower;
  return ONLY_READS_RE.test(first) && !WRITES_TOO_RE.test(first);
}
const ONLY_READS_RE = /^(?:reads?|gets?|fetch(?:es)?|retrieves?|queries) (?:an? |any |the )?(?:[\w-]+ ){0,4}?(?:api )?(?:paths?|endpoints?|urls?|resources?)\b|\bread-only (?:[\w-]+ )?(?:commands?|requests?|endpoints?|calls?|operations?)\b|\bget (?:requests?|endpoints?)\b/;
const WRITES_TOO_RE = /\b(?:post|put|patch|delete|create|update|write|writes|mutat\w*|modif\w*)\b/;

/** The worst a pass-through tool can do, by what the server is for. */
function passThroughReach(facts: Facts): { category: Category; risk: RiskLevel; what: string } {
  const method = httpMethodOf(facts) ?? (saysItOnlyReads(facts) ? "get" : null);
  // One method bounds what any path can do: GET reads, PATCH edits, PUT replaces, DELETE removes.
  if (method === "get") return { category: "read", risk: "medium", what: "read anything the API returns, in bulk" };
  if (method === "patch") return { category: "write", risk: "high", what: "change any resource the API exposes, settings and permissions included" };
  if (method === "put") return { category: "destructive", risk: "high", what: "replace any resource the API exposes, losing what was there" };
  const kind = kindOfServer(facts.serverWords);
  if (kind.money) return { category: "financial", risk: "critical", what: "move money through that API" };
  if (kind.infra) return { category: "execute", risk: "critical", what: "create, change or destroy any resource the credentials reach" };
  if (kind.security || hasAny(facts.serverWords, SECRET_STORE_SERVER)) return { category: "destructive", risk: "critical", what: "read secrets and change security settings" };
  return { category: "destructive", risk: "critical", what: "create, change or delete anything the API exposes" };
}

export function applyDomain(facts: Facts, category: Category, risk: RiskLevel, trail: Trail): DomainVerdict {
  let verdict: DomainVerdict = { category, risk, capability: null };

  if (isPassThrough(facts) && !(category === "read" && facts.annotations.readOnly === true)) {
    const reach = passThroughReach(facts);
    trail.signals.add("pass-through");
    trail.reasons.unshift(`it calls any endpoint or command of the API, so it can do the worst that API allows (${reach.what})`);
    verdict = raise(verdict, reach.category, reach.risk, "pass-through");
  }

  // A call that spends money: by a sum it takes (budget_usd, tip) or by its own words.
  // A read with a payment beside it (ask_human with budget_usd) pays someone too.
  // A budget handed to a planner ("create an itinerary within a budget") bounds a plan; it pays no one.
  const plans = facts.tokens.some((t) => PLAN_OBJECTS.has(t));
  const spend = facts.schema.payoutProperty ?? (verdict.category !== "read" && !plans ? facts.schema.spendProperty : null);
  if (spend || (verdict.category !== "read" ? spendsByWords(facts) : paysPerCall(facts))) {
    verdict = floor(verdict, trail, "financial", "critical", "spends-money", spend ? `it spends money: "${spend}" is a sum the call pays` : "its description says the call costs money");
  }

  // Renaming or relabelling a firewall, a load balancer or an IP changes none of what it does; starting a stopped machine loses nothing.
  const leavesWhatItDoes = relabelsOnly(facts) || bringsUpOne(facts);
  for (const c of findCapabilities(facts, verdict.category)) {
    if (leavesWhatItDoes && (c.domain === "infrastructure" || c.domain === "access")) continue;
    verdict = floor(verdict, trail, c.category, c.risk, c.id, c.reason);
  }

  // A write its own author warns loses something destroys it, whatever its verb.
  if (verdict.category === "write") {
    const lower = facts.descLower();
    if ((lower.includes("destructive") || lower.includes("lose") || lower.includes("discard") || lower.includes("overwrite")) && AUTHOR_WARNS_LOSS_RE.test(lower)) {
      verdict = floor(verdict, trail, "destructive", "high", "author-warns-loss", "its description warns that a call loses something");
    }
  }

  // SQL written by a model from the caller's question and then run: what runs is whatever the question leads to.
  if (verdict.category === "read" || verdict.category === "write") {
    const lower = facts.descLower();
    if (lower.includes("sql") && RUNS_GENERATED_SQL_RE.test(lower)) {
      verdict = floor(verdict, trail, "execute", "high", "runs-generated-sql", "it runs SQL written from the caller's question, so what runs is not fixed");
    }
  }

  // A password manager's or secret store's items are secrets, whatever the tool calls them; a
  // listing of them hands over the credentials of every account they are for.
  if (verdict.category === "read" && hasAny(facts.serverWords, SECRET_STORE_SERVER) && !makesNewValues(facts)) {
    const itemsSaid = STORE_ITEMS_TEXT_RE.test(facts.firstLower);
    if (hasAny(new Set(facts.tokens), SECRET_STORE_ITEMS) || itemsSaid) {
      const ofCredentials = facts.tokens.some((t) => CREDENTIAL_ITEMS.has(t)) || (facts.tokens.length === 1 && itemsSaid);
      verdict = LISTING_VERBS.has(facts.nameVerb?.lemma ?? "") && ofCredentials
        ? floor(verdict, trail, "read", "critical", "secret-store-item", "it lists the items of a password manager or secret store: the credentials of many accounts at once")
        : floor(verdict, trail, "read", "high", "secret-store-item", "it reads an item of a password manager or secret store, which is a secret");
    }
  }

  // A login that hands the session's token back: what it gives the caller is a secret, and it changes nothing else.
  if (verdict.category === "write" && rank(verdict.risk) <= rank("high") && facts.tokens.some((t) => LOGIN_WORDS.has(t)) && LOGIN_RETURNS_TOKEN_RE.test(facts.descLower())) {
    trail.reasons.unshift("it logs in and hands back the session's token, which is a secret");
    verdict = { category: "read", risk: "high", capability: "returns-secret" };
  }

  // A server that wraps a coding agent hands a tool's prompt to it, whatever the tool calls itself.
  const agent = kindOfServer(facts.serverWords).codingAgent;
  if (agent && !facts.tokens.some((t) => NOT_AGENT_WORK.has(t))) {
    // The prompt is free text: a structured "query" of filters asks the server's own API, not an agent.
    if (facts.schema.textPropertyNames.some((k) => AGENT_PROMPT_KEY.test(k)) || facts.schema.innerPropertyNames.some((k) => AGENT_PROMPT_KEY.test(k))) verdict = floor(verdict, trail, "execute", "critical", "coding-agent", `it hands its prompt to ${agent}, a coding agent that can edit files and run commands`);
    else if (STARTS_AGENT_RE.test(facts.nameText)) verdict = floor(verdict, trail, "execute", "critical", "coding-agent", `it starts ${agent}, a coding agent that can edit files and run commands`);
  }

  // A retrieval whose choices include a secret ("object": "password") can hand that secret back.
  const choice = facts.schema.secretChoice;
  if (choice && (verdict.category === "read" || facts.nameVerb?.action === "read") && !makesNewValues(facts)) {
    verdict = floor(verdict, trail, "read", "high", "returns-secret", `it can return a secret: "${choice.property}" can be "${choice.value}"`);
  }

  // A switch that unmasks what comes back ("unmask": true, "reveal": true): one call can hand secrets over in plain text.
  const reveal = facts.schema.revealSwitch;
  if (reveal && (verdict.category === "read" || facts.nameVerb?.action === "read")) {
    verdict = floor(verdict, trail, "read", "high", "unmasks-secrets", `"${reveal}" takes the mask off what comes back, so secrets can be returned in plain text`);
  }

  if (verdict.capability) addSignalsFor(verdict, trail);
  return verdict;
}

/** Raises the verdict to at least this, and gives the reason only when it did. */
function floor(verdict: DomainVerdict, trail: Trail, atLeast: Category, level: RiskLevel, capability: string, reason: string): DomainVerdict {
  const raised = raise(verdict, atLeast, level, capability);
  if (raised !== verdict) trail.reasons.unshift(reason);
  return raised;
}

/** The stronger of the two, in category and in level, each separately (never lower). */
function raise(current: DomainVerdict, category: Category, risk: RiskLevel, capability: string): DomainVerdict {
  const nextCategory = CATEGORY_STRENGTH[category] > CATEGORY_STRENGTH[current.category] ? category : current.category;
  const nextRisk = rank(risk) > rank(current.risk) ? risk : current.risk;
  if (nextCategory === current.category && nextRisk === current.risk) return current;
  return { category: nextCategory, risk: RISK_LEVELS[rank(nextRisk)] ?? nextRisk, capability };
}

function addSignalsFor(verdict: DomainVerdict, trail: Trail): void {
  const { signals, roles } = trail;
  switch (verdict.category) {
    case "execute":
      signals.add("runs-code");
      roles.add("private-data");
      roles.add("public-sink");
      break;
    case "financial":
      signals.add("moves-money");
      break;
    case "read":
      if (verdict.risk === "high") {
        signals.add("exposes-credentials");
        roles.add("private-data");
      }
      break;
    case "destructive":
      roles.add("destroys");
      break;
    case "write":
      break;
  }
}

/** A generator of fresh values ("random", "generate a password") hands back no existing secret. */
function makesNewValues(facts: Facts): boolean {
  return facts.tokens.some((t) => t === "random" || t === "generate" || t === "generator") || facts.descVerbs[0]?.lemma === "generate";
}

/** A description that says the tool reads a store's items, for a tool whose name does not. */
const STORE_ITEMS_TEXT_RE = /\b(?:items?|logins?|passwords?|secrets?|credentials?|entries|vault)\b/;
/** What a store holds that is a credential itself (its folders, collections and shared links are not). */
const CREDENTIAL_ITEMS = new Set(["item", "items", "login", "logins", "password", "passwords", "credential", "credentials", "secret", "secrets", "entries"]);

/** "The AI generates a SQL query from the question ..., executes it"; "Execute natural language queries against the database and convert them to SQL". */
const RUNS_GENERATED_SQL_RE = /\bgenerates? (?:an? |the )?sql(?: query| queries| statements?)?\b[^.]{0,100}?\b(?:executes?|runs?) (?:it|them)\b|\b(?:executes?|runs?) natural[- ]language quer(?:y|ies) against (?:the |a )?(?:\w+ )?database\b/;
const LOGIN_WORDS = new Set(["login", "signin", "logon", "authenticate", "auth"]);
/** The token a login hands back ("Returns access_token and refresh_token", "to obtain a session JWT"), not one it keeps. */
const LOGIN_RETURNS_TOKEN_RE = /\b(?:returns?|obtains?|to get|receives?)\s(?:an?\s|the\s|its\s|your\s)?(?:new\s|fresh\s)?(?:session\s)?(?:access_token|refresh_token|jwt|access token|session token|bearer token|auth token|api key|token)s?\b(?![^.\n]{0,40}\b(?:cach|stor|sav|persist)\w*)/;
/** A tool that starts another agent ("agent_create", "spawn_worker") on such a server. */
const STARTS_AGENT_RE = /\b(?:create|spawn|start|launch|new|run)\s(?:\w+\s)?(?:agent|agents|subagent|worker|session)\b|\b(?:agent|subagent|worker)\s(?:create|spawn|start|launch|new|run)\b/;
/** What a planner makes: a budget given with it bounds the plan. */
const PLAN_OBJECTS = new Set(["itinerary", "itineraries", "plan", "plans", "trip", "trips", "recommendation", "recommendations", "suggestion", "suggestions", "estimate", "estimates", "proposal", "proposals"]);
const AGENT_PROMPT_KEY = /^(?:prompt|task|instruction|instructions|message|query|request|goal)$/i;
/** Tools of such a server that only answer about the server itself. */
const NOT_AGENT_WORK = new Set(["ping", "echo", "help", "version", "status", "health", "list", "models", "fetch", "chunk", "cancel", "result", "results"]);

const SPEND_ANCHORS = ["pay", "charg", "usdc", "usdt", "$", "cost", "x402", "debit", "deduct", "fund", "billed"];
function spendsByWords(facts: Facts): boolean {
  const lower = facts.descLower();
  if (lower.includes("paid") && STARTS_PAID_WORK_RE.test(lower)) return true;
  for (const a of SPEND_ANCHORS) if (lower.includes(a)) return SPENDS_MONEY_RE.test(lower);
  return false;
}

function paysPerCall(facts: Facts): boolean {
  const lower = facts.descLower();
  return (lower.includes("pay") || lower.includes("paid") || lower.includes("pric") || lower.includes("$") || lower.includes("cost") || lower.includes("charg")) && PAYS_PER_CALL_RE.test(lower);
}

function propertyNames(facts: Facts): string[] {
  return facts.schema.propertyNames;
}

/** Whether an input, or one inside a top-level object the tool takes as its body, has a name the pattern matches. */
function hasProperty(facts: Facts, re: RegExp): boolean {
  for (const k of facts.schema.propertyNames) if (re.test(k)) return true;
  for (const k of facts.schema.innerPropertyNames) if (re.test(k)) return true;
  return false;
}
