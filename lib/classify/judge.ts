/**
 * From facts to a judgement, following ../shared/TAXONOMY.md: the category is the strongest
 * effect one call can have; the level starts from the category and moves by context.
 * Every step that moves the level records why, so the rationale can say it.
 */
import { RISK_LEVELS, type Category, type RiskLevel, type Role, type SignalId } from "../taxonomy";
import { openingQuote, verbQuote, type Facts, type Quote, type Verb } from "./detect";
import { displayWord } from "./explain";
import { NOUNISH } from "./compiled";
import {
  BULK_WORDS,
  INFRA_OBJECTS,
  MONEY_MOVES,
  MONEY_OBJECTS,
  PERMISSION_OBJECTS,
  PRIVATE_OBJECTS,
  SECRET_OBJECTS,
  SINK_VERBS,
  TRIVIAL_WRITE_OBJECTS,
  UNTRUSTED_OBJECTS,
  WIDE_OBJECTS,
  type Action,
} from "./lexicon";

export interface Judgement {
  category: Category;
  risk: RiskLevel;
  confidence: number;
  signals: Set<SignalId>;
  roles: Set<Role>;
  /** The verb the category rests on, if any. */
  verb: Verb | null;
  /** Objects of the action, from the name (for the rationale). */
  objects: string[];
  /** Why the level is what it is, in plain words, most decisive first. */
  reasons: string[];
  /** Doubts that lowered the confidence. */
  doubts: string[];
  evidence: Quote[];
}

const STRENGTH: Record<Action, number> = { read: 0, manage: 1, write: 2, destroy: 3, exec: 4, money: 5 };

