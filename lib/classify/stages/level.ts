/**
 * Stage three: the level. It starts from the category and moves by context, as the rubric
 * (lib/taxonomy/RUBRIC.md) says: bulk, permissions, infrastructure, secrets, lock-outs, wide losses,
 * money that moves. Every move records its reason.
 */
import type { Category, RiskLevel } from "../../taxonomy";
import { inDebugger, openingQuote, verbQuote, type Facts, type Verb } from "../detect";
import { displayWord, objectPhrase } from "../explain";
import {
  ACCESS_OBJECTS,
  BULK_WORDS,
  CONVERSATION_WORDS,
  CREATE_INFRA_VERBS,
  DATA_OBJECTS,
  INFRA_VERBS,
  LOCKOUT_VERBS,
  MERGE_WORDS,
  MONEY_MOVES,
  PERMISSION_VERBS,
  PRIVATE_BULK,
  PUBLIC_OBJECTS,
  SESSION_SETTINGS,
  SHARED_OBJECTS,
  TRIVIAL_ON,
  TRIVIAL_VERBS,
  TRIVIAL_WRITE_OBJECTS,
  VIEW_OBJECTS,
  WIPING_VERBS,
  LISTING_VERBS,
} from "../lexicon";
import { DELETING_VERBS, KV_SERVER, LOG_OBJECTS, LOCAL_PATH_NOTE_RE, NOT_LOGIN_SESSION_RE, SEARCH_IN_FILES_DESC_RE, SEARCH_IN_FILES_RE } from "../lexicon";
import type { Scope } from "./scope";
import { asksAModel, bringsUpOne, containsAny, headNoun, hasAny, relabelsOnly, someIn, type Trail } from "./shared";

/** What a delete may take whole: a folder and its contents (not a setting that names one). */
const FOLDER_RE = /\b(?:folder|folders|directory|directories)\b(?! (?:setting|settings|path|name|option|preference))/;
/** Said of what is deleted: it goes to a trash or an archive, from where it comes back whole. */
const KEPT_RE = /\b(?:trash|bin|archiv\w*|deleted items|recycle)\b/;

/** Wide objects that take no article, or are tools' names rather than things. */
const WIDE_WORD_PHRASES: Record<string, string> = { everything: "everything", all: "all of them", infrastructure: "infrastructure", helm: "a Helm release", kubectl: "cluster resources" };

