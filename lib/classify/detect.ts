/**
 * Reads one tool definition into facts: which verb acts on which objects, what the
 * description adds, what the schema says about scope, what the annotations claim, and
 * whether the text tries to instruct the model. No judgement happens here.
 */
import type { McpTool } from "../mcp/schema";
import { scanDefinition } from "../poisoning";
import {
  BULK_RE,
  EUROPEAN_VERB_FORMS,
  EXEC_PHRASE_RE,
  IRREVERSIBLE_RE,
  NEGATION_BEFORE_RE,
  NOUNISH,
  OVERWRITE_RE,
  PAGE_RE,
  SECRET_RETURN_RE,
  STORE_RE,
  VERB_FORMS,
  WORD_RE,
  partOfForeignWord,
  ZH_OBJECT_MAP,
  ZH_VERB_ACTION,
  zhObjectAt,
  zhVerbAt,
  type VerbInfo,
} from "./compiled";
import { CODE_OBJECTS, EXEC_NOUNS, NOISE_TOKENS, PAGE_WORDS, STORE_WORDS, VERBS, type Action } from "./lexicon";
import { schemaFacts, type SchemaFacts } from "./schema-facts";
import { hasCjk, nameTokens } from "./tokens";

export interface Quote {
  where: "name" | "title" | "description" | "inputSchema" | "annotations";
  text: string;
}

export interface Verb {
  action: Action;
  lemma: string;
  /** The word as written. */
  word: string;
  source: "name" | "title" | "description" | "schema";
}

export interface Facts {
  name: string;
  tokens: string[];
  /** Name tokens plus objects found in the title and Chinese description (English tokens). */
  words: Set<string>;
  /** The verb of the name (first real verb), if any. */
  nameVerb: Verb | null;
  /** Every verb in the name (for "create_or_delete"). */
  nameVerbs: Verb[];
  /** The leading verb(s) of the description: "Create, update or delete ..." gives three. */
  descVerbs: Verb[];
  /** Verbs anywhere in the description head (for multi-operation tools). */
  descAllActions: Set<Action>;
  /** Verbs offered by an operation enum in the schema. */
  operationVerbs: Verb[];
  /** The whole description (quotes are cut from it, so a quote never ends where the head was cut). */
  description: string;
  descHead: string;
  /** The description head in lower case (computed on first use). */
  descLower: () => string;
  firstSentence: string;
  /** The first sentence in lower case. */
  firstLower: string;
  /** The name's tokens joined by single spaces ("transfer erc20 tokens"), what name patterns read. */
  nameText: string;
  /** The name's words, then the first sentence in lower case: where a phrase is looked for in either. */
  nameAndLead: string;
  /** The first sentence with whitespace collapsed, for quoting. */
  gist: string;
  descriptionLength: number;
  cjk: boolean;
  schema: SchemaFacts;
  /** Execution surface: code (critical), query against a store or page script (high). */
  execKind: "code" | "query" | "page" | null;
  execQuote: Quote | null;
  /** Description words saying it hands back secrets (computed on first use). */
  secretQuote: () => Quote | null;
  bulkQuote: Quote | null;
  /** Description words saying the effect cannot be undone (computed on first use). */
  irreversibleQuote: () => Quote | null;
  overwriteQuote: Quote | null;
  poisoningQuote: Quote | null;
  annotations: { readOnly?: boolean; destructive?: boolean; openWorld?: boolean };
  serverWords: Set<string>;
}

// Cheap substring checks that gate the costlier phrase expressions (most descriptions fail them).
const SECRET_ANCHORS = ["key", "token", "secret", "password", "credential", "session", "cookie", "env", "connection", "phpinfo"];
const IRREVERSIBLE_ANCHORS = ["undo", "irrevers", "permanent", "recover", "无法", "不可", "永久"];
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

function mentions(lower: string, anchors: readonly string[]): boolean {
  for (const a of anchors) if (lower.includes(a)) return true;
  return false;
}

const PREDICATES = new Set(["is", "has", "can", "does", "should", "exists", "are"]);

const OVERWRITE_GATE_RE = /overwrit|覆盖/i;