/** Servers whose every change is a security or infrastructure change. */
const MONEY_SERVER = new Set(["stripe", "paypal", "kite", "zerodha", "square", "adyen", "braintree", "razorpay", "coinbase", "binance", "alpaca", "shopify", "billing", "payments", "bank", "wallet"]);
const SECURITY_SERVER = new Set(["iam", "okta", "zscaler", "identity", "auth0", "keycloak", "sso", "security", "firewall", "entra", "ldap", "vault"]);
const INFRA_SERVER = new Set(["aws", "awslabs", "kubernetes", "k8s", "kubectl", "azure", "gcp", "terraform", "cloudflare", "ccapi", "eks", "ecs", "cloud", "helm", "pulumi", "supabase", "vercel", "netlify", "heroku", "railway", "digitalocean", "neon", "planetscale", "fly"]);
const CREATE_INFRA_VERBS = new Set(["create", "deploy", "provision", "launch", "scale", "apply", "install", "upgrade", "configure", "setup", "migrate", "pause", "restore", "rollback", "rollout", "restart", "reboot", "shutdown"]);
const DATA_OBJECTS = new Set(["item", "items", "row", "rows", "record", "records", "key", "keys", "value", "values", "document", "documents", "entry", "entries", "message", "messages", "comment", "note", "tag", "tags", "label", "labels", "annotation", "json"]);
/** Infrastructure objects that only mean infrastructure on an infrastructure server. */
const INFRA_IF_SERVER = new Set(["node", "nodes", "project", "projects", "application", "applications", "service", "services", "server", "servers", "function", "functions", "workspace", "org", "organization", "endpoint"]);
const STRICT_INFRA = new Set([
  "cluster", "clusters", "instance", "instances", "bucket", "buckets", "stack", "stacks", "vpc", "subnet", "dns",
  "firewall", "node", "nodes", "nodegroup", "deployment", "deployments", "namespace", "namespaces", "helm",
  "cloudformation", "terraform", "infrastructure", "gateway", "domain", "domains", "zone", "certificate", "database",
  "databases", "runtime", "endpoint", "replication", "volume", "pod", "pods", "lambda", "ec2", "resource", "resources",
  "workgroup", "global", "server", "servers", "service", "services", "k8s", "kubernetes", "project", "projects",
  "organization", "org", "tenant", "application", "applications", "function", "functions", "kubectl", "workspace",
]);
const INFRA_VERBS = new Set([
  "create", "update", "modify", "put", "set", "deploy", "scale", "apply", "install", "upgrade", "provision", "configure",
  "replace", "patch", "attach", "detach", "associate", "disassociate", "enable", "disable", "register", "restart",
  "reboot", "shutdown", "migrate", "launch", "drain", "cordon", "uncordon", "add", "edit", "change", "assign", "setup",
  "pause", "resume", "restore", "merge", "rebase", "rollback", "rollout",
]);
const LOCKOUT_VERBS = new Set(["terminate", "revoke", "invalidate", "kill", "clear", "reset", "expire", "logout", "deactivate", "suspend", "remove", "delete"]);
const ACCESS_OBJECTS = new Set(["token", "tokens", "credential", "credentials", "apikey", "apikeys", "key", "keys", "grant", "grants", "access", "password", "passwords", "factor", "factors", "mfa", "oauth", "secret", "secrets"]);
const REMOTE_WORDS = new Set(["github", "gitlab", "repo", "repository", "s3", "bucket", "gist", "drive", "gdrive", "dropbox", "sharepoint", "onedrive", "confluence", "notion"]);
const AMBIGUOUS_MONEY = new Set(["subscription", "subscriptions", "order", "orders", "position", "positions", "transaction", "transactions", "transfer", "transfers", "checkout", "plan", "tax", "promotion", "discount", "credit", "credits", "trade", "trades", "price", "prices", "charge", "charges", "wallet", "fund", "funds", "mandate", "mandates", "sip", "sips", "mf", "gtt", "billing"]);
const MONEY_CONTEXT_RE = /\b(?:pay|payments?|billing|bill|billed|invoices?|prices?|pricing|stripe|charges?|money|currency|amount|trad(?:e|es|ing)|broker|stocks?|shares|buy|sell|purchases?|funds|refunds?|customers?|usd|eur|inr|\$\d)\b|支付|订单|交易|付款|价格/i;
/** Writes that only change how things look to the user (read marks, mutes, archives, a closed tab). */
const TRIVIAL_VERBS = new Set(["mark", "mute", "unmute", "archive", "unarchive", "resize", "scroll", "hover", "highlight", "connect", "disconnect", "toggle", "focus", "select"]);
const PUBLIC_OBJECTS = new Set(["site", "sites", "website", "websites", "package", "packages", "app", "apps", "release", "releases", "version", "changes", "page", "pages", "function", "functions", "extension", "production"]);
const VIEW_OBJECTS = new Set(["tab", "tabs", "page", "browser", "playwright", "puppeteer", "window", "dialog", "popup", "forward", "tunnel", "trace", "tracing", "video", "screencast", "recording"]);
const SHARED_OBJECTS = new Set(["repo", "repository", "repositories", "project", "projects", "account", "accounts", "channel", "channels", "issue", "issues", "pull", "pr", "org", "organization", "team", "user", "users", "group", "groups", "site", "cluster", "server", "service", "option", "form", "schedule", "task", "job", "workflow", "subscription"]);
const WIPING_VERBS = new Set(["delete", "del", "remove", "rm", "drop", "destroy", "purge", "wipe", "truncate", "terminate", "erase", "nuke", "deprovision", "decommission", "dissolve", "uninstall", "flush", "flushall", "flushdb", "empty", "obliterate", "expunge", "trash", "deregister", "unregister"]);
const PERMISSION_VERBS = new Set(["grant", "promote", "demote", "share", "unban", "authorize", "allow", "whitelist", "blacklist", "exempt", "enroll"]);
const MERGE_WORDS = new Set(["merge", "push"]);
const LOCAL_FILE_WORDS = new Set(["file", "files", "content", "contents", "text", "media", "document", "documents", "read", "log", "logs", "directory", "dir", "folder", "path"]);
const PRIVATE_BULK = new Set([
  "messages", "chats", "history", "contacts", "emails", "mails", "inbox", "mailbox", "dialogs", "conversations",
  "customers", "users", "patients", "members", "participants", "profiles", "employees", "people", "persons",
  "subscribers", "leads", "prospects", "dms", "photos", "memories", "observations", "notes", "threads",
  "studies", "accounts", "sessions", "calendar", "backup", "export", "replies", "chat", "comments",
]);
const WEB_PHRASE_RE = /\b(?:web search|search the web|internet|website|web page|webpage)\b|网页|互联网/i;
const WEB_WORDS = new Set(["url", "urls", "web", "webpage", "website", "internet", "http", "https", "fetch", "scrape", "crawl", "navigate", "browser", "google", "bing", "brave", "perplexity", "firecrawl", "search", "online"]);

