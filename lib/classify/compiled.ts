/**
 * The lexicon compiled once at module load: inflected verb forms to lemmas, and one
 * alternation RegExp per phrase list, so classifying a tool allocates nothing large.
 */
import {
  BULK_PHRASES,
  EUROPEAN_VERBS,
  IRREVERSIBLE_PHRASES,
  OVERWRITE_PHRASES,
  READ_ONLY_PHRASES,
  SECRET_PHRASES,
  VERBS,
  ZH_OBJECTS,
  ZH_VERBS,
  type Action,
} from "./lexicon";

export interface VerbInfo {
  action: Action;
  lemma: string;
}

/** Verbs that are as often nouns in tool names; a real verb elsewhere in the name wins over them. */
export const NOUNISH = new Set([
  "store", "record", "log", "map", "report", "profile", "release", "build", "link", "label", "tag", "comment",
  "test", "plan", "type", "filter", "sort", "trace", "snapshot", "screenshot", "schedule", "backup",
  "request", "answer", "draft", "score", "rank", "switch", "new", "end", "fire", "call", "load", "review",
  "audit", "monitor", "query", "alert", "go", "fact", "judge", "lookup", "look", "format", "scan", "echo",
  "print", "interpret", "replay", "tail", "block", "sign", "stage", "flag", "pin", "bill", "charge",
  "trade", "order", "transfer", "process", "action", "do", "control", "operate", "handle", "note", "text",
  "export", "import", "copy", "post", "share", "trigger", "debug", "lint", "probe", "invoke", "drop",
  "access", "cache", "diff", "preview", "research", "reason", "think", "poll", "measure", "complete",
  "continue", "clean", "empty", "leave", "reply", "forward", "message", "hang", "cell", "bid", "tip",
  "close", "open", "watch", "view", "show", "estimate", "forecast", "capture", "wait", "hide", "lock",
  "swap", "stake", "place", "status", "config", "compose", "emit", "run", "vote", "like", "trash",
]);

function inflections(lemma: string): string[] {
  const forms = [lemma, `${lemma}s`, `${lemma}es`, `${lemma}ed`, `${lemma}d`, `${lemma}ing`];
  if (lemma.endsWith("e")) forms.push(`${lemma.slice(0, -1)}ing`);
  if (lemma.endsWith("y")) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  const last = lemma.at(-1) ?? "";
  if (/[bdgmnprt]/.test(last) && lemma.length <= 5) forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
  return forms;
}

/** Inflected form → verb. Lemmas listed under two actions keep the first (tables are ordered by strength below). */
export const VERB_FORMS: ReadonlyMap<string, VerbInfo> = (() => {
  const map = new Map<string, VerbInfo>();
  // Exact lemmas first so an inflection of one verb never hides another verb's lemma.
  const order: Action[] = ["money", "exec", "destroy", "manage", "write", "read"];
  for (const action of order) for (const lemma of VERBS[action]) if (!map.has(lemma)) map.set(lemma, { action, lemma });
  for (const action of order) {
    for (const lemma of VERBS[action]) {
      for (const form of inflections(lemma)) if (!map.has(form)) map.set(form, { action, lemma });
    }
  }
  return map;
})();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One case-insensitive alternation, longest phrase first, word-bounded for Latin phrases. */
function phraseRegExp(phrases: readonly string[], flags = "i"): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const parts = sorted.map((p) => {
    const core = escape(p.trim());
    const start = /^[a-z0-9]/i.test(p) ? "\\b" : "";
    const end = /[a-z0-9]$/i.test(p) ? "\\b" : "";
    return `${start}${core}${end}`;
  });
  return new RegExp(`(?:${parts.join("|")})`, flags);
}

export const SECRET_RE = phraseRegExp(SECRET_PHRASES);
export const IRREVERSIBLE_RE = phraseRegExp(IRREVERSIBLE_PHRASES);
export const READ_ONLY_RE = phraseRegExp(READ_ONLY_PHRASES);
export const BULK_RE = phraseRegExp(BULK_PHRASES);
export const OVERWRITE_RE = phraseRegExp(OVERWRITE_PHRASES);

/** A secret phrase near a verb that hands it back: "returns the API key", "exports session strings". */
export const SECRET_RETURN_RE = new RegExp(
  `\\b(?:return|returns|returning|export|exports|exporting|retrieve|retrieves|get|gets|list|lists|show|shows|reveal|reveals|print|prints|read|reads|expose|exposes|dump|dumps|fetch|fetches|display|displays|generate|generates|create|creates|including|includes|containing|contains|decrypt|decrypts|has|holds|carries|obtain|obtains|issue|issues|mint|mints)\\b[^.\\n]{0,100}?${SECRET_RE.source}`,
  "i",
);

