/**
 * Stage one: what the tool does. The name's verb usually decides; the description's leading
 * verbs, an operation enum and the schema's runnable text refine it. Money and running code
 * are decided here too, since they change what kind of action it is.
 */
import { freeOperationTool, verbQuote, type Facts, type Verb } from "../detect";
import { NOUNISH, partOfForeignWord, READ_ONLY_RE, VERB_FORMS, WORD_RE } from "../compiled";
import {
  COPIES_OR_MOVES_NAME_RE,
  AMBIGUOUS_MONEY,
  DATA_NOUNS,
  DELETING_VERBS,
  HELP_NOUNS,
  MONEY_CONTEXT_RE,
  MONEY_OBJECTS,
  NOUNISH_VERBS,
  type Action,
} from "../lexicon";
import { asksAModel, computesEmbeddings, containsAny, findSecretWord, hasAny, kindOfServer, looksLikeAnalysis, strongest, STRENGTH, type Trail } from "./shared";

export interface ActionDecision {
  /** Never "manage": a multi-operation tool is judged by the strongest operation it offers. */
  action: Exclude<Action, "manage">;
  /** The verb the action rests on, if any. */
  verb: Verb | null;
  /** Neither name nor description said plainly what it does. */
  vague: boolean;
}

export function decideAction(facts: Facts, trail: Trail): ActionDecision {
  const { tokens, words, schema } = facts;
  const { evidence, reasons, doubts, signals } = trail;
  let confidence = trail.confidence;
  let verb = facts.nameVerb;
  let action: Action | null = verb?.action ?? null;
  if (verb) evidence.push({ where: "name", text: facts.name });

  // Several verbs in the name joined by "or"/"and" ("create_or_delete"): the strongest counts.
  if (facts.nameVerbs.length > 1 && (words.has("or") || words.has("and"))) {
    for (const v of facts.nameVerbs) if (STRENGTH[v.action] > STRENGTH[action ?? "read"] && !v.word.endsWith("ed")) ({ action, verb } = { action: v.action, verb: v });
  }

  const descLead = strongest(facts.descVerbs);
  // Two verbs in a name not joined by "or"/"and", the last a read ending it ("setup_check", "purchase_order_get"): when the
  // description opens with that read, it is the action and the first verb is part of the object.
  if (verb && descLead && facts.nameVerbs.length > 1 && !words.has("or") && !words.has("and") && descLead.lemma !== verb.lemma) {
    const last = facts.nameVerbs[facts.nameVerbs.length - 1];
    const named = last && last.action === "read" && last.lemma !== "generate" && last.lemma === descLead.lemma && last.word === last.lemma && last.word === tokens[tokens.length - 1] && facts.descVerbs.every((v) => v.action === "read") && !/\b(?:persists?|saves?|stores?|writes?|creates?)\b/.test(facts.firstLower) ? last : undefined;
    if (named) {
      action = named.action;
      verb = named;
    }
  }
  // "schedule_config_checks": a verb's "-s" form ending the name is the object (config checks); when the description
  // opens with the name's other verb ("Schedule recurring configuration checks"), that verb is the action.
  if (verb && descLead && verb.word !== verb.lemma && verb.word.endsWith("s") && verb.word === tokens[tokens.length - 1]) {
    const other = facts.nameVerbs.find((v) => v !== verb && v.lemma === descLead.lemma);
    if (other) {
      action = other.action;
      verb = other;
    }
  }
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
  // "Executes batched operations" runs no code: what it executes is the operations it offers.
  const runsOperations = action === "exec" && !facts.execKind && facts.operationVerbs.length > 0;
  if (action === "manage" || !action || facts.operationVerbs.length) {
    const offered = strongest(facts.operationVerbs);
    if (offered && ((runsOperations && STRENGTH[offered.action] > STRENGTH.write) || STRENGTH[offered.action] > STRENGTH[action ?? "read"]) && offered.action !== "manage") {
      action = offered.action;
      evidence.push({ where: "inputSchema", text: `${schema.operationProperty ?? schema.batchOperationProperty ?? "operation"} offers "${offered.word}"` });
      if (!verb || verb.action === "manage") verb = offered;
    }
  }
  if (action === "manage" || (!action && facts.descAllActions.size) || (freeOperationTool(facts) && facts.descAllActions.size)) {
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
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!MONEY_OBJECTS.has(t)) continue;
    // An invoice template, an order's notes, a group of transactions: a thing about money that bills no one.
    if (NOT_MONEY_AFTER.has(tokens[i + 1] ?? "")) continue;
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
  // "swap" moves money only among assets: two panes, two timetable slots or two models swap places.
  if (action === "money" && verb?.lemma === "swap" && !moneyObject && !kindOfServer(facts.serverWords).money && !SWAP_ASSETS_RE.test(facts.descLower())) {
    action = "write";
  }
  // Deleting a record about money (an invoice, a coupon, a price, a ledger entry) moves none; deleting a charge or a payment undoes it.
  const deletesMoneyRecord = action === "destroy" && DELETING_VERBS.has(verb?.lemma ?? "") && !!moneyToken && (!MONEY_MOVEMENTS.has(moneyToken) || deletesOrderRecord(facts, moneyToken));
  if ((action === "write" || action === "destroy" || action === "exec") && moneyToken && !deletesMoneyRecord) {
    action = "money";
  }

  // Execution: an exec-capable verb with a code object; without one it is a fixed action.
  if (facts.execKind && action !== "money") {
    const lemma = verb?.lemma ?? "";
    // A property said to run its code runs it whatever the tool's verb ("step the game until this GDScript expression holds").
    const execCapable = action === "exec" || facts.descVerbs[0]?.action === "exec" || ["query", "evaluate", "invoke", "call", "apply", "run", "execute"].includes(lemma) || !verb || NOUNISH_VERBS.has(lemma) || facts.schema.evaluatedCodeProperty !== null;
    if (execCapable || action === "manage") {
      action = "exec";
      if (facts.execQuote) evidence.push(facts.execQuote);
    }
  }
  if (action === "exec" && !facts.execKind) {
    // "Evaluate math expressions", "compute statistics on numbers": arithmetic on what the caller gives changes nothing.
    action = facts.annotations.readOnly || COMPUTES_RE.test(facts.firstLower) ? "read" : "write";
    // A runner of transactions said to insert, change or remove records: what it runs can delete.
    if (action === "write" && RUNS_DELETES_RE.test(facts.descLower().slice(0, 300))) {
      action = "destroy";
      reasons.push("what it runs can delete");
    }
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
  // A multi-operation tool whose every operation reads ("action": "list" | "get") only reads.
  if ((action === "manage" || !action) && facts.operationVerbs.length && facts.operationVerbs.every((v) => v.action === "read")) {
    action = "read";
    verb = facts.operationVerbs[0] ?? verb;
  }
  if (action) {
    const refined = refineAction(facts, action, verb);
    if (refined) {
      action = refined.action;
      if (refined.reason) reasons.push(refined.reason);
      if (refined.doubt) doubts.push(refined.doubt);
    }
  }
  // "KPI card: revenue this month", "Composed chart showing revenue vs orders", "Perform linear
  // regression analysis", "Take one shape away from another": a description that names a view of
  // data or a computation, with no verb of ours, says plainly that it works something out.
  if ((!action || (action === "manage" && verb?.source === "description")) && !facts.annotations.destructive && facts.annotations.readOnly !== false && describesAComputation(facts.firstLower)) {
    action = "read";
    verb = { action: "read", lemma: "compute", word: "compute", source: "description" };
    confidence -= 0.1;
    doubts.push("no verb names the action, but the description names a view of data or a computation, so it is taken as a read");
  }
  // A definition that names no action but says outright that it changes nothing is a read.
  if ((!action || action === "manage") && READ_ONLY_RE.test(facts.descHead) && facts.annotations.destructive !== true) {
    action = "read";
    confidence -= 0.1;
    doubts.push("the name says no action, but the description says it changes nothing");
  }
  // "Adds two numbers": arithmetic changes nothing.
  if ((action === "write" || action === "destroy") && ARITHMETIC_VERBS.has(verb?.lemma ?? "") && ARITHMETIC_RE.test(facts.firstSentence)) {
    action = "read";
    verb = verb ? { ...verb, action: "read" } : verb;
  }
  // "Chat with a model": asking a language model changes nothing. Nor does the verb of a
  // description whose name has none (a code model's gap-filling completion, sentence embeddings
  // made on the machine): what the model makes comes back to the caller.
  // A call billed to an account (paid from the caller's credits) spends something: the verb stands.
  const nameless = !action || action === "manage" || (action === "write" && verb?.source === "description" && !BILLED_CALL_RE.test(facts.firstLower));
  if (nameless && (asksAModel(facts) || computesEmbeddings(facts)) && !facts.schema.outputPathProperty) {
    action = "read";
    doubts.push("the name says no action; it asks a language model and returns the answer");
  }
  // A sign-in code traded for tokens, or a stale access token renewed: the call mints a credential
  // and hands it back, a read of a secret (unless it says the token is kept: stored, cached).
  if ((!action || action === "manage" || action === "write") && TOKEN_EXCHANGE_RE.test(facts.firstLower) && !TOKEN_KEPT_RE.test(facts.descLower().slice(0, 300)) && findSecretWord(facts)) {
    action = "read";
    verb = { action: "read", lemma: "get", word: verb?.word ?? "exchange", source: verb?.source ?? "description" };
    reasons.push("it mints an access token and hands it back");
  }
  if (!action || action === "manage") {
    // Nothing recognisable: lean on the annotations, but never below a cautious write.
    vague = true;
    if (facts.annotations.destructive === true) action = "destroy";
    else if (facts.annotations.readOnly === true) action = "read";
    else action = facts.descriptionLength === 0 ? "write" : (strongestMentioned(facts) ?? (looksLikeAnalysis(facts) || DESCRIBES_THE_ANSWER_RE.test(facts.firstLower) ? "read" : "write"));
    // The author says it is not read-only: a read guessed from the description's other verbs is not believed.
    if (action === "read" && facts.annotations.readOnly === false) action = "write";
    // A step said to be running still: a mention of running, with nothing the caller writes to run, runs no code of theirs.
    if (action === "exec" && !facts.execKind) action = "write";
    confidence = Math.min(confidence, 0.45);
    doubts.push("neither the name nor the description says plainly what it does");
    signals.add("vague-definition");
  }

  trail.confidence = confidence;
  return { action, verb, vague };
}

/** What a cancellation takes away for good: a scheduled message (never sent) or a meeting (called off for everyone). */
function cancelsForGood(facts: Facts): boolean {
  const { tokens } = facts;
  const scheduledMessage = tokens.includes("scheduled") && tokens.some((t) => SCHEDULED_SENDINGS.has(t));
  const meeting = tokens.some((t) => t === "meeting" || t === "meetings") || (tokens.some((t) => t === "event" || t === "events") && (tokens.includes("calendar") || /\b(?:calendar|meeting|attendees)\b/.test(facts.firstLower)));
  return scheduledMessage || meeting || /^(?:\w+\s)?cancels? (?:a |an |the )?(?:previously )?scheduled (?:\w+ )?(?:message|email|e-mail|post|sms|tweet)s?\b/.test(facts.firstLower);
}
const SCHEDULED_SENDINGS = new Set(["message", "messages", "email", "emails", "mail", "post", "posts", "sms", "tweet", "tweets", "newsletter", "broadcast"]);
/**
 * A property that replaces the thing the tool is named for, or its whole content ("slides": "to
 * replace existing slides" on update_slides). One that replaces a field (a cell, the attendees) edits.
 */
function replacesTheThing(facts: Facts): boolean {
  const key = facts.schema.replacingProperty?.toLowerCase();
  return !!key && (WHOLE_CONTENT_KEYS.has(key) || facts.tokens.includes(key));
}
const WHOLE_CONTENT_KEYS = new Set(["content", "contents", "body", "text", "data"]);
const REPORT_TO_SERVICE_RE = /^(?:\W*)report (?:an? |a whole |whether |if |back )|^(?:\W*)report [^.]{0,40}\bto (?:the |your )?(?:[\w-]+ ){0,3}(?:webhook|endpoint|server|service|api|control plane|platform|crm|team)\b/;
const RESTORING_WORDS = new Set(["untrash", "undelete", "unarchive"]);
const OUT_OF_TRASH_RE = /^(?:\w+\s)?(?:remove|take|move|get)s? (?:an? |the )?(?:\w+ )?(?:\w+ )?(?:out of|from) (?:the )?(?:trash|bin|recycle bin|deleted items)\b(?! (?:permanently|for good|forever))/;
const INTEGRATIONS = new Set(["service", "services", "provider", "providers", "integration", "integrations", "config", "app", "apps", "connector", "connectors", "oauth", "gateway", "account", "accounts", "channel", "platform"]);
const OWN_LINKS = new Set(["connection", "session", "client", "socket", "server", "database", "db", "device", "wallet", "browser"]);
/** Verbs of a change whose input can replace what is there, when a property says it does. */
const REPLACING_VERBS = new Set(["update", "edit", "modify", "set", "save", "write", "put", "change", "upload"]);
const FIND_AND_REPLACE_RE = /\bfind\s(?:and\s)?replace\b|\breplace\s(?:all\s)?text\b|\breplaces?\s(?:all\s)?(?:occurrences|matches|instances)\b/;
const REPLACED_CONFIGURATION = new Set(["page", "theme", "brand", "customization", "customisation", "settings", "domain"]);
/** Verbs of a change to an existing file: given its whole content, they write over it. */
const WHOLE_FILE_VERBS = new Set(["update", "write", "save", "put", "modify", "edit", "overwrite"]);
const EXISTING_FILE_RE = /\ban existing (?:[\w-]+ ){0,3}?file\b/;
/** An isolated, throwaway sandbox's files are its own: writing over one there loses nothing anyone keeps. */
function writesInASandbox(facts: Facts): boolean {
  return facts.tokens.includes("sandbox") || facts.serverWords.has("sandbox") || SANDBOX_RE.test(facts.firstLower);
}
const SANDBOX_RE = /\bsandbox(?:ed)?\b/;
const VERIFYING_VERBS = new Set(["verify", "check", "confirm", "validate"]);
const SUBMITS_PROOF_RE = /\b(?:verify|confirm|check|submit)s? (?:the |a |an |your )?(?:\w+ )?(?:otp|one-time|verification|sms|e-?mail|\d-(?:digit|character)) ?(?:codes?|otp|pin|passcode)\b|\b(?:verify|confirm)s? (?:the |a |an |your )?(?:otp|one-time (?:code|password)|passcode)\b|\bverify your (?:identity|account|e-?mail|phone(?: number)?)\b|\bby submitting\b|\bverify an? e-?mail (?:address )?for sending\b/;
const JOB_STARTED_RE = /^(?:\w+\s)?(?:trigger|start|queue|kick off|initiate)s? (?:a |an |the )?(?:new |background |manual |full |fresh |one-off )?(?:[\w-]+ )?(?:fetch|scan|crawl|sync|synchroni[sz]ation|refresh|re-?index|indexing|discovery|detection)\b(?! (?:status|results?|report)\b)|^(?:\w+\s)?(?:start|begin)s? (?:crawling|scanning|indexing|syncing)\b/;
const TOKEN_EXCHANGE_RE = /^(?:\w+\s)?(?:exchanges?|trades?|swaps?|redeems?) (?:an? |the |your )?(?:[\w-]+ ){0,3}?(?:codes?|grants?|tokens?|credentials?) for (?:an? |the |new |fresh )*(?:[\w-]+ )?(?:access|refresh|id|bearer|session|api)\b(?: and (?:access|refresh|id) )?(?: tokens?)?|^(?:\w+\s)?(?:refresh(?:es)?|renews?) (?:an? |the |your )?(?:expired |current |existing )?(?:[\w-]+ )?(?:access|oauth|bearer|session) tokens?\b|^(?:\w+\s)?(?:resolves?|obtains?|gets?|mints?) (?:an? |the )?(?:working |valid |fresh |new )?(?:[\w-]+ )?(?:access|oauth|bearer) tokens?\b|^(?:\w+\s)?gets? an? (?:access )?token using (?:an? |the )?(?:authori[sz]ation|auth) code\b/;
const TOKEN_KEPT_RE = /\b(?:stores?|saves?|caches?|persists?|keeps?|writes?) (?:the |it |them |its )?(?:new |fresh |returned )?(?:tokens?|it|them|credentials?)\b|\bstore (?:the )?(?:oauth )?tokens? for\b/;
const BILLED_CALL_RE = /\b(?:billed|charged|paid) (?:from|to|against|with)\b|\b(?:spends?|deducts?|consumes?|uses) (?:\w+ )?credits\b/;

/** A view of data named as a thing (a chart, a KPI, usage figures) or a computation said without one of our verbs. */
function describesAComputation(firstLower: string): boolean {
  return DATA_VIEW_RE.test(firstLower) || PERFORMED_ANALYSIS_RE.test(firstLower) || GEOMETRY_RE.test(firstLower) || ARITHMETIC_ON_GIVEN_RE.test(firstLower);
}
/**
 * "Divide two numbers", "Mod two numbers", "Square root of a number": arithmetic on the numbers the
 * caller gives, under a verb or a name ("div", "sqrt") the lexicon does not know.
 */
const ARITHMETIC_ON_GIVEN_RE = /^(?:\w+\s)?(?:(?:two|2|the given|a list of)\s(?:numbers|integers|numeric values)|(?:square|cube|nth)\sroot\sof\s(?:a|the given|two)\snumbers?|(?:absolute value|factorial|logarithm|remainder|modulo|quotient)\sof\s(?:a|the given|two)\snumbers?)[.!]?\s*$/;
const DATA_VIEW_RE = /^(?:[\w&/+().-]+\s){0,6}?(?:kpis?|charts?|graphs?|dashboards?|overview|summary|statistics|stats|metrics|funnel|breakdown|trends?|histogram|usage|aging|info|calculation|calculations)\b(?![-\s](?:id|ids|name|names)\b)|^(?:[\w&/+().-]+\s){0,6}?(?:showing|comparing|displaying)\b|^(?:the\s)?(?:number|count|total|average|percentage|ratio)\sof\b|\bover\stime\b|\bwith\sthe\s(?:maximum|minimum|most|highest|lowest|fewest)\s(?:number|count|amount)\sof\b/;
const PERFORMED_ANALYSIS_RE = /^(?:performs?|conducts?|runs?|does)\s(?:an?\s|the\s)?(?:[\w-]+\s){0,3}?(?:analysis|analyses|calculation|computation|regression|correlation)\b/;
const GEOMETRY_RE = /^(?:subtracts?|simplif(?:y|ies)|snaps?|buffers?|intersects?|unions?|splits?|offsets?|smooths?)\s(?:[\w-]+\s){0,3}?(?:polygons?|linestrings?|lines?|points?|geometr(?:y|ies)|coordinates?|routes?|shapes?|features?)\b/;

const ARITHMETIC_VERBS = new Set(["add", "subtract", "multiply", "divide", "sum"]);
const ARITHMETIC_RE = /\b(?:two|2|several|the given|a list of) (?:numbers|integers|numeric values|values)\b|\b(?:numbers|integers)\b[^.]{0,20}\b(?:together|from each other|and returns? (?:the )?(?:sum|difference|product|quotient|result))\b/i;

const VIEW_ONLY_VERBS = new Set(["scroll", "hover", "switch", "select", "focus", "zoom", "resize", "wait", "highlight"]);
const VIEW_ONLY_OBJECTS = new Set(["tab", "tabs", "page", "window", "viewport", "browser", "element", "frame"]);
const FOCUS_VERBS = new Set(["select", "switch", "focus"]);
const TAB_OBJECTS = new Set(["tab", "tabs", "page", "pages", "window", "windows", "frame", "frames"]);
function deleteSwitch(facts: Facts): string | undefined {
  return facts.schema.propertyNames.find((k) => DELETE_SWITCH_KEY.test(k));
}
const DELETE_SWITCH_KEY = /^(?:delete|remove|purge|drop)_?(?:raw|source|sources|original|originals|after|afterwards|old|existing|history|input|inputs)$/i;

const UNPACK_VERBS = new Set(["extract", "unzip", "untar", "unpack", "decompress", "unarchive"]);
const ARCHIVE_RE = /\b(?:archive|archives|zip|tar|tarball|tgz|gz|7z|rar)\b/;
const CONVERTS_INTO_FILES_RE = /\binto (?:\w+ ){0,2}(?:docs|documents|files|sheets|spreadsheets|slides|presentations|pages)\b/;

/** A sentence about working something out from given values: maths, dates, geometry, conversions. */
const COMPUTES_RE = /\b(?:evaluat\w*|comput\w*|calculat\w*|arithmetic|convert\w*|conversion)\b[^.]{0,30}\b(?:math|maths|mathematical|arithmetic|statistics|numbers?|formulas?|dates?|durations?|units?|geometry|polygons?|distances?|coordinates?|checksums?|hashes)\b/;

const ANALYSIS_OBJECTS = new Set(["audit", "audits", "analysis", "analyze", "scan", "scans", "lint", "linter", "check", "checks", "inspection", "profile", "profiler", "lighthouse", "knip", "benchmark", "diagnostics", "report"]);
/** A runner of steps or operations whose description says they can delete. */
const RUNS_DELETES_RE = /\b(?:creat(?:e|ing)|updat(?:e|ing)|insert(?:ing)?),? (?:\w+,? )?(?:and|or) (?:delet(?:e|ing)|remov(?:e|ing))\b|\bincluding (?:deletes|deletions)\b/;

/** An aggregate query run, a diagnostic review run: what runs only reads. */
const RUNS_ANALYSIS_RE = /^(?:\w+ ){0,2}?(?:runs?|executes?) (?:an? |the )?(?:[\w.-]+ ){0,3}?(?:diagnostics?|review|audit|analysis|scan|scanner|queries with group by)\b/;
const ENDED_OBJECTS = new Set(["pty", "process", "processes", "terminal", "secret", "handle", "handles"]);
/** A property naming where the tool writes a file: then a "generate" or "export" writes. */
const IRREVERSIBLE_STRONG_RE = /\b(?:cannot|can ?not|can't) be (?:undone|reversed|recovered|restored|resumed)|\birreversibl[ey]\b|\bpermanently (?:removes?|deletes?|strips?|erases?|discards?|destroys?)\b|\bno undo\b|无法恢复|不可恢复|不可逆/i;
const REPLACES_WHOLE_RE = /\breplac(?:e|es|ing) (?:the )?(?:entire|whole|all|existing)\b(?! (?:\w+ )?(?:settings|options|preferences|config|configuration|emulation|filters?|view|state)\b)|\breplac(?:e|es|ing) (?:the )?(?:\w+ )?contents? (?:of|in)\b|\boverwrites?\b|\b(?:omitted|missing) (?:\w+ )?(?:are|will be) (?:removed|deleted|dropped)\b/i;

/** What REPLACES_WHOLE_RE cannot match without (in lower case). */
const REPLACES_WHOLE_WORDS = ["replac", "overwrit", "omitted", "missing"];
/** REPLACES_WHOLE_RE on part of the description head, gated on the whole head's lower case. */
function replacesWhole(facts: Facts, headPart: string): boolean {
  return containsAny(facts.descLower(), REPLACES_WHOLE_WORDS) && REPLACES_WHOLE_RE.test(headPart);
}

/** A capture of what is on screen. */
const CAPTURE_WORDS = new Set(["screenshot", "screenshots", "screencap", "screencapture", "snapshot"]);

/** Verbs of set-up tools that may only say how: "install", "init", "setup". */
const INSTRUCTS_VERBS = new Set(["install", "init", "setup", "bootstrap"]);
const WRITES_INSTRUCTIONS_RE = /^(?:generates?|returns?|gets?|shows?|provides?|prints?|builds?)\b[^.]{0,60}\b(?:commands?|instructions|steps)\b/;

/** Markers put on things (tags, labels, reactions, favourites): removing one from a thing detaches it (deleting a label outright, not from one thing, deletes the label itself). */
const DETACH_NAME_RE = /\b(?:remove|detach)\s(?:\w+\s)?(?:tag|tags|label|labels|reaction|reactions|emoji|favorite|favorites|favourite|favourites|star)\sfrom\b|\bremove\sfrom\s(?:favorites|favourites)\b/;
const DETACH_TEXT_RE = /^(?:removes?|detach(?:es)?) (?:a |an |the |one or more |specific |a specific )?(?:[\w-]+ ){0,2}?(?:tags?|labels?|reactions?|favou?rites?|stars?) from (?:a|an|the|one|this|that|its|their|specified|given|[\w-]+ (?:issue|task|message|note|item|record|contact|document|page|post|merge|pull|firewall|bookmark))\b/;

/** An input naming the project's root directory. */
const PROJECT_ROOT_KEY = /^(?:project_?(?:path|root|dir|directory|folder)|workspace_?(?:path|root|dir))$/i;

/** Verbs that treat a statement as text (format it, check its syntax) without running it. */
const LOADING_VERBS = new Set(["load", "import", "open", "restore", "apply", "reset"]);
/**
 * A saved question, card or query ("create new question/chart" with its SQL) stores the statement for
 * someone to run later; this call runs nothing. (Running it is another tool, judged on its own.)
 */
function savesAQuery(facts: Facts, lemma: string): boolean {
  return SAVING_VERBS.has(lemma) && facts.tokens.some((t) => SAVED_QUERY_OBJECTS.has(t)) && !RUNS_IT_TOO_RE.test(facts.firstLower);
}
const SAVING_VERBS = new Set(["create", "save", "add", "new", "update", "edit"]);
const SAVED_QUERY_OBJECTS = new Set(["question", "questions", "card", "cards", "snippet", "snippets", "saved", "bookmark"]);
const RUNS_IT_TOO_RE = /\b(?:and (?:then )?(?:runs?|executes?)|runs? it|executes? it)\b/;
const TEXT_ONLY_VERBS = new Set(["format", "validate", "parse", "lint", "convert", "translate", "generate", "suggest", "explain_text", "highlight", "render"]);
/** A verb glossed as a deletion: "Archive (delete) a meeting", "archives, i.e. deletes, the record". */
const GLOSSED_AS_DELETE_RE = /^\w+\s*\(\s*(?:permanently\s)?(?:delete|deletes|remove|removes)\s*\)|^\w+s?,?\s+(?:i\.e\.|that is),?\s+(?:delete|deletes|removes?)\b/;
const SQL_MENTION_RE = /\b(?:sql|ddl|dml|soql|cypher|statement|statements|select query)\b/i;

const WRITES_FILES_RE = /\b(?:writes?|written|saves?|saved|stores?|stored|outputs?|emits?|generates?|creates?)\b[^.\n]{0,40}\b(?:to|into|in|under) (?:a |the |your |each |new )?(?:\w+'s )?(?:local |project |output |image |images )?(?:files?|disk|directory|directories|folder|project|workspace|path|repo|repository)\b|\bsaves? the (?:results?|images?|output|outputs|files?) (?:and|to|as)\b/;
const WRITES_FILES_ZH_RE = /(?:生成|写入|保存|输出|创建)(?:到|至|于)[^，。；\n]{0,40}?(?:\.|\/|文件|目录|项目)/;
const NEGATED_WRITE_RE = /\b(?:not|never|no|without|won't|doesn't)\s+(?:\w+\s+)?(?:write|save|store|create|modify)/;

function writesFiles(facts: Facts): boolean {
  const lower = facts.descLower();
  const head = lower.length > 500 ? lower.slice(0, 500) : lower;
  if (NEGATED_WRITE_RE.test(head)) return false;
  return WRITES_FILES_RE.test(head) || (facts.cjk && WRITES_FILES_ZH_RE.test(facts.descHead));
}

interface Refinement {
  action: Action;
  reason?: string;
  doubt?: string;
}

/**
 * Corrections by kind of tool, after the verb has spoken: what the verb suggests and what the
 * tool does differ in a few recurring ways, each listed here once.
 */
function endsSomething(lemma: string): boolean {
  return lemma === "close" || lemma === "end" || lemma === "stop";
}

const NOT_MONEY_AFTER = new Set(["template", "templates", "note", "notes", "attachment", "attachments", "tag", "tags", "comment", "comments", "group", "groups", "category", "categories"]);

/** Money objects that are themselves a movement of money: deleting one cancels it. */
/** What a swap of assets names: tokens, coins, currencies, a DEX, slippage, a wallet, a chain. */
const SWAP_ASSETS_RE = /\b(?:tokens?|coins?|crypto\w*|currenc(?:y|ies)|stablecoins?|eth|btc|usdc|usdt|sol|dex|amm|liquidity|slippage|amounts?|funds|assets?|wallets?|chains?|on-?chain|uniswap|jupiter|pancakeswap|raydium|lamports|wei|gwei|quote|price)\b|兑换|代币|币/;
/**
 * A shop's or an ERP's order deleted is a record gone (labellers rate it destructive); a broker's
 * order deleted is a trade cancelled. Only an order on a market, or a delete that says it cancels, moves money.
 */
function deletesOrderRecord(facts: Facts, moneyToken: string): boolean {
  if (moneyToken !== "order" && moneyToken !== "orders") return false;
  return !MARKET_ORDER_RE.test(`${facts.firstLower} ${[...facts.serverWords].join(" ")}`);
}
const MARKET_ORDER_RE = /\b(?:cancel\w*|trad(?:e|es|ing)|broker\w*|stocks?|shares|market|limit|exchange|positions?|kite|zerodha|alpaca|binance|robinhood|coinbase|crypto)\b/;
const MONEY_MOVEMENTS = new Set(["charge", "charges", "payment", "payments", "transfer", "transfers", "payout", "payouts", "refund", "refunds", "order", "orders", "trade", "trades", "subscription", "subscriptions", "position", "positions"]);

/** What a cloud snapshot copies. */
const SNAPSHOTTED_SYSTEMS = new Set(["droplet", "droplets", "vm", "vms", "instance", "instances", "volume", "volumes", "disk", "disks", "server", "servers", "database", "databases", "db", "cluster", "clusters", "share", "nfs", "image", "images"]);

/** Parts of a document, sheet or deck that a "format" restyles where they are. */
const FORMATTED_PARTS = new Set(["doc", "docs", "document", "sheet", "sheets", "slide", "slides", "range", "ranges", "cell", "cells", "shape", "shapes", "paragraph", "paragraphs", "border", "borders", "font", "fill", "workbook", "worksheet", "spreadsheet", "presentation"]);

/** What is generated is then kept: imported, saved, stored, added or written somewhere. */
const GENERATED_AND_STORED_RE = /\band (?:then )?(?:imports?|saves?|stores?|adds?|writes?|uploads?|publishes?|inserts?)\s(?:it|them|the\s\w+)\s(?:into|to|in)\b/;

const CACHE_CLEARING_VERBS = new Set(["clear", "purge", "flush", "invalidate"]);
/** A description that says the tool writes a file. */
const WRITES_A_FILE_RE = /\b(?:writes?|saves?|creates?|generates?|produces?|exports?)\b[^.\n]{0,60}\b(?:files?|\.docx|\.csv|\.png|\.svg|\.pdf|\.xlsx)\b/;
/**
 * A description that, with no verb anywhere, says what comes back ("The next event that has not
 * started yet", "Every pair of events that overlap", "Where the time went"): the answer to a question, a read.
 * Not "the tool that ..." or "the assistant ...", which name the tool rather than its answer.
 */
const DESCRIBES_THE_ANSWER_RE = /^(?:the|every|each|all|what|which|where|when|whether|how (?:many|much|long|often))\s(?!(?:\w+\s)?(?:tool|tools|assistant|agent|server|service)\b)/;
const CACHE_CLEARED_RE = /^(?:\w+\s){0,2}?(?:clears?|purges?|flush(?:es)?|invalidates?)\s(?:the\s|all\s)?(?:[\w-]+\s){0,3}?cache\b/;
/** A cache spoken of by its entries, keys or values is used as a store: its entries are data. */
const CACHE_ENTRIES_RE = /\b(?:entries|keys|values)\b/;
/** Servers that are a cache: what they hold is the data itself. */
const CACHE_STORE_SERVER = new Set(["memcached", "redis", "valkey", "elasticache", "memcache", "dragonfly", "keydb"]);

export function refineAction(facts: Facts, action: Action, verb: Verb | null): Refinement | null {
  const { tokens } = facts;
  const lemma = verb?.lemma ?? "";
  // Recording the screen captures what is shown, as a screenshot does.
  if (action === "write" && lemma === "record" && tokens.some((t) => t === "video" || t === "screen" || t === "screencast")) {
    return { action: "read" };
  }
  // Unpacking an archive into a folder writes files (over existing ones, with an overwrite switch); turning the PDFs of a
  // folder into editable documents makes new documents. Neither only reads.
  if (action === "read" && UNPACK_VERBS.has(lemma) && ARCHIVE_RE.test(facts.nameAndLead)) {
    return facts.schema.forceProperty ? { action: "destroy", reason: "it can overwrite the files it unpacks over" } : { action: "write" };
  }
  if (action === "read" && lemma === "convert" && CONVERTS_INTO_FILES_RE.test(facts.firstLower)) return { action: "write" };
  // "Generate" names what is made; the description says where it goes: a new collection built from a spec, or the result imported somewhere.
  if (action === "read" && lemma === "generate" && verb?.source === "name" && (facts.descVerbs[0]?.action === "write" || GENERATED_AND_STORED_RE.test(facts.firstLower))) return { action: "write" };
  // Formatting cells, a range or a slide's text restyles the document in place; formatting a citation only returns text.
  if (action === "read" && lemma === "format" && tokens.some((t) => FORMATTED_PARTS.has(t))) return { action: "write" };
  // A snapshot of a machine, a disk or a database is a new stored copy the account keeps (and pays for), not a look at a page.
  if (action === "read" && (lemma === "snapshot" || (lemma === "convert" && tokens.some((t) => t === "image" || t === "backup"))) && (tokens.some((t) => SNAPSHOTTED_SYSTEMS.has(t)) || /\bto (?:a )?snapshot\b/.test(facts.firstLower)) && kindOfServer(facts.serverWords).infra) {
    return { action: "write" };
  }
  // A bank sync, a background scan or a site crawl set going: the verb of what the job does is a
  // read, but the call starts a job on the service, which keeps what it finds.
  if (action === "read" && JOB_STARTED_RE.test(facts.firstLower) && !facts.annotations.readOnly) {
    return { action: "write", reason: "it starts a job on the service, which keeps what the job finds" };
  }
  // An SMS code checked, an identity proven to a platform, photos of a document sent in: the call
  // submits an attempt or a proof, which uses up tries and sets what the service holds verified.
  // Checking a signature or a status only reads.
  if (action === "read" && VERIFYING_VERBS.has(lemma) && SUBMITS_PROOF_RE.test(facts.firstLower) && !facts.annotations.readOnly) {
    return { action: "write", reason: "it submits a code or a proof to the service, which records the attempt" };
  }
  // Cancelling a scheduled message or a meeting: the message is deleted before it goes, the meeting
  // is called off for everyone invited. Neither can be taken back (a run or a job cancelled stops, a write).
  if (action === "write" && lemma === "cancel" && cancelsForGood(facts)) {
    return { action: "destroy", reason: "what it cancels is gone for good: the message never goes out, the meeting is called off for everyone" };
  }
  // An integration taken off an account loses its stored grant, and whatever ran through it
  // (payments, syncs) stops. Closing one's own connection or session to a database is not that.
  if (action === "write" && lemma === "disconnect" && tokens.some((t) => INTEGRATIONS.has(t)) && !tokens.some((t) => OWN_LINKS.has(t))) {
    return { action: "destroy", reason: "it takes an integration off the account, with its stored grant, and what ran through it stops" };
  }
  // "untrash_message": "Remove a message from the trash" brings it back; nothing is lost.
  if (action === "destroy" && (tokens.some((t) => RESTORING_WORDS.has(t)) || OUT_OF_TRASH_RE.test(facts.firstLower))) {
    return { action: "write", reason: "it takes something out of the trash, which restores it" };
  }
  // "Report …" in the imperative (an outcome, a payment, whether a result helped): the caller's report
  // goes to the service, which records it. "Reports …" describes what comes back.
  if (action === "read" && lemma === "report" && REPORT_TO_SERVICE_RE.test(facts.firstLower)) {
    return { action: "write", reason: "the caller's report goes to the service, which records it" };
  }
  // A switch that makes the call delete as well ("delete_raw": true, "remove_source"): the worst call deletes.
  const deletes = action === "read" || action === "write" ? deleteSwitch(facts) : undefined;
  if (deletes) return { action: "destroy", reason: `"${deletes}" makes the call delete as well` };
  // Looking around a page changes nothing: scroll, hover, switch tabs (the rubric's navigation).
  // Choosing among tabs or pages is looking; choosing an option in a form is filling it in.
  const viewObject = FOCUS_VERBS.has(lemma) ? tokens.some((t) => TAB_OBJECTS.has(t)) : tokens.some((t) => VIEW_ONLY_OBJECTS.has(t));
  if (action === "write" && VIEW_ONLY_VERBS.has(lemma) && viewObject && !facts.schema.urlProperty) {
    return { action: "read" };
  }
  // "Run an audit", "run knip": running an analysis reads; running tests or commands does not.
  if ((action === "write" || action === "exec") && (lemma === "run" || lemma === "execute") && !facts.execKind && (tokens.some((t) => ANALYSIS_OBJECTS.has(t)) || RUNS_ANALYSIS_RE.test(facts.firstLower))) {
    return { action: "read" };
  }
  // A site's, a CDN's or a query layer's cache is rebuilt from its source: clearing it loses nothing (a cache server's entries, or a cache described by them, are data).
  if (action === "destroy" && CACHE_CLEARING_VERBS.has(lemma) && (tokens.includes("cache") || tokens.includes("caches") || CACHE_CLEARED_RE.test(facts.firstLower)) && !hasAny(facts.serverWords, CACHE_STORE_SERVER) && !CACHE_ENTRIES_RE.test(facts.firstLower)) {
    return { action: "write", reason: "a cache is rebuilt from its source, so clearing it loses nothing" };
  }
  // Closing a terminal, a process or a secret chat ends it for good.
  if (action === "write" && (endsSomething(lemma) || facts.operationVerbs.some((v) => endsSomething(v.lemma))) && tokens.some((t) => ENDED_OBJECTS.has(t))) {
    return { action: "destroy", reason: "what it closes does not come back" };
  }
  if (action === "write") {
    const head = facts.descHead.length > 400 ? facts.descHead.slice(0, 400) : facts.descHead;
    // Replacing a whole thing discards what was there; so does a change its author calls irreversible.
    // Find-and-replace edits text in place (the document keeps its history); replacing a setting, a page
    // or a theme puts one configuration for another: both change what is there, and lose nothing kept.
    if (lemma === "replace" && (FIND_AND_REPLACE_RE.test(facts.nameAndLead) || tokens.some((t) => REPLACED_CONFIGURATION.has(t)))) {
      return { action: "write", reason: "it puts new text or a new configuration in place of the old, which is edited rather than lost" };
    }
    if (lemma === "replace" || (replacesWhole(facts, head) && !/\b(?:not|never|won't|without) overwrit/i.test(head)) || (REPLACING_VERBS.has(lemma) && replacesTheThing(facts))) {
      return { action: "destroy", reason: "it replaces what was there, which is lost" };
    }
    // A file's whole new content in one property ("update_text_file", content: "New file content"): what it held is gone.
    if (WHOLE_FILE_VERBS.has(lemma) && (tokens.includes("file") || EXISTING_FILE_RE.test(facts.firstLower)) && facts.schema.wholeContentProperty && !writesInASandbox(facts)) {
      return { action: "destroy", reason: "it writes a file's whole content over what the file held, which is lost" };
    }
    if (IRREVERSIBLE_STRONG_RE.test(head)) return { action: "destroy", reason: "its own description says it cannot be undone" };
    // "Archive (delete) a CRM object": the description glosses its verb as a deletion.
    if (GLOSSED_AS_DELETE_RE.test(facts.firstLower)) return { action: "destroy", reason: "its own description says it deletes" };
  }
  // "install_x" that "generates the shell command to install x": it hands back text for someone to run.
  if (action === "write" && INSTRUCTS_VERBS.has(lemma) && WRITES_INSTRUCTIONS_RE.test(facts.firstLower) && !facts.execKind) {
    return { action: "read", reason: "it returns the commands or instructions to run, and runs none of them" };
  }
  // Taking a tag, label or reaction off something detaches a marker: the thing stays, and the marker can be put back.
  if (action === "destroy" && (lemma === "remove" || lemma === "delete" || lemma === "detach") && (DETACH_NAME_RE.test(facts.nameText) || DETACH_TEXT_RE.test(facts.firstLower))) {
    return { action: "write", reason: "it takes a tag, label or reaction off something, which stays and can get it back" };
  }
  // Loading into the working session what replaces it whole ("load a file, replacing the entire diagram") loses what was there.
  if (action === "read" && LOADING_VERBS.has(lemma) && replacesWhole(facts, facts.descHead.slice(0, 400)) && !/\b(?:not|never|won't|without) (?:replac|overwrit)/i.test(facts.descHead.slice(0, 400))) {
    return { action: "destroy", reason: "what it loads replaces what was there, which is lost" };
  }
  // A statement the caller writes (DDL, a view's SELECT, EXPLAIN ANALYZE) runs against the store.
  if ((action === "read" || action === "write") && (!facts.execKind || facts.execKind === "query") && !TEXT_ONLY_VERBS.has(lemma) && !savesAQuery(facts, lemma) && (facts.schema.codeProperty?.kind === "query" || (facts.schema.queryProperty && (facts.schema.queryIsStatement || SQL_MENTION_RE.test(facts.firstSentence))))) {
    return { action: "exec", reason: "the caller writes the statement it runs" };
  }
  // A file written where the caller says, with a switch to replace one already there, can write over it (the rubric's "overwriting files").
  // A copy or a move with such a switch is the domain stage's (overwrites-destination).
  const overwrite = facts.schema.overwriteSwitch;
  if (overwrite && (action === "write" || action === "read") && !COPIES_OR_MOVES_NAME_RE.test(facts.nameText) && facts.annotations.readOnly !== true && (facts.schema.outputPathProperty || ((facts.schema.pathProperty || WRITES_A_FILE_RE.test(facts.firstLower)) && (action === "write" || writesFiles(facts))))) {
    return { action: "destroy", reason: `"${overwrite}" lets it write over a file that is already there` };
  }
  // A generator that says it writes what it makes into files writes.
  if (action === "read" && facts.annotations.readOnly !== true && writesFiles(facts)) {
    return { action: "write", reason: "it writes what it produces into files" };
  }
  // A generator handed the project's root ("generate a test plan" with projectPath) puts what it makes into the project.
  if (action === "read" && facts.annotations.readOnly !== true && (lemma === "generate" || lemma === "scaffold") && facts.schema.propertyNames.some((k) => PROJECT_ROOT_KEY.test(k))) {
    return { action: "write", reason: "it writes what it generates into the project" };
  }
  // A read that saves its output wherever the caller says writes a file.
  // A screenshot saved where the caller says is still a screenshot (the rubric's read), unlike a generated file.
  if (action === "read" && facts.annotations.readOnly !== true && facts.schema.outputPathProperty && !tokens.some((t) => CAPTURE_WORDS.has(t)) && !/\b(?:takes?|captures?) (?:an? |the )?(?:\w+ )?screenshots?\b/.test(facts.firstLower)) {
    return { action: "write", reason: "it writes a file wherever the caller says", doubt: "it reads or generates, but saves the result to a path the caller chooses" };
  }
  return null;
}

const NEGATIONS = new Set(["not", "never", "no", "without", "cannot", "doesn't", "won't", "don't"]);

/**
 * For a tool whose name and opening say nothing plain: the strongest action any verb in its
 * description's head names, negated verbs ("never saves anything") aside. Only reads named
 * means a read; anything stronger wins, since doubt goes up.
 */
function strongestMentioned(facts: Facts): Exclude<Action, "manage"> | null {
  const lower = facts.descLower();
  const text = lower.length > 400 ? lower.slice(0, 400) : lower;
  let best: Exclude<Action, "manage"> | null = null;
  let previous = "";
  let beforePrevious = "";
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const word = m[0];
    const info = partOfForeignWord(text, m.index, m.index + word.length) ? undefined : VERB_FORMS.get(word);
    if (info && info.action !== "manage" && !NEGATIONS.has(previous) && !NEGATIONS.has(beforePrevious) && !NOUNISH.has(info.lemma)) {
      if (!best || STRENGTH[info.action] > STRENGTH[best]) best = info.action;
    }
    beforePrevious = previous;
    previous = word;
  }
  return best;
}