export function rateLevel(facts: Facts, category: Category, verb: Verb | null, scope: Scope, trail: Trail): RiskLevel {
  const { tokens, words, schema } = facts;
  const { evidence, reasons, signals } = trail;
  const { objects, bulk, serverKind, secretWord, permissionWord, infraWord, wideWord, manyAccounts, url, privateObject, localFiles, sinkVerb } = scope;
  let risk: RiskLevel;

  switch (category) {
    case "read": {
      risk = "low";
      if (secretWord && !publicSshKeys(secretWord, facts)) {
        signals.add("exposes-credentials");
        const secretQuote = facts.secretQuote();
        if (secretQuote) evidence.push(secretQuote);
        if (manyAccounts || (bulk && /account|session|账号/.test(`${facts.nameText} ${facts.firstSentence}`))) {
          risk = "critical";
          reasons.push(`it hands over credentials (${secretWord}) for many accounts at once`);
        } else {
          risk = "high";
          reasons.push(`it returns secrets (${secretWord})`);
        }
      } else {
        const nameBulk = someIn(tokens, BULK_WORDS) || !!scope.bulkProperty;
        const headObject = headNoun(objects);
        // A plain get is a listing too when it says it fetches all of something ("gets all series for a patient").
        const fetchesMany = GETTING_VERBS.has(verb?.lemma ?? "") && containsAny(facts.firstLower, MANY_WORDS) && MANY_RE.test(facts.firstSentence);
        const listing = LISTING_VERBS.has(verb?.lemma ?? "") || fetchesMany;
        const conversational = someIn(CONVERSATION_WORDS, words);
        const noOnesData = aboutNoOne(facts);
        const privateBulk = asksAModel(facts) || noOnesData || scopedRoster(facts, headObject) || words.has("public") || words.has("console") || words.has("template") || words.has("templates")
          ? undefined
          : (headObject && PRIVATE_BULK.has(headObject) && (headObject !== "history" || conversational) ? headObject : undefined) ?? (nameBulk && privateObject ? privateObject : undefined) ?? (words.has("history") && conversational ? "history" : undefined) ?? (listing && privateObject && listsPeoplesThings(privateObject, headObject, facts) && !(headObject && NOT_PRIVATE_HEADS.has(headObject)) ? privateObject : undefined);
        const wholeStore = WHOLE_STORE_VERBS.has(verb?.lemma ?? "") || tokens.includes("dump") ? tokens.find((t) => STORE_OBJECTS.has(t)) : undefined;
        const allOfThem = listing && headObject && PEOPLE.has(headObject) && /\b(?:all|every|entire)\b/i.test(facts.firstSentence) && !noOnesData ? headObject : undefined;
        // Sessions of a debugger or a browser, quality profiles, a price calendar, ad accounts: things of a tool, not of people.
        const toolThings = privateBulk !== undefined && TOOL_THINGS_RE.test(facts.nameAndLead);
        if (privateBulk && privateObject && !toolThings) {
          risk = "medium";
          signals.add("private-data");
          reasons.push(`it returns private data in bulk (${privateBulk})`);
        } else if (wholeStore || allOfThem) {
          // "Dump the database", "export a table", "list all users": everything in it, in one call.
          risk = "medium";
          signals.add("private-data");
          reasons.push(`it returns a whole store of records in one call (${wholeStore ?? `all ${allOfThem}`})`);
        } else if (tokens.includes("location") && !tokens.includes("by") && tokens.some((t) => PERSON_DEVICES.has(t))) {
          risk = "medium";
          signals.add("private-data");
          reasons.push("it returns where a person is");
        } else if (localFiles && !/^(?:list|search|find|tree|info|stat|lint|validate)/.test(verb?.lemma ?? "") && !tokens.some((t) => t === "info" || t === "metadata" || t === "stat" || t === "tree" || t === "exists" || t === "size" || t === "sizes") && tokens.some((t) => t === "read" || t === "file" || t === "files" || t === "content" || t === "contents" || t === "media" || t === "text" || t === "export")) {
          risk = "medium";
          reasons.push("it reads arbitrary local files");
        } else if (readsMail(facts, verb)) {
          risk = "medium";
          signals.add("private-data");
          reasons.push("it returns people's e-mail: a message's body, or whatever a mailbox search finds");
        } else if (privateObject) {
          signals.add("private-data");
        }
        // A linter or validator reports diagnostics about the files it is given, not their content.
        const exposure = risk === "low" && !DIAGNOSTIC_VERBS.has(verb?.lemma ?? "") ? readExposure(facts, objects) : null;
        if (exposure) {
          risk = "medium";
          signals.add("private-data");
          reasons.push(exposure);
        }
      }
      if (risk === "low") reasons.push("it only retrieves or computes and changes nothing");
      break;
    }
    case "write": {
      risk = "medium";
      const lemma = verb?.lemma ?? "";
      const bulkWrite = someIn(tokens, BULK_WORDS) || !!facts.bulkQuote || (!!scope.bulkProperty && (!["create", "add", "new", "register", "import", "insert", "append", "upsert"].includes(lemma) || /^(?:targets|recipients|to)$/i.test(scope.bulkProperty)));
      if (bulkWrite && (MARKS_READ_RE.test(facts.nameText) || MARKS_READ_RE.test(facts.firstLower))) {
        // "Mark all notifications as read": many things, but only their read state, which is set back as easily.
        reasons.push("it marks many things read, which is as easily undone");
      } else if (bulkWrite) {
        risk = "high";
        reasons.push("one call reaches many targets");
      } else if (bulk) {
        signals.delete("bulk-operation");
      }
      // "update_firewall" that takes only an id, a name and labels renames it; its rules, and so what it lets in, stay.
      const bringsUp = bringsUpOne(facts);
      const leavesWhatItDoes = relabelsOnly(facts) || bringsUp;
      if (leavesWhatItDoes) reasons.push(bringsUp ? "it brings one machine or project back up, which loses nothing" : "it can only rename or relabel what it changes");
      if (!leavesWhatItDoes && (permissionWord || PERMISSION_VERBS.has(lemma) || (serverKind.security && lemma !== "test"))) {
        if (!(lemma === "invite" && !permissionWord)) {
          signals.add("changes-permissions");
          risk = "high";
          reasons.push(serverKind.security && !permissionWord ? "it changes security settings" : `it changes who can access what (${permissionWord ?? lemma})`);
        }
      }
      if (!leavesWhatItDoes && (infraWord && (INFRA_VERBS.has(lemma) || !lemma) || (serverKind.infra && CREATE_INFRA_VERBS.has(lemma) && !someIn(tokens, DATA_OBJECTS)))) {
        signals.add("account-wide");
        risk = "high";
        reasons.push(`it changes infrastructure or account-wide settings (${infraWord ?? "cloud resources"})`);
      } else if (!leavesWhatItDoes && serverKind.infra && verb?.source === "name" && POWER_VERBS.has(lemma) && tokens.some((t) => RUNNING_SYSTEMS.has(t))) {
        // Starting or stopping an account's applications and machines: what people use goes up or down.
        signals.add("account-wide");
        risk = "high";
        reasons.push("it starts or stops systems that run in the cloud account");
      } else if (words.has("global")) {
        signals.add("account-wide");
        risk = "high";
        reasons.push("it changes account-wide settings");
      }
      if (lemma === "rebase") {
        risk = "high";
        reasons.push("it rewrites a branch's history");
      }
      // Pushing commits to a remote, or a commit that pushes too ("commit ... and push", "提交并推送"), lands them where others pull from.
      const pushesToRemote = (lemma === "push" && /\bremote (?:repository|repo|branch|branches)\b|\bto (?:the |a )?remote\b/.test(facts.descLower().slice(0, 400))) || (lemma === "commit" && /\b(?:and|then) push(?:es|ing)?\b|推送/.test(facts.descLower().slice(0, 400)));
      if ((MERGE_WORDS.has(lemma) && (words.has("pull") || words.has("branch") || words.has("files") || words.has("request"))) || pushesToRemote) {
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
      if (risk !== "high" && makesPublic(facts.descLower())) {
        // "Publishing sets its access control to public", "anyone with the link can view it": open to everyone.
        signals.add("changes-permissions");
        risk = "high";
        reasons.push("it opens what it touches to anyone");
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
        const setsSession = lemma === "set" && someIn(tokens, SESSION_SETTINGS);
        // "Connect to a MongoDB instance" given its connection string: the caller's own session, nothing changed there.
        const opensOwnConnection = lemma === "connect" && /^connects? to\b/.test(facts.firstLower) && facts.schema.propertyNames.some((k) => CONNECTION_STRING_KEY.test(k));
        const initsLocalRepo = lemma === "init" && !schema.urlProperty && !schema.remote && (words.has("git") || words.has("repo") || words.has("repository"));
        const ownOrView = TRIVIAL_ON[lemma];
        const trivialVerb = (TRIVIAL_VERBS.has(lemma) && !someIn(tokens, SHARED_OBJECTS)) || (ownOrView !== undefined && (someIn(tokens, ownOrView) || hasAny(words, ownOrView) || someIn(facts.firstLower.split(/[^a-z]+/), ownOrView))) || closesView || setsSession || initsLocalRepo || opensOwnConnection
          // An index or a cache rebuilt from its sources ("reindex", "refresh the schema cache") loses nothing: it is derived again.
          || REDERIVES_RE.test(facts.nameAndLead);
        // A board's, a team's or a saved view is what everyone who opens the board sees; a browser's view is one's own.
        const sharedView = (tokens.includes("view") || tokens.includes("views")) && SHARED_VIEW_RE.test(facts.nameAndLead);
        const trivial = !sinkVerb && !bulk && !sharedView && (!url || closesView) && !permissionWord && !schema.outputPathProperty && (trivialVerb || (someIn(tokens, TRIVIAL_WRITE_OBJECTS) && !privateObject));
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
      // A debugger's, a browser's, a shell's or a notebook's session is no one's login: ending it signs no one out.
      const sessionLike = (words.has("session") || words.has("sessions")) && !NOT_LOGIN_SESSION_RE.test(facts.nameAndLead);
      // An account's public SSH key is what new machines are given; deleting it locks no one out of a running one.
      const lockout =
        ((LOCKOUT_VERBS.has(lemma) || /终止|注销|撤销|吊销/.test(lemma)) &&
          (someIn(tokens, ACCESS_OBJECTS) || (sessionLike && (lemma === "terminate" || lemma === "revoke" || lemma === "invalidate" || /会话|终止/.test(facts.descHead.slice(0, 60)) || words.has("user") || words.has("users") || words.has("active") || words.has("login")))) &&
          !namesPublicKey(facts)) ||
        lemma === "revoke";
      if (lockout) {
        signals.add("locks-out");
        risk = "critical";
        reasons.push("it ends sessions or revokes access, locking people out");
      }
      if (permissionWord && !lockout) signals.add("changes-permissions");
      // A custom field or a column is part of every record: its values go from all of them at once.
      if (risk !== "critical" && SCHEMA_FIELD_RE.test(facts.nameAndLead)) {
        risk = "critical";
        reasons.push("a field's definition goes, and with it its value in every record");
      }
      // A folder deleted for good takes every file in it; one kept in a trash or an archive can be brought back whole.
      if (risk !== "critical" && DELETING_VERBS.has(lemma) && signals.has("irreversible") && FOLDER_RE.test(facts.nameAndLead) && !KEPT_RE.test(facts.descLower())) {
        risk = "critical";
        reasons.push("a folder goes for good with everything in it");
      }
      if (risk !== "critical" && takesAttachedThings(facts.descLower())) {
        risk = "critical";
        reasons.push("what it removes takes everything attached to it along");
      }
      // "Delete rows" with a filter: every record the filter matches goes, however many.
      const byFilter = RECORDS.has(headNoun(objects) ?? "") && schema.propertyNames.some((k) => FILTER_KEY.test(k));
      if (bulk || byFilter || DESTROYS_ALL_RE.test(facts.firstSentence)) {
        risk = "critical";
        signals.add("bulk-operation");
        reasons.push("it destroys many things in one call");
      }
      if (wideWord && !(wideWord === "all" && bulk) && !objects.some((t) => t === "from" || t === "of") && !(wideWord.startsWith("account") && disconnectsAccount(facts)) && (WIPING_VERBS.has(lemma) || /删除|清空|销毁|注销|解散/.test(lemma))) {
        risk = "critical";
        reasons.push(`destroying ${WIDE_WORD_PHRASES[wideWord] ?? objectPhrase([wideWord])} is wide and hard to recover`);
        if (infraWord) signals.add("account-wide");
      }
      if (facts.schema.forceProperty || words.has("force")) {
        if (words.has("push") || words.has("force")) {
          risk = "critical";
          reasons.push("it can force-overwrite shared history");
        }
      }
      if (risk === "high") {
        const what = `what it removes or ends${verb?.source === "name" && objects.length ? ` (${withoutRepeats(objects).map(displayWord).join(" ")})` : ""}`;
        // Where the description says it can be recovered, the rationale must not say it cannot.
        reasons.push(signals.has("irreversible") ? `${what} cannot be brought back` : `${what} is gone until someone restores it`);
      }
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
        (MONEY_MOVES.has(headNoun(objects) ?? "") && !EDITS_A_RECORD.has(verb?.lemma ?? "")) || /支付|付款|转账|退款|充值|提现|购买|下单|扣款/.test(verb?.lemma ?? "");
      if (moves) {
        risk = "critical";
        reasons.push("money moves or an order is placed in one call");
      } else if (someIn(tokens, BULK_WORDS) || schema.batchOperationProperty) {
        risk = "critical";
        signals.add("bulk-operation");
        reasons.push("it changes many orders, payments or ledger entries in one call");
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
  return risk;
}

/** Whether a description's head says the call opens something to everyone; most say neither word, which is checked first. */
function makesPublic(lower: string): boolean {
  const head = lower.length > 400 ? lower.slice(0, 400) : lower;
  return (head.includes("public") || head.includes("anyone")) && MAKES_PUBLIC_RE.test(head);
}

/** A description that says the call opens something to everyone, anywhere in its head (not only its first sentence). */
const MAKES_PUBLIC_RE = /\b(?:sets?|setting|changes?|switch(?:es)?|makes?|turns?)\b[^.]{0,60}\bto public\b|\bpublic(?:ly)? (?:accessible|visible|available) to (?:anyone|everyone)\b|\banyone (?:with the link )?can (?:view|access|see|open)\b/;

/** "DNS_updateDNSRecords" names DNS twice: say it once. */
function withoutRepeats(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) if (out[out.length - 1] !== w) out.push(w);
  return out;
}

/**
 * Reads that hand over more than they seem to: logs (which collect personal data and secrets),
 * any key of a cache or key-value store (sessions and tokens live there), and the content of
 * any local file the caller names, by path or by search.
 */
const KV_GETS = new Set(["get", "gets", "mget", "hget", "hgetall", "getall", "many", "multi", "value", "values"]);
const KV_NOT_VALUES = new Set(["info", "stats", "config", "ttl", "type", "size", "count", "len", "llen", "dbsize", "keys", "exists", "index", "indexes", "schema"]);

function readExposure(facts: Facts, objects: readonly string[]): string | null {
  const head = headNoun(objects);
  if (head && LOG_OBJECTS.has(head) && !facts.tokens.some((t) => t === "stream" || t === "streams" || t === "groups" || t === "config" || t === "level" || t === "git")) {
    return "it returns logs, which collect personal data and secrets";
  }
  if (hasAny(facts.serverWords, KV_SERVER) && facts.tokens.some((t) => KV_GETS.has(t)) && !facts.tokens.some((t) => KV_NOT_VALUES.has(t))) {
    return "it returns the value of any key, and sessions and tokens are kept there";
  }
  if (facts.tokens.some((t) => LIVE_STATE_OBJECTS.has(t)) && inDebugger(facts)) {
    return "it returns a running program's live values, which hold whatever the program holds (tokens and passwords included)";
  }
  if (PAY_OR_HEALTH_RE.test(facts.nameAndLead) || (HR_FILE_RE.test(facts.nameText) && PERSONNEL_RE.test(facts.nameText))) {
    return "it returns a person's pay, health or personnel file, private even one record at a time";
  }
  // Searching inside local files hands back their lines; a search of a hosted repository's files reads no local file.
  const searchesInFiles = (SEARCH_IN_FILES_RE.test(facts.nameText) || (facts.nameVerb?.lemma === "search" && SEARCH_IN_FILES_DESC_RE.test(facts.firstLower))) && !facts.schema.remote;
  if (searchesInFiles || facts.schema.localPathProperty || (facts.schema.propertyNames.length > 0 && LOCAL_PATH_NOTE_RE.test(facts.descHead.slice(0, 600)))) {
    return "it returns the content of any local file the caller names";
  }
  return null;
}

/** What a person earns, their health and their civil status: private in one record, not only in bulk. */
const PAY_OR_HEALTH_RE = /\b(?:salary|salaries|payslips?|pay slips?|paystubs?|pay stubs?|compensation|civil status|social security numbers?|passport numbers?|medical records?|health records?)\b/;
/** A personnel file's parts, in an HR tool's names ("resources_administrative", "employee_benefits"). */
const HR_FILE_RE = /\b(?:administrative|advantages|benefits)\b/;
const PERSONNEL_RE = /\b(?:resources?|employees?|candidates?|staff|workers?|personnel)\b/;

/** A mailbox searched, or one message read whole ("yahoo_mail_read", "get_mail_message_mime"): someone's correspondence. */
function readsMail(facts: Facts, verb: Verb | null): boolean {
  const { tokens } = facts;
  if (!tokens.some((t) => MAIL_WORDS.has(t))) return false;
  const lemma = verb?.lemma ?? "";
  if (lemma === "search") return true;
  return GETTING_VERBS.has(lemma) && tokens.some((t) => MESSAGE_CONTENT.has(t));
}
const MAIL_WORDS = new Set(["mail", "email", "emails", "gmail", "outlook", "inbox", "mailbox"]);
const MESSAGE_CONTENT = new Set(["message", "messages", "body", "mime", "raw", "read", "thread"]);

/** Words that make sessions, profiles, calendars or accounts a tool's own things rather than people's. */
const TOOL_THINGS_RE = /\b(?:debug|debugging|browser|plenary|brainstorming|quality|forwarding|price|prices|lunar|chinese|terminal|tmux|ad|ads)\s(?:sessions?|profiles?|calendars?|accounts?)\b/;

/** Records a filter picks out by the many, and the inputs that carry the filter. */
const RECORDS = new Set(["rows", "records", "documents", "docs", "items", "entries", "keys", "messages", "objects", "events"]);
const FILTER_KEY = /^(?:filter|filters|where|criteria|conditions?|match|selector)$/i;

/** Editing an order or a payment already made moves no money by itself ("update a sales order"). */
const EDITS_A_RECORD = new Set(["update", "edit", "modify", "patch", "set", "change", "amend", "rename", "tag", "label", "annotate", "note"]);

/** Verbs that bring a running system up or down (or schedule it to be). */
const POWER_VERBS = new Set(["start", "stop", "schedule"]);
/** What runs in a cloud account and is used by people: applications, machines, databases. */
const RUNNING_SYSTEMS = new Set(["application", "applications", "app", "apps", "instance", "instances", "server", "servers", "system", "systems", "machine", "machines", "vm", "vms", "cluster", "clusters", "database", "databases", "db", "runtime", "runtimes", "environment", "environments"]);

const CALENDAR_ENTRIES = new Set(["event", "events", "appointment", "appointments", "entries", "meetings", "view"]);
const GETTING_VERBS = new Set(["get", "fetch", "read", "retrieve", "load"]);
const MANY_RE = /\b(?:all|every|entire)\b|所有|全部/i;
/** What MANY_RE cannot match without (in lower case). */
const MANY_WORDS = ["all", "every", "entire", "所有", "全部"];

/** Kinds of thing whose listing is people's correspondence, files or diaries, in the singular. */
const PRIVATE_LISTINGS = new Set([
  "message", "contact", "email", "dialog", "member", "conversation", "chat", "dm", "calendar",
  // Records of people kept by employers, clinics, shops and recruiters.
  "employee", "candidate", "applicant", "patient", "customer", "prospect", "lead", "subscriber",
  // What a business pays, bills and owes people, and their hours, leave and hiring, listed in bulk.
  "invoice", "payment", "expense", "timesheet", "attendance", "absence", "leave", "contract", "salary", "payslip",
  "payroll", "interview", "dispute", "estimate", "payout",
  // A mailbox searched or listed by its service's name ("gmail_search", "outlook_search"): people's mail.
  "gmail", "outlook",
]);

/**
 * Whether a listing of this private object hands over people's things: a calendar's events are, a
 * webhook's are not. A listing of files hands over their names, not their content; a listing
 * named for one "file" ("list file contents") hands over what is in it.
 */
function listsPeoplesThings(privateObject: string, headObject: string | undefined, facts: Facts): boolean {
  if (privateObject === "file") return true;
  const singular = privateObject.endsWith("s") ? privateObject.slice(0, -1) : privateObject;
  // A calendar's events are people's days; its groups, resources and permissions are not.
  if (singular === "calendar") return CALENDAR_ENTRIES.has(headObject ?? "");
  if (PRIVATE_LISTINGS.has(singular)) return true;
  return singular === "event" && (facts.words.has("calendar") || /\bcalendar\b/i.test(facts.firstSentence));
}

/** What a listing can be of that holds no one's data, whatever word comes before it ("file types", "message templates"). */
const NOT_PRIVATE_HEADS = new Set(["type", "types", "format", "formats", "extension", "extensions", "kind", "kinds", "category", "categories", "template", "templates", "schema", "schemas", "field", "fields", "tag", "tags", "label", "labels", "setting", "settings", "rule", "rules", "folder", "folders", "group", "groups", "campaign", "campaigns", "reaction", "reactions", "form", "forms", "stage", "stages", "schedule", "schedules", "provider", "providers", "integration", "integrations", "method", "methods"]);

/** Verbs of tools that report on files (problems found) rather than hand their content back. */
const DIAGNOSTIC_VERBS = new Set(["lint", "validate"]);

/** A debugged program's live state: its variables and memory hold whatever the program holds. */
const LIVE_STATE_OBJECTS = new Set(["variables", "variable", "locals", "memory", "registers"]);

/**
 * "Delete all", "flush all cache entries", "删除所有": the removal reaches everything of a kind. An
 * "all" elsewhere in the sentence ("list all tags, delete a tag", "replaces all content of the
 * document") is about one target, or not about the removal at all; "clear all" empties one
 * container (a cart, a session's storage, an agent's memory; 清空) rather than reaching many.
 */
const DESTROYS_ALL_RE = /\b(?:delete|deletes|deleting|remove|removes|removing|clean ?up|cleans up|flush|flushes|flushing|wipe|wipes|wiping|purge|purges|purging|drop|drops|dropping|destroy|destroys|destroying|erase|erases|erasing|truncate|truncates|kill|kills|terminate|terminates|revoke|revokes|cancel|cancels|uninstall|uninstalls)\s(?:of\s)?(?:all|every|everything)\b|(?:删除|移除|销毁|撤销|终止)[^，。；,.\n]{0,4}?(?:所有|全部)|(?:所有|全部)[^，。；,.\n]{0,10}?(?:删除|移除|销毁)/i;

/**
 * The SSH keys a cloud account or a host keeps for logging in are public keys ("list_ssh_keys",
 * "Retrieve public keys attached to a machine"): reading them hands no secret over. A private key
 * says so.
 */
function publicSshKeys(secretWord: string, facts: Facts): boolean {
  return (secretWord === "ssh" || secretWord === "ssh key") && facts.tokens.some((t) => t === "key" || t === "keys") && !PRIVATE_KEY_RE.test(facts.nameAndLead);
}
/**
 * An account connected to this one ("Remove a Facebook ad account connection", "a connected social
 * media account", "Remove a Microsoft account from the cache"): the link goes, the account stays.
 */
function disconnectsAccount(facts: Facts): boolean {
  return CONNECTED_ACCOUNT_RE.test(facts.descLower().slice(0, 300));
}
const CONNECTED_ACCOUNT_RE = /\bconnected (?:[\w-]+ ){0,3}accounts?\b|\baccounts? connections?\b|\baccounts? from (?:the |its |this )?(?:cache|list|location|workspace)\b|\b(?:unlink|disconnect)s? (?:an? |the )?(?:[\w-]+ ){0,3}accounts?\b/;
/** Inputs that take a store's connection string: what connecting to it for one's own session is given. */
const CONNECTION_STRING_KEY = /^(?:connection_?string|connection_?uri|connection_?url|dsn|database_?url|mongo_?uri)$/i;
/** Rebuilding or refreshing an index, a cache or embeddings: what they hold is derived again from its sources. */
const REDERIVES_RE = /^(?:reindex|re index)\b|\b(?:re-?build|refresh|re-?index|re-?generate|re-?compute)\w* (?:of )?(?:the |a |its )?(?:[\w-]+ ){0,2}?(?:index|indexes|indices|cache|caches|embeddings)\b/;
/** A public key, named without a private one: giving it out or taking it back grants or locks out no session. */
function namesPublicKey(facts: Facts): boolean {
  return PUBLIC_KEY_RE.test(facts.nameAndLead) && !PRIVATE_KEY_RE.test(facts.nameAndLead);
}
const PUBLIC_KEY_RE = /\bssh (?:public )?keys?\b|\bpublic keys?\b|\bpublickey\b/;
const PRIVATE_KEY_RE = /\bprivate\b|\bsecret\b|\bpassphrase\b|\bid_(?:rsa|ed25519|ecdsa)\b/;

/** Views that others see too: a board's, a project's, a team's, a saved or shared one. */
const SHARED_VIEW_RE = /\b(?:board|project|team|workspace|dashboard|saved|shared|public|org|organi[sz]ation)\s(?:\w+\s)?views?\b|\bviews?\s(?:of|on|for)\s(?:the\s|a\s)?(?:board|project|team|workspace|dashboard)\b/;

/** Marking things read or seen (or acknowledging them): their read state is all that changes. */
const MARKS_READ_RE = /^(?:\w+\s)?(?:mark|ack|acknowledge)\s(?:\w+\s){0,3}?(?:as\s)?(?:read|seen|unread)\b|^(?:\w+\s)?(?:ack|acknowledge)\s(?:\w+\s)?(?:events?|notifications?|messages?)$|\bmarks? (?:\w+ ){0,3}?as (?:read|seen|unread)\b/;

/** A field every record holds, named as such ("custom field", "column", "field definition"). */
const SCHEMA_FIELD_RE = /\bcustom (?:fields?|attributes?|properties)\b|\b(?:fields?|columns?|attributes?) definitions?\b|\b(?:drop|delete|remove) (?:an? |the )?columns?\b/;
/**
 * Whether a deletion takes other things along: "and all its stages", "along with every event". Not
 * when the description says it does not ("never cascade"), nor when what goes along is only the
 * thing's own parts (its versions, settings, chunks or data).
 */
function takesAttachedThings(lower: string): boolean {
  const m = CASCADE_RE.exec(lower);
  if (!m) return false;
  if (CASCADE_DENIED_RE.test(lower.slice(Math.max(0, m.index - 30), m.index))) return false;
  const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 60);
  return !OWN_PARTS_RE.test(after) || CARRIED_THINGS_RE.test(after);
}
/** What, named among the parts, is more than the thing's own: "configurations and conversation history". */
const CARRIED_THINGS_RE = /\b(?:history|histories|messages|conversations|contents|files|records|documents|events|entries|predictions|outputs|users)\b/;
const CASCADE_DENIED_RE = /\b(?:never|not|no|without|doesn't|won't|cannot)\b[^.]*$/;
const OWN_PARTS_RE = /^\s*(?:associated\s|related\s)?(?:versions?|revisions?|configurations?|settings|chunks|rules|metadata|data)\b/;
/** A deletion that takes what hangs off it along ("and all its messages", "cascade"). */
const CASCADE_RE = /\b(?:and all (?:of )?(?:its|their|associated|related|child|nested)|along with (?:all|its|their|every)|all (?:associated|related|child|nested|contained|linked)|cascad(?:e|es|ing)|from all (?:\w+ )?(?:documents|records|budgets|transactions|items|projects|users)|with all (?:its|their) (?:\w+ )?(?:messages|data|contents|files|records|history))\b|及其所有|连同|级联/;

/**
 * The members of a team, a project, a group or a workspace (who is on a project, a team's
 * usernames, the members of a private network): who belongs, not their personal details. A
 * chat's members, an organisation's whole roster, or a listing that says it returns their emails
 * or phone numbers are people's data in bulk.
 */
function scopedRoster(facts: Facts, headObject: string | undefined): boolean {
  if (headObject !== "members" && headObject !== "member") return false;
  const { tokens } = facts;
  if (!tokens.some((t) => ROSTER_CONTAINERS.has(t)) || tokens.some((t) => CONVERSATION_WORDS.includes(t))) return false;
  return !CONTACT_DETAILS_RE.test(facts.descLower().slice(0, 300));
}
const ROSTER_CONTAINERS = new Set(["team", "teams", "project", "projects", "group", "groups", "workspace", "workspaces", "vpc", "dataset", "pds", "resource", "repository", "repo", "board", "cycle", "module"]);
const CONTACT_DETAILS_RE = /\b(?:e-?mails?|e-mail addresses|phone(?: numbers?)?|contact (?:details|info(?:rmation)?)|addresses)\b/;

/** Counts and figures about people ("active users metrics"), or notes about a release: no one's own data. */
function aboutNoOne(facts: Facts): boolean {
  const { words } = facts;
  if (words.has("release") && (words.has("notes") || words.has("note"))) return true;
  return AGGREGATE_RE.test(facts.firstSentence);
}
const AGGREGATE_RE = /\b(?:metrics|analytics|statistics|stats|aggregated?|counts)\b/i;

/** Reading a whole store: a dump or export of a database or table. */
const WHOLE_STORE_VERBS = new Set(["dump", "export", "backup"]);
const STORE_OBJECTS = new Set(["database", "databases", "db", "table", "tables", "collection", "collections"]);
/** Records that are people: all of them at once is personal data in bulk. */
const PEOPLE = new Set(["user", "users", "member", "members", "customer", "customers", "employee", "employees", "candidate", "candidates", "contact", "contacts", "patient", "patients", "person", "people", "subscriber", "subscribers"]);
/** What a person carries: its location is theirs. */
const PERSON_DEVICES = new Set(["device", "phone", "user", "gps", "live", "member", "owner", "driver", "employee"]);