export function judge(facts: Facts): Judgement {
  const { tokens, words, schema } = facts;
  const evidence: Quote[] = [];
  const reasons: string[] = [];
  const doubts: string[] = [];
  const signals = new Set<SignalId>();
  const roles = new Set<Role>();
  let confidence = 0.92;

  // ---- the action -------------------------------------------------------------------------
  let verb = facts.nameVerb;
  let action: Action | null = verb?.action ?? null;
  if (verb) evidence.push({ where: "name", text: facts.name });

  // Several verbs in the name joined by "or"/"and" ("create_or_delete"): the strongest counts.
  if (facts.nameVerbs.length > 1 && (words.has("or") || words.has("and"))) {
    for (const v of facts.nameVerbs) if (STRENGTH[v.action] > STRENGTH[action ?? "read"] && !v.word.endsWith("ed")) ({ action, verb } = { action: v.action, verb: v });
  }

  const descLead = strongest(facts.descVerbs);
  if (!verb) {
    if (descLead) {
      verb = descLead;
      action = descLead.action;
      evidence.push(verbQuote(facts, descLead));
      confidence -= 0.15;
      doubts.push("the name carries no verb, so the description's verb decides");
      // "View or reset usage statistics": every coordinated verb counts.
      const strongestLead = strongest(facts.descVerbs);
      if (strongestLead) ({ action, verb } = { action: strongestLead.action, verb: strongestLead });
    }
  } else if (descLead && NOUNISH.has(verb.lemma) && facts.nameVerbs.length === 1 && descLead.action !== action && descLead.action !== "manage") {
    // The name's only verb is usually a noun ("profile_photo", "usage_report"): the description's verb decides.
    action = descLead.action;
    verb = descLead;
    evidence.push(verbQuote(facts, descLead));
    confidence -= 0.12;
    doubts.push(`"${facts.nameVerbs[0]?.word}" in the name may be a noun; the description's verb decides`);
  } else if (descLead && action === "read" && STRENGTH[descLead.action] >= STRENGTH.destroy && (descLead.action !== "exec" || facts.execKind)) {
    // A read-sounding name whose description leads with a stronger verb: believe the stronger.
    action = descLead.action;
    verb = descLead;
    evidence.push(verbQuote(facts, descLead));
    confidence -= 0.15;
    doubts.push(`the name sounds like a read but the description says "${descLead.word}"`);
  }

  // Multi-operation tools: the operations they offer decide.
  if (action === "manage" || !action || facts.operationVerbs.length) {
    const offered = strongest(facts.operationVerbs);
    if (offered && STRENGTH[offered.action] > STRENGTH[action ?? "read"] && offered.action !== "manage") {
      action = offered.action;
      evidence.push({ where: "inputSchema", text: `${schema.operationProperty ?? "operation"} offers "${offered.word}"` });
      if (!verb || verb.action === "manage") verb = offered;
    }
  }
  if (action === "manage" || (!action && facts.descAllActions.size)) {
    const all = [...facts.descAllActions].filter((a) => a !== "exec" || facts.execKind).sort((a, b) => STRENGTH[b] - STRENGTH[a]);
    const best = all[0];
    if (best && best !== "manage" && STRENGTH[best] > STRENGTH[action ?? "read"]) {
      action = best;
      doubts.push("a multi-operation tool: judged by the strongest operation its description mentions");
      confidence -= 0.1;
    }
  }

  // Money: a money verb, or a change to a money object. "transfer" needs a money context.
  let moneyContext: boolean | undefined;
  let moneyToken: string | undefined;
  for (const t of tokens) {
    if (!MONEY_OBJECTS.has(t)) continue;
    if (AMBIGUOUS_MONEY.has(t)) {
      moneyContext ??= MONEY_CONTEXT_RE.test(facts.descHead.slice(0, 400)) || kindOfServer(facts.serverWords).money || !!schema.moneyProperty;
      if (!moneyContext) continue;
    }
    moneyToken = t;
    break;
  }
  const moneyObject = moneyToken ?? (facts.schema.moneyProperty ? facts.schema.moneyProperty : undefined);
  if (action === "money" && verb?.lemma === "transfer" && !moneyObject && !/\b(?:money|funds|payment|amount|currency)\b|转账/.test(facts.descLower())) {
    action = "write";
  }
  if ((action === "write" || action === "destroy" || action === "exec") && moneyToken) {
    action = "money";
  }

  // Execution: an exec-capable verb with a code object; without one it is a fixed action.
  if (facts.execKind && action !== "money") {
    const lemma = verb?.lemma ?? "";
    const execCapable = action === "exec" || facts.descVerbs[0]?.action === "exec" || ["query", "evaluate", "invoke", "call", "apply", "run", "execute"].includes(lemma) || !verb || NOUNISH_VERBS.has(lemma);
    if (execCapable || action === "manage") {
      action = "exec";
      if (facts.execQuote) evidence.push(facts.execQuote);
    }
  }
  if (action === "exec" && !facts.execKind) {
    action = facts.annotations.readOnly ? "read" : "write";
  }

  // Overwriting existing content is destructive.
  if (action === "write" && facts.overwriteQuote && !["move", "copy", "rename"].includes(verb?.lemma ?? "")) {
    action = "destroy";
    evidence.push(facts.overwriteQuote);
    reasons.push("it overwrites existing content");
  }

  let vague = false;
  const headWord = tokens[tokens.length - 1] ?? "";
  if (HELP_NOUNS.has(headWord) && action !== "exec" && !facts.execKind) {
    // "deploy_app_help", "esm_guidance", "purchase_analyzer": a tool that explains or analyses an action does not take it.
    if (action && action !== "read") doubts.push(`"${headWord}" in the name says it explains rather than acts`);
    action = "read";
    verb = { action: "read", lemma: "explain", word: headWord, source: "name" };
  }
  if (tokens.includes("go") && (tokens.includes("back") || tokens.includes("forward"))) {
    action = "read";
    verb = { action: "read", lemma: "navigate", word: "go", source: "name" };
  }
  if (!action && DATA_NOUNS.has(headWord) && !facts.annotations.destructive) {
    // A name that is only a noun for data ("workflow_status", "usage_stats") reads that data.
    action = "read";
    confidence -= 0.25;
    doubts.push(`the name "${facts.name}" names data rather than an action, so it is taken as a read`);
  }
  if (!action || action === "manage") {
    // Nothing recognisable: lean on the annotations, but never below a cautious write.
    vague = true;
    if (facts.annotations.destructive === true) action = "destroy";
    else if (facts.annotations.readOnly === true) action = "read";
    else action = facts.descriptionLength === 0 ? "write" : looksLikeAnalysis(facts) ? "read" : "write";
    confidence = Math.min(confidence, 0.45);
    doubts.push("neither the name nor the description says plainly what it does");
    signals.add("vague-definition");
  }

  const category = CATEGORY_OF[action];

  // ---- scope ------------------------------------------------------------------------------
  const objects: string[] = [];
  const verbWord = verb?.word;
  const nameVerbWord = facts.nameVerb?.word;
  for (const t of tokens) if (t !== verbWord && t !== nameVerbWord && !NOISE.has(t) && !facts.serverWords.has(t)) objects.push(t);
  const bulk = someIn(tokens, BULK_WORDS) || firstIn(tokens, FLUSH_ALL) !== undefined || !!schema.bulkProperty || !!facts.bulkQuote;
  if (bulk) {
    signals.add("bulk-operation");
    if (schema.bulkProperty) evidence.push({ where: "inputSchema", text: `"${schema.bulkProperty}" widens one call to many targets` });
    else if (facts.bulkQuote && !someIn(tokens, BULK_WORDS)) evidence.push(facts.bulkQuote);
  }
  const serverKind = kindOfServer(facts.serverWords);
  const infraServerEarly = serverKind.infra;
  const securityServer = serverKind.security;
  const infraServer = infraServerEarly;
  const secretWord = category === "read" || category === "write" ? findSecretWord(facts) : undefined;
  let permissionWord: string | undefined;
  let infraWord: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    if (!permissionWord && PERMISSION_OBJECTS.has(t) && !isVerbToken(t, facts) && !(t === "secret" && tokens[i + 1] === "chat")) permissionWord = t;
    if (!infraWord && STRICT_INFRA.has(t) && (infraServerEarly || !INFRA_IF_SERVER.has(t))) infraWord = t;
  }
  permissionWord ??= words.has("permission") || words.has("admin") || words.has("privacy") || words.has("role") ? "permission" : undefined;
  infraWord ??= words.has("global") ? "global" : undefined;
  const head = headNoun(objects);
  let wideWord: string | undefined;
  if (head) wideWord = WIDE_OBJECTS.has(head) ? head : undefined;
  else for (const w of words) if (WIDE_OBJECTS.has(w) && w !== "all" && w !== "chat") { wideWord = w; break; }
  const manyAccounts = (words.has("accounts") || (words.has("account") && bulk) || words.has("sessions")) && bulk;

  // Roles and data-flow signals.
  let webWord = false;
  for (const t of tokens) if (t !== "search" && WEB_WORDS.has(t)) webWord = true;
  const url = !!schema.urlProperty || webWord || WEB_PHRASE_RE.test(facts.firstSentence);
  if (url && (category === "read" || category === "write" || category === "execute")) {
    signals.add("open-internet");
    if (schema.urlProperty) evidence.push({ where: "inputSchema", text: `"${schema.urlProperty}" takes any address` });
  }
  const untrusted = category === "read" || (category === "write" && (words.has("navigate") || words.has("browser")))
    ? url || someIn(tokens, UNTRUSTED_OBJECTS) || words.has("message") || words.has("email") || words.has("web")
    : false;
  if (untrusted) {
    signals.add("untrusted-content");
    roles.add("untrusted-input");
  }
  const privateObject = firstIn(tokens, PRIVATE_OBJECTS) ?? firstIn(ZH_PRIVATE_WORDS, words);
  const localFiles = !!schema.pathProperty && !schema.remote && !someIn(tokens, REMOTE_WORDS) && (someIn(tokens, LOCAL_FILE_WORDS) || /\bfiles?\b|文件/i.test(facts.firstSentence));
  if (localFiles) {
    signals.add("local-files");
    evidence.push({ where: "inputSchema", text: `"${schema.pathProperty}" takes a local path` });
  }

  const sinkVerb = verb && (SINK_VERBS.has(verb.lemma) || /发送|群发|转发|回复|上传|发布|评论|分享/.test(verb.lemma));
  const sinkObject = firstIn(SINK_OBJECTS, words);
  if ((category === "write" && (sinkVerb || (sinkObject && ["create", "add", "send", "post", "reply", "publish", "submit", "write"].includes(verb?.lemma ?? "")))) || category === "execute" || (category === "read" && !!schema.urlProperty)) {
    roles.add("public-sink");
    if (category === "write") signals.add("sends-externally");
  }
  if (category === "read" && (privateObject || secretWord || localFiles)) roles.add("private-data");
  if (category === "execute") roles.add("private-data");
  if (category === "destructive") roles.add("destroys");

  // ---- level ------------------------------------------------------------------------------
  let risk: RiskLevel;

  switch (category) {
    case "read": {
      risk = "low";
      if (secretWord) {
        signals.add("exposes-credentials");
        const secretQuote = facts.secretQuote();
        if (secretQuote) evidence.push(secretQuote);
        if (manyAccounts || (bulk && /account|session|账号/.test(`${tokens.join(" ")} ${facts.firstSentence}`))) {
          risk = "critical";
          reasons.push(`it hands over credentials (${secretWord}) for many accounts at once`);
        } else {
          risk = "high";
          reasons.push(`it returns secrets (${secretWord})`);
        }
      } else {
        const nameBulk = someIn(tokens, BULK_WORDS) || !!schema.bulkProperty;
        const listing = ["search", "list", "filter", "export", "backup", "find", "download", "retrieve"].includes(verb?.lemma ?? "");
        const headObject = headNoun(objects);
        const conversational = someIn(CONVERSATION_WORDS, words);
        const privateBulk = words.has("public") || words.has("console") || words.has("template") || words.has("templates")
          ? undefined
          : (headObject && PRIVATE_BULK.has(headObject) && (headObject !== "history" || conversational) ? headObject : undefined) ?? (nameBulk && privateObject ? privateObject : undefined) ?? (words.has("history") && conversational ? "history" : undefined) ?? (listing && privateObject && ["message", "contact", "email", "dialog", "member", "file"].includes(privateObject) ? privateObject : undefined);
        if (privateBulk && privateObject) {
          risk = "medium";
          signals.add("private-data");
          reasons.push(`it returns private data in bulk (${privateBulk})`);
        } else if (localFiles && !/^(?:list|search|find|tree|info|stat)/.test(verb?.lemma ?? "") && !tokens.some((t) => t === "info" || t === "metadata" || t === "stat" || t === "tree" || t === "exists" || t === "size" || t === "sizes") && tokens.some((t) => t === "read" || t === "file" || t === "files" || t === "content" || t === "contents" || t === "media" || t === "text" || t === "export")) {
          risk = "medium";
          reasons.push("it reads arbitrary local files");
        } else if (privateObject) {
          signals.add("private-data");
        }
      }
      if (risk === "low") reasons.push("it only retrieves or computes and changes nothing");
      break;
    }
    case "write": {
      risk = "medium";
      const lemma = verb?.lemma ?? "";
      const bulkWrite = someIn(tokens, BULK_WORDS) || !!facts.bulkQuote || (!!schema.bulkProperty && (!["create", "add", "new", "register", "import"].includes(lemma) || /^(?:targets|recipients|to)$/i.test(schema.bulkProperty)));
      if (bulkWrite) {
        risk = "high";
        reasons.push("one call reaches many targets");
      } else if (bulk) {
        signals.delete("bulk-operation");
      }
      if (permissionWord || PERMISSION_VERBS.has(lemma) || (securityServer && lemma !== "test")) {
        if (!(lemma === "invite" && !permissionWord)) {
          signals.add("changes-permissions");
          risk = "high";
          reasons.push(securityServer && !permissionWord ? "it changes security settings" : `it changes who can access what (${permissionWord ?? lemma})`);
        }
      }
      if (infraWord && (INFRA_VERBS.has(lemma) || !lemma) || (infraServer && CREATE_INFRA_VERBS.has(lemma) && !someIn(tokens, DATA_OBJECTS))) {
        signals.add("account-wide");
        risk = "high";
        reasons.push(`it changes infrastructure or account-wide settings (${infraWord ?? "cloud resources"})`);
      } else if (words.has("global")) {
        signals.add("account-wide");
        risk = "high";
        reasons.push("it changes account-wide settings");
      }
      if (MERGE_WORDS.has(lemma) && (words.has("pull") || words.has("branch") || words.has("files") || words.has("request"))) {
        risk = "high";
        reasons.push("it lands changes on a shared branch");
      }
      if (["deactivate", "suspend", "expire", "logout", "lock", "freeze"].includes(lemma) && (words.has("user") || words.has("users") || words.has("account") || permissionWord)) {
        signals.add("locks-out");
        risk = "high";
        reasons.push("it locks a person out");
      }
      if (secretWord && ["create", "generate", "rotate", "reset", "add", "refresh", "set", "update"].includes(lemma)) {
        signals.add("exposes-credentials");
        risk = "high";
        reasons.push(`it creates or changes credentials (${secretWord})`);
      }
      if ((lemma === "publish" || lemma === "release" || lemma === "deploy") && someIn(tokens, PUBLIC_OBJECTS)) {
        risk = "high";
        reasons.push("it makes something live for everyone");
      }
      if (lemma === "install" || lemma === "uninstall") {
        risk = "high";
        reasons.push("it installs software that runs with the user's access");
      }
      if (risk === "medium") {
        const closesView = (lemma === "close" || lemma === "stop") && someIn(tokens, VIEW_OBJECTS);
        const trivialVerb = (TRIVIAL_VERBS.has(lemma) && !someIn(tokens, SHARED_OBJECTS)) || closesView;
        const trivial = !sinkVerb && !bulk && (!url || closesView) && !permissionWord && (trivialVerb || (someIn(tokens, TRIVIAL_WRITE_OBJECTS) && !privateObject));
        if (trivial) {
          risk = "low";
          reasons.push("its effect is local, private and easy to undo");
        } else {
          reasons.push(sinkVerb ? "it sends or publishes data to other people" : "it changes something, additively or undoably");
        }
      }
      break;
    }
    case "destructive": {
      risk = "high";
      const irreversibleQuote = facts.irreversibleQuote();
      if (!/\b(?:recoverable|can be restored|undo|trash|soft[- ]delete)\b/.test(facts.descLower()) || irreversibleQuote) signals.add("irreversible");
      if (irreversibleQuote) evidence.push(irreversibleQuote);
      const lemma = verb?.lemma ?? "";
      const sessionLike = words.has("session") || words.has("sessions");
      const lockout =
        ((LOCKOUT_VERBS.has(lemma) || /终止|注销|撤销|吊销/.test(lemma)) &&
          (someIn(tokens, ACCESS_OBJECTS) || (sessionLike && (lemma === "terminate" || lemma === "revoke" || lemma === "invalidate" || /会话|终止/.test(facts.descHead.slice(0, 60)) || words.has("user") || words.has("users") || words.has("active") || words.has("login"))))) ||
        lemma === "revoke";
      if (lockout) {
        signals.add("locks-out");
        risk = "critical";
        reasons.push("it ends sessions or revokes access, locking people out");
      }
      if (permissionWord && !lockout) signals.add("changes-permissions");
      if (bulk || /\ball\b|所有|全部/i.test(facts.firstSentence)) {
        risk = "critical";
        signals.add("bulk-operation");
        reasons.push("it destroys many things in one call");
      }
      if (wideWord && !(wideWord === "all" && bulk) && !objects.some((t) => t === "from" || t === "of") && (WIPING_VERBS.has(lemma) || /删除|清空|销毁|注销|解散/.test(lemma))) {
        risk = "critical";
        reasons.push(`destroying ${wideWord === "account" ? "an account" : `a ${wideWord}`} is wide and hard to recover`);
        if (infraWord) signals.add("account-wide");
      }
      if (facts.schema.forceProperty || words.has("force")) {
        if (words.has("push") || words.has("force")) {
          risk = "critical";
          reasons.push("it can force-overwrite shared history");
        }
      }
      if (risk === "high") reasons.push(`what it removes or ends${verb?.source === "name" && objects.length ? ` (${objects.map(displayWord).join(" ")})` : ""} cannot be brought back`);
      break;
    }
    case "execute": {
      signals.add("runs-code");
      if (facts.execKind === "code") {
        risk = "critical";
        reasons.push("it runs code or commands the caller writes");
      } else if (facts.execKind === "page") {
        risk = "high";
        reasons.push("it runs the caller's JavaScript inside a browser page");
      } else {
        risk = "high";
        reasons.push("it runs the caller's query against a data store");
      }
      break;
    }
    case "financial": {
      signals.add("moves-money");
      const moves = (verb && ["pay", "charge", "refund", "payout", "purchase", "buy", "sell", "trade", "withdraw", "deposit", "transfer", "swap", "stake", "unstake", "bid", "invest", "redeem", "tip", "donate", "place"].includes(verb.lemma)) ||
        MONEY_MOVES.has(headNoun(objects) ?? "") || /支付|付款|转账|退款|充值|提现|购买|下单|扣款/.test(verb?.lemma ?? "");
      if (moves) {
        risk = "critical";
        reasons.push("money moves or an order is placed in one call");
      } else {
        risk = "high";
        reasons.push("it creates a financial obligation (invoices, prices or subscriptions)");
      }
      break;
    }
  }
  if (bulk && category === "read" && !signals.has("private-data") && risk === "low") signals.delete("bulk-operation");

  if (facts.gist && !evidence.some((e) => e.where === "description")) {
    evidence.push(verb?.source === "description" ? verbQuote(facts, verb) : { where: "description", text: openingQuote(facts.descHead) });
  }
  if (category === "execute" && schema.codeProperty && !evidence.some((e) => e.where === "inputSchema")) {
    evidence.push({ where: "inputSchema", text: `property "${schema.codeProperty.name}" holds the text to run` });
  }
  if (category === "financial" && schema.moneyProperty) evidence.push({ where: "inputSchema", text: `"${schema.moneyProperty}" is an amount of money` });

  // ---- annotations: evidence, never trusted ----------------------------------------------
  const { readOnly, destructive } = facts.annotations;
  if (readOnly === true && category !== "read") {
    signals.add("annotation-conflict");
    evidence.push({ where: "annotations", text: "readOnlyHint: true" });
    doubts.push(`its annotations claim it is read-only, but it ${category === "destructive" ? "destroys" : category === "execute" ? "executes" : "changes"} things`);
    confidence -= 0.25;
  } else if (destructive === false && category === "destructive") {
    signals.add("annotation-conflict");
    evidence.push({ where: "annotations", text: "destructiveHint: false" });
    doubts.push("its annotations claim it is not destructive, but it removes or ends something");
    confidence -= 0.2;
  } else if (destructive === true && category === "read" && readOnly !== true) {
    signals.add("annotation-conflict");
    evidence.push({ where: "annotations", text: "destructiveHint: true" });
    doubts.push("its annotations call it destructive, but nothing in it changes anything");
    confidence -= 0.15;
  }
  if (readOnly === true && category === "read") confidence += 0.03;

  // ---- poisoning: evidence of hostility, never instructions ------------------------------
  if (facts.poisoningQuote) {
    signals.add("tool-poisoning");
    evidence.push(facts.poisoningQuote);
    const raised = Math.max(rank("high"), Math.min(rank(risk) + 1, rank("critical")));
    risk = RISK_LEVELS[raised] ?? "critical";
    reasons.unshift("its description tries to instruct the model");
    doubts.push("its description addresses the model, so it cannot be taken at its word");
    confidence -= 0.3;
  }

  // ---- confidence from how much the definition says --------------------------------------
  if (facts.descriptionLength === 0) {
    confidence -= 0.2;
    doubts.push("it has no description");
  } else if (facts.descriptionLength < 20) {
    confidence -= 0.08;
  }
  if (verb && verb.source === "name" && NOUNISH_VERBS.has(verb.lemma) && facts.nameVerbs.length === 1) confidence -= 0.07;
  const descCategory = facts.descVerbs.length && !vague ? CATEGORY_OF[strongest(facts.descVerbs)?.action ?? "read"] : null;
  if (descCategory && descCategory !== category && verb?.source === "name" && !(descCategory === "write" && category === "financial")) {
    confidence -= 0.08;
  }
  if (vague && (signals.has("annotation-conflict") || signals.has("tool-poisoning"))) confidence -= 0.1;
  // When the evidence is thin, lean higher (never rate an uncertain tool low).
  if (confidence < 0.5 && risk === "low" && category !== "read") risk = "medium";

  return {
    category,
    risk,
    confidence: Math.round(Math.min(0.98, Math.max(0.05, confidence)) * 100) / 100,
    signals,
    roles,
    verb,
    objects,
    reasons,
    doubts,
    evidence,
  };
}