const BATCH_NAME_WORDS = new Set(["batch", "bulk", "mass"]);
// A line break ends a sentence unless the next line carries it on in lower case (a docstring
// wrapped at 80 columns: "Retrieves the user including\nattached policies").
const SENTENCE_END = /(?:\.\s|\n(?![a-z(])|。|；|;|！|\?\s)/;
const HEAD_LENGTH = 800;

export function detect(tool: McpTool, serverWords: Set<string>): Facts {
  const name = tool.name;
  const description = typeof tool.description === "string" ? tool.description : "";
  const descHead = description.length > HEAD_LENGTH ? description.slice(0, HEAD_LENGTH) : description;
  const descLower = once(() => descHead.toLowerCase());
  const end = descHead.search(SENTENCE_END);
  const firstSentence = end === -1 ? descHead.slice(0, 300) : descHead.slice(0, Math.min(end, 300));
  const cjk = hasCjk(descHead);

  const tokens = nameTokens(name);
  const words = new Set(tokens);
  const title = typeof tool.title === "string" ? tool.title : typeof tool.annotations?.title === "string" ? tool.annotations.title : "";
  const titleTokens = title && !hasCjk(title) ? nameTokens(title) : [];
  for (const t of titleTokens) words.add(t);
  if (cjk || hasCjk(title)) addChineseObjects(`${title} ${firstSentenceOrHead(descHead)}`, words);

  // Names written in Chinese carry their verb as a phrase ("删除用户"); read them like a description.
  const cjkName = hasCjk(name);
  if (cjkName) addChineseObjects(name, words);
  const nameVerbs = cjkName ? chineseLeadingVerbs(name).map((v) => ({ ...v, source: "name" as const })) : withoutNounForms(verbsIn(tokens, "name"), tokens);
  // "is_connected", "has_access", "can_delete": a question about state is a read.
  const predicate = PREDICATES.has(tokens[0] ?? "") && tokens.length > 1;
  const nameVerb = predicate ? { action: "read" as const, lemma: "check", word: tokens[0] ?? "", source: "name" as const } : pickVerb(nameVerbs);
  const firstLower = firstSentence.toLowerCase();
  const nameText = tokens.join(" ");
  let descVerbs = leadingVerbs(firstLower);
  if (descVerbs.length === 0 && cjk) descVerbs = chineseLeadingVerbs(firstSentence);
  if (descVerbs.length === 0 && !cjk) descVerbs = europeanLeadingVerb(firstLower);
  if (descVerbs.length === 0 && !nameVerb && titleTokens.length) descVerbs = verbsIn(titleTokens, "title").slice(0, 1);
  if (descVerbs.length === 0 && !nameVerb && hasCjk(title)) descVerbs = chineseLeadingVerbs(title);

  const schema = schemaFacts(tool.inputSchema);
  // A tool named for a batch ("batch_records", "products_batch_update") does whatever its items may pick.
  const batchNamed = tokens.some((t) => BATCH_NAME_WORDS.has(t));
  const offered = batchNamed && schema.batchOperationWords.length ? [...schema.operationWords, ...schema.batchOperationWords] : schema.operationWords;
  const operationVerbs = verbsIn(offered, "schema").filter((v) => !NOUNISH.has(v.lemma) || v.action !== "write" || (v.word === v.lemma && schema.bareOperationWords.includes(v.word)));

  const facts: Facts = {
    name,
    tokens,
    words,
    nameVerb,
    nameVerbs,
    descVerbs,
    descAllActions: new Set(),
    operationVerbs,
    description,
    descHead,
    descLower,
    firstSentence,
    firstLower,
    nameText,
    nameAndLead: `${nameText} ${firstLower}`,
    gist: collapseSpace(firstSentence),
    descriptionLength: description.trim().length,
    cjk,
    schema,
    execKind: null,
    execQuote: null,
    secretQuote: once(() =>
      // What a tool returns is said up front; secrets named deep in usage notes are usually inputs.
      (mentions((descHead.length > 300 ? descHead.slice(0, 300) : descHead).toLowerCase(), SECRET_ANCHORS) ? quote("description", unwrapLines(descHead.slice(0, 300)), SECRET_RETURN_RE) : null) ??
        (cjk ? chineseSecret(descHead.slice(0, 200)) : null),
    ),
    bulkQuote: quote("description", firstSentence, BULK_RE),
    irreversibleQuote: once(() => (mentions(descLower(), IRREVERSIBLE_ANCHORS) ? quote("description", descHead, IRREVERSIBLE_RE) : null)),
    overwriteQuote: OVERWRITE_GATE_RE.test(descHead) ? overwriteQuote(descHead, description) : null,
    poisoningQuote: poisoningQuote(tool),
    annotations: {
      readOnly: tool.annotations?.readOnlyHint,
      destructive: tool.annotations?.destructiveHint,
      openWorld: tool.annotations?.openWorldHint,
    },
    serverWords,
  };
  if (isManage(facts)) collectAllActions(facts, facts.descLower(), facts.descHead);
  // A verbless tool with a free operation lists what it does up front: "List handles, get a name, or close a handle".
  else if (freeOperationTool(facts)) collectAllActions(facts, facts.firstLower, facts.firstSentence);
  detectExecution(facts);
  return facts;
}

/**
 * A docstring wrapped at 80 columns breaks its sentences with single newlines ("including the
 * profile name,\naccount ID, region, and credential information"); a blank line or a list item
 * still ends one.
 */
function unwrapLines(text: string): string {
  // A line that starts a list item ("  • cookies", "- token") is its own point, not the sentence's end.
  return text.includes("\n") ? text.replace(/([^\n])\n(?=[a-z0-9(])/gi, "$1 ") : text;
}

const UNUSUAL_SPACE = /\s\s|[^\S ]/;
/** Whitespace runs to one space, trimmed (most sentences have none to collapse: no copy then). */
function collapseSpace(text: string): string {
  return (UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, " ") : text).trim();
}

function firstSentenceOrHead(head: string): string {
  return head.length > 400 ? head.slice(0, 400) : head;
}

function addChineseObjects(text: string, into: Set<string>): void {
  for (let m = zhObjectAt(text, 0); m; m = zhObjectAt(text, m.index + m[0].length)) {
    const mapped = ZH_OBJECT_MAP.get(m[0].toLowerCase());
    if (mapped) into.add(mapped);
  }
}

function verbsIn(tokens: readonly string[], source: Verb["source"]): Verb[] {
  const out: Verb[] = [];
  for (const token of tokens) {
    const info = VERB_FORMS.get(token);
    if (info) out.push({ action: info.action, lemma: info.lemma, word: token, source });
    else if (token === "management" || token === "manager" || token === "admin") {
      if (source !== "name" || token !== "admin") out.push({ action: "manage", lemma: "manage", word: token, source });
    }
  }
  // "drag and drop" is a gesture, not a deletion.
  let gesture = false;
  for (const v of out) if (v.lemma === "drag") gesture = true;
  for (const t of tokens) if (t === "browser" || t === "element") gesture = true;
  return gesture ? out.filter((v) => v.lemma !== "drop") : out;
}

/**
 * "boond_projects_purchases", "account_transfers", "runtime_updates_manifest": a name's only verb,
 * in its "-s" form and not first, is a noun (a collection, or a noun before another), not an
 * action (names give actions in the plain form: "purchase_item", "transfer_funds").
 */
function withoutNounForms(verbs: Verb[], tokens: readonly string[]): Verb[] {
  if (verbs.length !== 1 || tokens.length < 2) return verbs;
  const only = verbs[0]!;
  return only.action !== "manage" && !NOUNISH.has(only.lemma) && isPluralForm(only) && only.word !== tokens[0] ? [] : verbs;
}

/** The name's verb: the first that is not usually a noun, else the first. */
function pickVerb(verbs: readonly Verb[]): Verb | null {
  // "runtime_grants_list", "grants_inspect": a verb's "-s" form before a verb in its plain form is a plural noun, the object.
  if (verbs.length > 1) {
    for (const v of verbs) if (!NOUNISH.has(v.lemma) && !isParticiple(v) && v.word === v.lemma && verbs.some((o) => o !== v && isPluralForm(o))) return v;
  }
  // Participles describe an object ("git_diff_unstaged", "list_deleted_items"): a real verb wins over them.
  for (const v of verbs) if (!NOUNISH.has(v.lemma) && !isParticiple(v)) return v;
  for (const v of verbs) if (!isParticiple(v)) return v;
  return verbs[0] ?? null;
}

function isPluralForm(v: Verb): boolean {
  return v.word !== v.lemma && v.word.endsWith("s");
}

function isParticiple(v: Verb): boolean {
  return v.word !== v.lemma && v.word.endsWith("ed");
}

const LIST_SEPARATOR_RE = /[,/&]/;
const CONNECTORS = new Set(["or", "and", "&", "and/or", "as", "well"]);
const LEAD_SKIP = new Set([
  "this", "tool", "tools", "to", "use", "used", "can", "you", "will", "allows", "allow", "lets", "let", "helps",
  "a", "an", "the", "it", "that", "which", "is", "for", "and", "or", "simple", "quick", "quickly", "easily", "directly",
  "we", "i", "mcp", "api", "function", "method", "endpoint", "also", "optionally", "just", "please", "here",
]);

const NOUN_BEFORE_OF = new Set(["bill", "bills", "order", "orders", "charge"]);
/** Words that open what a tool lets someone do ("allows you to", "lets users"). */
const ENABLER_WORDS = new Set(["allow", "allows", "let", "lets", "enable", "enables", "help", "helps"]);
const ENABLES_WHOM_RE = /^ (?:you|users?|the (?:user|agent|model|assistant|ai|caller)|agents?|ai (?:agents?|assistants?)|llms?|clients?)(?: to)?\b/;
/** Nouns an "-ing" form describes rather than acts on ("selling price", "trading hours", "billing address"). */
const DESCRIBED_NOUN_RE = /^ (?:prices?|costs?|fees?|address(?:es)?|volumes?|hours|history|limits?|power|cycles?|periods?|margins?|rates?|partners?|details|info|status)\b/;

/** "soft-delete", "force-push", "re-run": a verb behind a modifier is still that verb (a "dry-run" is not a run). */
function prefixedVerb(word: string): VerbInfo | undefined {
  const at = word.indexOf("-");
  return VERB_PREFIXES.has(word.slice(0, at)) ? VERB_FORMS.get(word.slice(at + 1)) : undefined;
}
const VERB_PREFIXES = new Set(["soft", "hard", "force", "auto", "re", "bulk", "batch", "mass", "safe", "deep", "full", "permanently"]);

/** "Create, update or delete a rule" → create, update, delete. Looks only at the opening words. */
function leadingVerbs(sentence: string): Verb[] {
  const out: Verb[] = [];
  WORD_RE.lastIndex = 0;
  let position = 0;
  let inList = false;
  let joined = false;
  let lastEnd = 0;
  for (let m = WORD_RE.exec(sentence); m; m = WORD_RE.exec(sentence)) {
    const word = m[0];
    if (partOfForeignWord(sentence, m.index, m.index + word.length)) continue;
    position++;
    const gapStart = lastEnd;
    lastEnd = m.index + word.length;
    // A description that opens on a participle ("Composed chart of ...", "Cached results for ...") names a thing, not an action.
    const form = VERB_FORMS.get(word) ?? (word.includes("-") ? prefixedVerb(word) : undefined);
    // "Bill of materials", "order of operations": a money word followed by "of" names a thing.
    const nounBeforeOf = form && NOUN_BEFORE_OF.has(word) && sentence.startsWith(" of ", m.index + word.length);
    // "Item selling price", "shipping cost", "billing address": an "-ing" form before such a noun describes it.
    const describesNoun = form && word.endsWith("ing") && form.lemma !== word && DESCRIBED_NOUN_RE.test(sentence.slice(lastEnd, lastEnd + 12));
    // "This tool allows you to calculate insights": what it lets the caller do is the action, not a permission.
    const enabler = form && ENABLER_WORDS.has(word) && ENABLES_WHOM_RE.test(sentence.slice(lastEnd, lastEnd + 30));
    if (enabler) continue;
    const info = (out.length === 0 && form && form.lemma !== word && word.endsWith("ed")) || nounBeforeOf || describesNoun ? undefined : form;
    // After the first verb, another verb joins the list only after "or", "and", a comma or a slash:
    // "Create, update or delete a rule" is three verbs, "List runs" is one.
    if (info && (!inList || joined || LIST_SEPARATOR_RE.test(sentence.slice(gapStart, m.index)))) {
      out.push({ action: info.action, lemma: info.lemma, word, source: "description" });
      inList = true;
      joined = false;
      continue;
    }
    if (inList) {
      if (CONNECTORS.has(word)) {
        joined = true;
        continue;
      }
      break;
    }
    if (!LEAD_SKIP.has(word) || position > 8) {
      if (position > 3) break;
    }
  }
  return out;
}

/**
 * "Récupère les contacts d'une société", "Elimina un registro", "Löscht die Datei": the verb a
 * description in a European language opens with, among its first three words (the one before
 * it may be a subject: "Cette fonction supprime ..."). A verb of several words ("met à jour")
 * is looked up whole before its first word.
 */
function europeanLeadingVerb(sentence: string): Verb[] {
  const words = sentence.slice(0, 80).match(EUROPEAN_WORD_RE);
  if (!words) return [];
  for (let i = 0; i < Math.min(words.length, 3); i++) {
    for (let length = EUROPEAN_VERB_MAX_WORDS; length >= 1; length--) {
      if (i + length > words.length) continue;
      const phrase = words.slice(i, i + length).join(" ");
      const info = EUROPEAN_VERB_FORMS.get(phrase);
      if (info) return [{ action: info.action, lemma: info.lemma, word: phrase, source: "description" }];
    }
  }
  return [];
}
const EUROPEAN_VERB_MAX_WORDS = Math.max(...[...EUROPEAN_VERB_FORMS.keys()].map((k) => k.split(" ").length));
const EUROPEAN_WORD_RE = /\p{L}[\p{L}'’-]*/gu;

/** The earliest Chinese verb phrase in a sentence (and any joined to it by 或/和/、). */
function chineseLeadingVerbs(sentence: string): Verb[] {
  const out: Verb[] = [];
  let lastEnd = -1;
  for (let m = zhVerbAt(sentence, 0); m; m = zhVerbAt(sentence, m.index + m[0].length)) {
    if (lastEnd !== -1) {
      const between = sentence.slice(lastEnd, m.index);
      if (!/^\s*(?:或|和|、|及|与|\/|或者)?\s*$/.test(between)) break;
    }
    const action = ZH_VERB_ACTION.get(m[0]);
    if (action) out.push({ action, lemma: m[0], word: m[0], source: "description" });
    lastEnd = m.index + m[0].length;
    if (out.length >= 4) break;
  }
  return out;
}

/** A tool whose name has no verb and whose operation is free text: its description lists what it can do. */
export function freeOperationTool(facts: Facts): boolean {
  return facts.schema.freeOperation && !facts.nameVerb;
}

function isManage(facts: Facts): boolean {
  if (facts.nameVerb?.action === "manage") return true;
  if (facts.nameVerb) return false;
  return facts.descVerbs.some((v) => v.action === "manage");
}

const ALL_ACTION_RE = new RegExp(
  `\\b(?:${[...VERBS.destroy, "execute", "exec", "run", "create", "update", "modify", "write", "insert", "put", "start", "stop"].join("|")})(?:s|es|ed|d|ing)?\\b`,
  "gi",
);

/** For multi-operation tools: every action the description mentions. */
function collectAllActions(facts: Facts, lower: string, text: string): void {
  ALL_ACTION_RE.lastIndex = 0;
  for (let m = ALL_ACTION_RE.exec(lower); m; m = ALL_ACTION_RE.exec(lower)) {
    const info = VERB_FORMS.get(m[0].toLowerCase());
    if (info) facts.descAllActions.add(info.action);
  }
  if (facts.cjk) {
    for (let m = zhVerbAt(text, 0); m; m = zhVerbAt(text, m.index + m[0].length)) {
      const action = ZH_VERB_ACTION.get(m[0]);
      if (action) facts.descAllActions.add(action);
    }
  }
}

const JUDGES_RE = /\b(?:evaluat\w*|assess\w*|scor(?:e|es|ing)|review\w*|audit\w*|grad(?:e|es|ing)|rat(?:e|es|ing)|check(?:s|ing)?)\b[^.]{0,80}\bagainst\b|\breturns? (?:a |an )?(?:score|grade|rating)\b/;

const EXEC_CAPABLE = new Set(["exec", "execute", "eval", "evaluate", "run", "interpret", "spawn", "sh", "query", "invoke", "call", "apply"]);

/** Whether the tool runs text the caller chooses, and of which kind. */
function detectExecution(facts: Facts): void {
  const { tokens, schema } = facts;
  const verbs = facts.nameVerbs.length ? facts.nameVerbs : facts.descVerbs;
  // A description's "execute" counts only when it says what runs ("execute a SQL query", "run shell commands").
  let execVerb: Verb | undefined;
  for (const v of verbs) {
    if ((v.action === "exec" || EXEC_CAPABLE.has(v.lemma)) && (v.source === "name" || EXEC_PHRASE_RE.test(facts.firstSentence))) {
      execVerb = v;
      break;
    }
  }
  let execNoun: string | undefined;
  for (const t of tokens) if (EXEC_NOUNS.has(t)) { execNoun = t; break; }
  // Whether the text runs against a data store or in a browser page: asked only once an
  // execution surface is in sight (most tools have none), then remembered.
  let store: boolean | undefined;
  let page: boolean | undefined;
  const onlyNounish = !facts.nameVerb || NOUNISH.has(facts.nameVerb.lemma) || facts.nameVerb.action === "exec";

  let kind: "code" | "query" | "page" | null = null;
  let evidence: Quote | null = null;
  const descLeadsExec = facts.descVerbs[0]?.action === "exec" && EXEC_PHRASE_RE.test(facts.firstSentence) && (!!execNoun || !!schema.codeProperty || (!!schema.queryProperty && (store ??= inStoreContext(facts))));
  if (execVerb || (execNoun && onlyNounish) || descLeadsExec) {
    for (const t of tokens) {
      const k = CODE_OBJECTS[t];
      if (!k) continue;
      if (t === "query" || t === "queries") {
        if (!(store ??= inStoreContext(facts))) continue;
        // "Query logs" with a time range and a level: a lookup whose inputs hold no statement to run.
        if (schema.propertyNames.length > 0 && !schema.queryProperty && !schema.codeProperty && !schema.paramsProperty) continue;
      }
      if (t === "process" && execVerb?.lemma !== "spawn") continue;
      kind = k === "page" || ((page ??= inPageContext(facts)) && k === "code" && t === "script") ? "page" : k;
      evidence = { where: "name", text: name(facts) };
      break;
    }
    if (!kind && execNoun) {
      kind = CODE_OBJECTS[execNoun] ?? (execNoun === "exec" ? "code" : "query");
      evidence = { where: "name", text: name(facts) };
    }
    // "Evaluates a design against the framework and returns a score": the code it is given is judged, not run.
    if (!kind && schema.codeProperty && !JUDGES_RE.test(facts.firstLower)) {
      const k = schema.codeProperty.kind;
      if (k !== "page" || (page ??= inPageContext(facts))) {
        kind = k === "code" && (page ??= inPageContext(facts)) ? "page" : k;
        evidence = { where: "inputSchema", text: `property "${schema.codeProperty.name}" holds the text to run` };
      }
    }
    if (!kind && schema.queryProperty && (store ??= inStoreContext(facts)) && execVerb) {
      kind = "query";
      evidence = { where: "inputSchema", text: `property "${schema.queryProperty}" holds the query to run` };
    }
    if (!kind) {
      const m = EXEC_PHRASE_RE.exec(facts.descHead);
      if (m) {
        const object = (m[1] ?? "").toLowerCase();
        const base = /^(?:sql|query|queries|cypher|opencypher|gremlin|graphql|statements?|promql)$/.test(object)
          ? "query"
          : /^(?:javascript|js|expression)$/.test(object)
            ? ((page ??= inPageContext(facts))) ? "page" : "code"
            : "code";
        if (base !== "query" || (store ??= inStoreContext(facts)) || object !== "query" && object !== "queries") {
          kind = base;
          evidence = { where: "description", text: around(facts.description, m.index, m[0].length) };
        }
      }
    }
  }
  // A tool that names no action at all ("idb", no description) whose command property says its text is run: the tool is that command line.
  if (!kind && !execVerb && !facts.nameVerb && facts.descVerbs.length === 0 && schema.codeProperty?.kind === "code" && schema.codePropertyRuns) {
    kind = "code";
    evidence = { where: "inputSchema", text: `property "${schema.codeProperty.name}" holds the command to run` };
  }
  // A debugger evaluates an expression inside the program it holds, where it can call the program's
  // functions and change its memory: code run with the program's reach, not a page's script.
  if ((!kind || kind === "page") && schema.codeProperty?.kind === "page" && EVALUATES_EXPRESSION_RE.test(facts.nameAndLead) && inDebugger(facts)) {
    kind = "code";
    evidence = { where: "inputSchema", text: `property "${schema.codeProperty.name}" holds an expression the debugged program evaluates` };
    // It runs whatever the tool's verb ("print"), as a property said to run code does.
    schema.evaluatedCodeProperty = schema.codeProperty.name;
  }
  // Whatever else the tool does, a property that it says runs code in a language hands the caller that code's reach.
  if (!kind && schema.evaluatedCodeProperty) {
    kind = ((page ??= inPageContext(facts))) ? "page" : "code";
    evidence = { where: "inputSchema", text: `property "${schema.evaluatedCodeProperty}" holds code the tool runs` };
  }
  // A "command" sent to a data store (Redis, Valkey) is a query against it, not a shell.
  if (kind === "code" && (store ??= inStoreContext(facts)) && (tokens.includes("command") || tokens.includes("commands") || schema.codeProperty?.name.toLowerCase().includes("command")) && !tokens.includes("shell")) {
    kind = "query";
  }
  if (kind === "code" && (page ??= inPageContext(facts)) && !/\b(?:shell|bash|python|command|terminal|sandbox|interpreter)\b/i.test(facts.descHead) && !tokens.some((t) => t === "shell" || t === "command" || t === "python" || t === "bash")) {
    kind = "page";
  }
  facts.execKind = kind;
  facts.execQuote = evidence;
}

/** Whether the tool drives a debugger: its server is one, or its description speaks of a debug session. */
export function inDebugger(facts: Facts): boolean {
  for (const w of DEBUGGER_SERVER) if (facts.serverWords.has(w)) return true;
  return DEBUG_CONTEXT_RE.test(facts.firstSentence);
}
const DEBUGGER_SERVER = ["debugger", "debug", "debugmcp", "dbg", "x64dbg", "gdb", "lldb", "dap", "windbg"];
const DEBUG_CONTEXT_RE = /\b(?:stack frame|debug(?:ger|gee|ging)? session|debuggee|breakpoint)\b/i;
/** A tool that works out an expression's value ("Print value of expression", "evaluate_expression"). */
const EVALUATES_EXPRESSION_RE = /\b(?:evaluat\w*|print\w*|value of|values of)\s(?:\w+\s){0,2}?(?:an?\s|the\s)?expressions?\b/;

function inStoreContext(facts: Facts): boolean {
  return someToken(facts.tokens, STORE_WORDS) || STORE_RE.test(facts.firstSentence) || facts.schema.codeProperty?.kind === "query";
}

function inPageContext(facts: Facts): boolean {
  return someToken(facts.tokens, PAGE_WORDS) || PAGE_RE.test(facts.firstSentence);
}

function someToken(tokens: readonly string[], set: ReadonlySet<string>): boolean {
  for (const t of tokens) if (set.has(t)) return true;
  return false;
}

function name(facts: Facts): string {
  return facts.name;
}

/** Without a dangling comma, colon, semicolon or opening bracket where a quote was cut. */
function trimDangling(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 32) end--; // , ; : ( space
    else break;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** A full stop, question or exclamation mark that ends a sentence when a space follows it. */
function endsSentence(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c === 10 || c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 59) return true; // \n 。 ； ！ ？ ;
  if (c !== 46 && c !== 33 && c !== 63) return false; // . ! ?
  if (i + 1 >= text.length) return true;
  const next = text.charCodeAt(i + 1);
  return next === 32 || next === 10 || next === 9 || next === 13;
}

const QUOTE_SENTENCE = 220;
const QUOTE_WINDOW = 90;

/**
 * The quote a judgement rests on: the whole sentence holding the match when it is short, else
 * the phrase around the match cut at word boundaries, so the matched words are always in it.
 */
export function around(text: string, index: number, length: number, radius = QUOTE_WINDOW): string {
  const matchEnd = index + length;
  let start = index;
  while (start > 0 && index - start < 600 && !endsSentence(text, start - 1)) start--;
  let stop = matchEnd;
  while (stop < text.length && stop - matchEnd < 600 && !endsSentence(text, stop)) stop++;
  // Keep the sentence's own full stop; drop a separator such as "\n" or ";".
  if (stop < text.length && /[.!?。！？]/.test(text.charAt(stop))) stop++;
  let cutBefore = start > 0 && !endsSentence(text, start - 1);
  let cutAfter = stop < text.length && !endsSentence(text, stop - 1) && !endsSentence(text, stop);
  if (stop - start > QUOTE_SENTENCE) {
    if (index - start > radius) {
      start = index - radius;
      const space = text.indexOf(" ", start);
      if (space !== -1 && space < index) start = space + 1;
      cutBefore = true;
    }
    if (stop - matchEnd > radius) {
      stop = matchEnd + radius;
      const space = text.lastIndexOf(" ", stop);
      if (space >= matchEnd) stop = space;
      cutAfter = true;
    }
  }
  const body = trimDangling(collapseSpace(text.slice(start, stop)));
  return `${cutBefore ? "…" : ""}${body}${cutAfter ? "…" : ""}`;
}

/** The description's words that a verb taken from it rests on: its sentence, or the phrase around it. */
export function verbQuote(facts: Facts, verb: Verb): Quote {
  const head = facts.description;
  let index = -1;
  if (verb.source === "description") {
    const lower = facts.firstLower;
    for (let at = lower.indexOf(verb.word); at !== -1; at = lower.indexOf(verb.word, at + 1)) {
      const before = at === 0 ? "" : lower.charAt(at - 1);
      const after = lower.charAt(at + verb.word.length);
      if (!/[a-z]/.test(before) && !/[a-z]/.test(after)) {
        index = at;
        break;
      }
    }
  }
  return { where: "description", text: index === -1 ? openingQuote(head) : around(head, index, verb.word.length) };
}

/** The opening of a description: its first sentence, or its first words when that sentence runs long. */
export function openingQuote(text: string): string {
  let i = 0;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return around(text, i, 0, 160);
}

function quote(where: Quote["where"], text: string, re: RegExp): Quote | null {
  const m = re.exec(text);
  return m ? { where, text: around(text, m.index, m[0].length) } : null;
}

function overwriteQuote(text: string, description: string): Quote | null {
  const m = OVERWRITE_RE.exec(text);
  if (!m) return null;
  const before = text.slice(Math.max(0, m.index - 24), m.index);
  if (NEGATION_BEFORE_RE.test(before) || /(?:不|不会|不可)$/.test(before)) return null;
  return { where: "description", text: around(description, m.index, m[0].length) };
}

const ZH_SECRET_RE = /(?:导出|获取|查看|返回|读取|显示|生成|刷新|列出)[^。；\n]{0,20}?(?:密码|令牌|密钥|私钥|Session字符串|session字符串|会话字符串|凭证|凭据|Token|token|验证码|登录链接|登录二维码)/;
function chineseSecret(text: string): Quote | null {
  return quote("description", text, ZH_SECRET_RE);
}

/**
 * Instructions aimed at the model anywhere in the definition (lib/poisoning reads every string
 * that reaches the model). The quote is the flagged passage, invisible characters made visible.
 */
function poisoningQuote(tool: McpTool): Quote | null {
  const finding = scanDefinition(tool);
  if (!finding) return null;
  const { where, passage } = finding;
  if (where === "description" || where === "title") return { where, text: passage };
  if (where.startsWith("annotations")) return { where: "annotations", text: `title "${passage}"` };
  const property = propertyPath(where);
  return { where: "inputSchema", text: property ? `property "${property}": ${passage}` : `${where.replace(/^inputSchema\./, "")}: ${passage}` };
}

/** "inputSchema.properties.options.properties.mode.description" → "options.mode". */
function propertyPath(where: string): string {
  const names: string[] = [];
  const re = /\.properties\.([^.[\]]+)/g;
  for (let m = re.exec(where); m; m = re.exec(where)) names.push(m[1] ?? "");
  return names.join(".");
}

export const _internal = { leadingVerbs, chineseLeadingVerbs, NOISE_TOKENS };