/** The description says it runs caller-written code or statements ("Executes Activity Manager (am) commands"). */
export const EXEC_PHRASE_RE =
  /\b(?:execut\w*|run|runs|running|evaluat\w*|eval)\s+(?:[\w'()-]+\s+){0,3}?(sql|shell|commands?|scripts?|code|javascript|python|typescript|query|queries|cypher|opencypher|gremlin|graphql|statements?|promql|js|bash|expression)\b/i;

/** Words in a description that say a query targets a data store. */
export const STORE_RE = /\b(?:sql|database|databases|cypher|gremlin|promql|select (?:query|statement)|keyspace|logs insights|graph database|redis|valkey)\b/i;

/** Words that put a script inside a browser page. */
export const PAGE_RE = /\b(?:browser|page|console|dom|puppeteer|playwright|webpage)\b/i;

/** Negations just before "overwrite" (so "will not overwrite" does not count). */
export const NEGATION_BEFORE_RE = /\b(?:not|never|without|won't|cannot|no)\s+(?:\w+\s+)?$/i;

/** A written French, Spanish, Portuguese, Italian or German verb → its action and English lemma. */
export const EUROPEAN_VERB_FORMS: ReadonlyMap<string, VerbInfo> = (() => {
  const map = new Map<string, VerbInfo>();
  for (const action of ["exec", "destroy", "write", "read"] as const) {
    for (const [word, lemma] of Object.entries(EUROPEAN_VERBS[action])) if (!map.has(word)) map.set(word, { action, lemma });
  }
  return map;
})();

/** Chinese verbs: one alternation, longest first; the matched text maps back to its action. */
export const ZH_VERB_ACTION: ReadonlyMap<string, Action> = (() => {
  const map = new Map<string, Action>();
  for (const action of ["money", "exec", "destroy", "write", "read"] as const) {
    for (const phrase of ZH_VERBS[action]) if (!map.has(phrase)) map.set(phrase, action);
  }
  return map;
})();
export const ZH_VERB_RE = phraseRegExp([...ZH_VERB_ACTION.keys()], "g");

/**
 * The next match of ZH_VERB_RE at or after `from`, as its global scan finds it, but tried only
 * at characters some verb starts with (the expression is case-sensitive, every verb non-empty).
 * Elsewhere each of its few hundred alternatives would fail in turn.
 */
export function zhVerbAt(text: string, from: number): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    if (!ZH_VERB_STARTS.has(text.charCodeAt(i))) continue;
    ZH_VERB_AT.lastIndex = i;
    const m = ZH_VERB_AT.exec(text);
    if (m) return m;
  }
  return null;
}
const ZH_VERB_AT = new RegExp(ZH_VERB_RE.source, "y");
const ZH_VERB_STARTS = new Set([...ZH_VERB_ACTION.keys()].map((p) => p.trim().charCodeAt(0)));
export const ZH_OBJECT_RE = phraseRegExp(Object.keys(ZH_OBJECTS), "gi");
const ZH_OBJECT_AT = new RegExp(ZH_OBJECT_RE.source, "iy");

/** Case-insensitive matching without "u" compares characters by the spec's Canonicalize. */
function canonicalize(c: number): number {
  const upper = String.fromCharCode(c).toUpperCase();
  if (upper.length !== 1) return c;
  const u = upper.charCodeAt(0);
  return c >= 128 && u < 128 ? c : u;
}

/** Every character an object phrase can start with, with the case variants the "i" flag lets match it. */
const ZH_OBJECT_STARTS = (() => {
  const firsts = new Set(Object.keys(ZH_OBJECTS).map((p) => canonicalize(p.trim().charCodeAt(0))));
  const starts = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (firsts.has(canonicalize(c))) starts[c] = 1;
  return starts;
})();

/**
 * The next match of ZH_OBJECT_RE at or after `from`, as its global scan finds it, but tried only
 * at characters some phrase starts with (like `zhVerbAt`): the expression's `\b` alternatives
 * keep V8 from skipping ahead itself, and a description of a few hundred characters otherwise
 * costs microseconds.
 */
export function zhObjectAt(text: string, from: number): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    if (ZH_OBJECT_STARTS[text.charCodeAt(i)] !== 1) continue;
    ZH_OBJECT_AT.lastIndex = i;
    const m = ZH_OBJECT_AT.exec(text);
    if (m) return m;
  }
  return null;
}
export const ZH_OBJECT_MAP: ReadonlyMap<string, string> = new Map(
  Object.entries(ZH_OBJECTS).map(([k, v]) => [k.toLowerCase(), v]),
);

/** English words in a description, for finding its leading verb. */
export const WORD_RE = /[a-z][a-z'-]*/g;

/**
 * Whether an English-looking match is only part of a word in another Latin-script language:
 * "télécharge" (French, to download) holds "charge", "préférences" holds "f" and "rences".
 * WORD_RE stops at accented letters, so a fragment starts or ends next to one.
 */
export function partOfForeignWord(text: string, start: number, end: number): boolean {
  return (start > 0 && isAccentedLetter(text.charCodeAt(start - 1))) || (end < text.length && isAccentedLetter(text.charCodeAt(end)));
}
/** Latin-1 Supplement and Latin Extended-A and -B letters (× and ÷ are not letters). */
function isAccentedLetter(code: number): boolean {
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
}