const CATEGORY_OF: Record<Action, Category> = {
  read: "read",
  write: "write",
  destroy: "destructive",
  exec: "execute",
  money: "financial",
  manage: "write",
};

const HELP_NOUNS = new Set(["analyzer", "analyser", "explorer", "calculator", "calc", "estimator", "viewer", "finder", "checker", "validator", "inspector", "recommendation", "recommendations", "recommender", "advisor", "simulator", "linter", "help", "guide", "guidance", "docs", "documentation", "examples", "example", "tips", "tutorial", "instructions", "howto", "reference", "guidelines", "practices"]);
const DATA_NOUNS = new Set(["healthcheck", "status", "info", "information", "stats", "statistics", "details", "list", "count", "health", "summary", "schema", "version", "versions", "config", "metadata", "usage", "overview", "docs", "documentation", "help", "results", "time", "weather", "quote", "quotes", "metrics", "dbsize", "size", "length", "len", "exists", "ttl", "keys", "type", "whoami", "me", "profile", "balance", "balances", "price", "prices", "history", "logs", "diagnostics", "ping", "echo", "tree"]);
const NOUNISH_VERBS = new Set(["query", "test", "call", "invoke", "run", "process", "action"]);
const NOISE = new Set([
  "a", "an", "the", "and", "or", "as", "tool",
  "tools", "mcp", "api", "v1", "v2", "v3", "id", "info", "details", "detail",
]);

const ZH_PRIVATE_WORDS = ["message", "history", "contact", "email", "dialog", "member", "file", "chat"];
const SINK_OBJECTS = ["email", "message", "comment", "webhook", "post", "tweet", "gist", "issue", "review", "discussion"];
const CONVERSATION_WORDS = ["chat", "chats", "message", "messages", "dialog", "conversation", "conversations", "email", "inbox", "call", "calls", "channel", "thread", "room"];

/** The first item that the set holds (loops instead of closures: this runs for every tool). */
function firstIn(items: readonly string[], set: ReadonlySet<string>): string | undefined {
  for (const item of items) if (set.has(item)) return item;
  return undefined;
}
function someIn(items: readonly string[], set: ReadonlySet<string>): boolean {
  for (const item of items) if (set.has(item)) return true;
  return false;
}

function hasAny(words: ReadonlySet<string>, set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}

function rank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

function strongest(verbs: readonly Verb[]): Verb | null {
  let best: Verb | null = null;
  for (const v of verbs) if (!best || STRENGTH[v.action] > STRENGTH[best.action]) best = v;
  return best;
}

const NOT_HEAD = new Set(["all", "batch", "bulk", "many", "multiple", "by", "to", "from", "in", "on", "for", "of", "with", "or", "and", "if", "exists", "permanently", "force", "forcefully", "now", "async", "sync", "v1", "v2"]);
const PREPOSITIONS = new Set(["from", "to", "in", "on", "for", "of", "with", "into", "by", "at"]);
/** The object an action falls on: in English compounds the last noun ("chat_photo" → photo), before any preposition ("user_from_group" → user). */
function headNoun(objects: readonly string[]): string | undefined {
  let stop = objects.length;
  for (let i = 0; i < objects.length; i++) if (PREPOSITIONS.has(objects[i] ?? "") && i > 0) { stop = i; break; }
  for (let i = stop - 1; i >= 0; i--) {
    const t = objects[i] ?? "";
    if (!NOT_HEAD.has(t) && !/^\d+$/.test(t)) return t;
  }
  return undefined;
}

function isVerbToken(token: string, facts: Facts): boolean {
  for (const v of facts.nameVerbs) if (v.word === token) return true;
  return false;
}

const FLUSH_ALL = new Set(["flushall", "flushdb"]);

/** What a server's own words say about all its tools (one answer per server, not per tool). */
interface ServerKind {
  infra: boolean;
  security: boolean;
  money: boolean;
}
const serverKinds = new WeakMap<ReadonlySet<string>, ServerKind>();
function kindOfServer(words: ReadonlySet<string>): ServerKind {
  let kind = serverKinds.get(words);
  if (!kind) {
    kind = { infra: hasAny(words, INFRA_SERVER), security: hasAny(words, SECURITY_SERVER), money: hasAny(words, MONEY_SERVER) };
    serverKinds.set(words, kind);
  }
  return kind;
}

const ANALYSIS_RE = /\b(?:reason|reasoning|analy[sz]\w*|brainstorm\w*|think\w*|review|explain\w*|summar\w*|research|model|ai|llm|assistant|search|question|answer|insight\w*|diagnos\w*|report)\b/;
function looksLikeAnalysis(facts: Facts): boolean {
  return ANALYSIS_RE.test(facts.descLower().slice(0, 300));
}

/** The secret a read hands back, if its name or description says so. */
function findSecretWord(facts: Facts): string | undefined {
  const { tokens, words } = facts;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    const next = tokens[i + 1] ?? "";
    const prev = tokens[i - 1] ?? "";
    if (SECRET_OBJECTS.has(t)) {
      if (t === "secret" && (next === "chat" || next === "chats" || next === "scanning")) continue;
      if ((t === "token" || t === "tokens") && (["max", "count", "usage", "execution", "next", "page", "pagination", "explained", "security"].includes(prev) || ["count", "usage", "limit"].includes(next))) continue;
      if (t === "ssh" && (next === "tunnel" || next === "command")) continue;
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
    if (t === "connection" && next === "string") return "connection string";
  }
  if (words.has("session-string")) return "session string";
  const secretQuote = facts.secretQuote();
  if (["password", "token", "secret", "privatekey", "credential", "otp"].some((w) => words.has(w) && !tokens.includes(w)) && secretQuote) {
    return ["password", "token", "secret", "privatekey", "credential", "otp"].find((w) => words.has(w));
  }
  if (secretQuote && secretQuote.where === "description") {
    const m = /api keys?|access keys?|secret keys?|private keys?|session strings?|session tokens?|access tokens?|auth tokens?|bearer tokens?|refresh tokens?|oauth tokens?|passwords?|credentials?|connection strings?|environment variables|env vars|secret values?|secrets|cookies|ssh keys?|client secrets?|signing keys?|密码|令牌|密钥|私钥|Session字符串|会话字符串|凭证|凭据|token|验证码|登录链接|登录二维码/i.exec(secretQuote.text);
    if (m && !/\b(?:requires?|needs?|using|with your|configured|set the|provide|valid)\b[^.]{0,30}$/i.test(secretQuote.text.slice(0, secretQuote.text.toLowerCase().indexOf(m[0].toLowerCase())))) {
      return m[0];
    }
  }
  return undefined;
}
