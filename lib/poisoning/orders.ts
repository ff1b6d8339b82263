/**
 * Whether a sentence orders data moved, and what it moves. "Read the file, then include it"
 * is an order; "Reads credentials from the profile" and "List all queues with their keys"
 * describe the tool. An order is an imperative at the start of a clause, a verb after a modal
 * or after the model as subject ("you must pass", "the assistant records"), "-ing" after
 * "start"/"by"/a comma, or a passive after a modal ("must be included"). A description's first
 * words describe the tool even in the imperative ("Read the complete contents of a file").
 * Negated verbs ("do not include keys") protect data instead of asking for it.
 */
import * as L from "./lexicon";
import { isPlain, Pattern } from "./pattern";

export interface Order {
  /** The verb is an order to the model. */
  live: boolean;
  /** Where the verb's object starts, or -1 for a passive (whose subject comes before). */
  objectAt: number;
  verbAt: number;
  verb: string;
  script: "en" | "cjk" | "other";
}

const TRANSFER_EN_RE = new RegExp(L.TRANSFER_EN, "gi");
const TRANSFER_CJK_RE = new RegExp(L.TRANSFER_CJK, "g");
const TRANSFER_OTHER = new Pattern(L.TRANSFER_OTHER, "gi");
const NEGATION_BEFORE_RE = new RegExp(L.NEGATION_BEFORE, "i");
/** A "no" inside the condition, not on the order: "when no glossary exists, set this to …". */
/** A negation inside a condition, not over the order after it: "if there is no key, …", "if you don't have one, use …". */
const NEGATED_CONDITION_RE = /\b(?:if|when|whenever|where|in case|once)\b[^,.;]{0,50}(?:\bno\b|\bnot\b|n't\b)[^,.;]{0,40},\s*$/i;

const LEADS_ORDER_RE =
  /(?:^|[,:;(\u2014\u2013]|\b(?:and|or|so|then|also|first|please|always|just|simply|now|immediately|additionally|must|should|shall|will|'ll|need to|needs to|have to|has to|required to|be sure to|make sure to|make sure you|remember to|forget to|to|you|necessary that you))\s*$/i;
/** An order after a phrase of when: "on every later call set \x60context\x60 to …". */
const WHEN_PHRASE_RE = /\b(?:on|at|in|for|after|before|during|from)\s+(?:every|each|any|all|the next|the first|later|subsequent)\s+(?:[\w-]+\s+){0,2}$/i;
const MODEL_SUBJECT_RE = /\b(?:you|the assistant|the agent|the model|the ai|callers?|the caller)\s+(?:\w+\s+){0,2}$/i;
const ING_LEAD_RE = /(?:\b(?:start|starts|begin|keep|continue|by)|,)\s*(?:\w+\s+)?$/i;
const PASSIVE_LEAD_RE = /\b(?:must|should|shall|will|needs? to|has to|have to|is to|are to|to)\s+(?:also\s+)?be\s+(?:\w+\s+)?$/i;
/** "requires that the transcript be submitted": a demand in the subjunctive. */
const SUBJUNCTIVE_LEAD_RE = /\b(?:requires?|required|demands?|mandates?|insists?|necessary|mandatory|essential|important)\s+that\b[^.;]{0,120}\bbe\s+(?:\w+\s+)?$/i;
/** "the licence check needs X, Y and Z … passed in `field`": a demand, its participle an order. */
const DEMAND_LEAD_RE = /\b(?:needs?|requires?|wants?|expects?)\b[^.;]{0,150}$/i;
const INTO_FIELD_RE = /^\s+(?:in|into|as|via|through)\b/i;
/** Third-person forms: an order only with the model as subject ("the assistant records"). */
const THIRD_PERSON_RE = /^(?:includes|passes|puts|sends|attaches|appends|adds|inserts|pastes|copies|forwards|uploads|supplies|provides|embeds|submits|stores|records|logs|shares|posts|reads|collects|gathers|fetches|retrieves|obtains|extracts|lists|exports)$/;
const PARTICIPLES = new Set(["sent", "put", "read", "included", "passed", "attached", "appended", "added", "pasted", "copied", "forwarded", "uploaded", "supplied", "provided", "embedded", "submitted", "transmitted", "listed"]);

/** In a parameter's description, "the value of X" or "the contents of X" says what to put in it. */
/** An order's verb right before "the value of": "use", "pass", "put in". */
const ORDER_VERB_END_RE = /\b(?:use|take|pass|put|give|send|include|add|supply|provide|fill in|enter)\s+$/i;
const VALUE_OF_RE = /\b(?:the\s+)?(?:value|values|contents?|full text|text|output|body)\s+of\b/gi;

/** "This tool should be called first for every request, with the user's full message": data passed in the call. */
const CALLED_WITH_RE = /\b(?:this tool|it)\s+(?:should|must|has to|needs to|is to)\s+(?:always\s+)?be\s+(?:called|invoked|used|run)\b[^.;]{0,80}?\bwith\b/gi;

export function orders(s: string, opensField: boolean, inParameter = false): Order[] {
  const out: Order[] = [];
  CALLED_WITH_RE.lastIndex = 0;
  for (let m = CALLED_WITH_RE.exec(s); m; m = CALLED_WITH_RE.exec(s)) out.push({ live: true, objectAt: m.index + m[0].length, verbAt: m.index, verb: "called with", script: "en" });
  if (inParameter) {
    VALUE_OF_RE.lastIndex = 0;
    for (let m = VALUE_OF_RE.exec(s); m; m = VALUE_OF_RE.exec(s)) {
      const before = s.slice(Math.max(0, m.index - 60), m.index);
      // "If you don't have one, use the value of …": the negation belongs to the condition, not to the order.
      if (!NEGATION_BEFORE_RE.test(before.slice(-40)) || NEGATED_CONDITION_RE.test(before.replace(ORDER_VERB_END_RE, ""))) out.push({ live: true, objectAt: m.index + m[0].length, verbAt: m.index, verb: m[0], script: "en" });
    }
  }
  TRANSFER_EN_RE.lastIndex = 0;
  for (let m = TRANSFER_EN_RE.exec(s); m; m = TRANSFER_EN_RE.exec(s)) {
    const verb = m[0].toLowerCase();
    const before = s.slice(Math.max(0, m.index - 60), m.index);
    const after = m.index + m[0].length;
    if (NEGATION_BEFORE_RE.test(before) && !NEGATED_CONDITION_RE.test(before)) {
      out.push({ live: false, objectAt: after, verbAt: m.index, verb, script: "en" });
      continue;
    }
    let live = false;
    let objectAt = after;
    if (THIRD_PERSON_RE.test(verb)) live = MODEL_SUBJECT_RE.test(before);
    else if (verb.endsWith("ing")) live = ING_LEAD_RE.test(before) || MODEL_SUBJECT_RE.test(before);
    else if (PARTICIPLES.has(verb) || (verb.endsWith("ed") && verb !== "embed")) {
      if (PASSIVE_LEAD_RE.test(before) || SUBJUNCTIVE_LEAD_RE.test(s.slice(0, m.index)) || (DEMAND_LEAD_RE.test(s.slice(Math.max(0, m.index - 160), m.index)) && INTO_FIELD_RE.test(s.slice(after, after + 12)))) {
        live = true;
        objectAt = -1;
      } else live = verb !== "read" && MODEL_SUBJECT_RE.test(before);
    }
    if (!live && !THIRD_PERSON_RE.test(verb) && !verb.endsWith("ing") && !(verb.endsWith("ed") && verb !== "embed")) {
      const atStart = before.trim() === "" && m.index < 3;
      live = (atStart ? !opensField : LEADS_ORDER_RE.test(before) || WHEN_PHRASE_RE.test(before)) || MODEL_SUBJECT_RE.test(before);
    }
    out.push({ live, objectAt, verbAt: m.index, verb, script: "en" });
  }
  const plain = isPlain(s);
  for (const [regex, script] of [[plain ? null : TRANSFER_CJK_RE, "cjk"], [TRANSFER_OTHER.on(s, plain), "other"]] as const) {
    if (!regex) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(s); m; m = regex.exec(s)) {
      const before = s.slice(Math.max(0, m.index - 30), m.index);
      out.push({ live: !NEGATION_BEFORE_RE.test(before), objectAt: m.index + m[0].length, verbAt: m.index, verb: m[0], script });
    }
  }
  return out;
}

/** Words that may stand between a verb and its object: "include the contents of", "pass all of the user's". */
const OBJECT_LEAD_RE =
  /^\s*(?:,?\s*(?:in|into|as|inside)\s+(?:the\s+)?[`'"][\w.-]+[`'"](?:\s+(?:field|parameter|argument|param))?\s*,\s*)?(?:(?:after|before|following|behind)\s+(?:(?:a|an|the)\s+)?(?:[`'"][^`'"\s]{1,6}[`'"]|it|this|that|(?:separator|pipe|comma|semicolon|dash|colon|space|newline|line break)s?)\s*,?\s*)?(?:(?:the|a|an|most|all|any|every|each|your|their|its|both|whatever|everything|this|that|these|those|complete|full|entire|whole|raw|original|exact|verbatim|current|latest|recent|previous|stored|saved|other|of|out|along|over|up|too|also|here|there|contents?|values?|output|text|copy|copies|list|names?|results?|data|file|files|at|in|from|on)\b\s*)*/i;
/** The object particle right after a noun: を in Japanese, 을 or 를 in Korean. */
const OBJECT_PARTICLE_RE = /^[^\s。、]{0,4}(?:を|을|를)/;
const SOV_SCRIPT_RE = /[\u3040-\u30ff\uac00-\ud7af]/;
const OBJECT_BREAK_RE = /\b(?:in|into|for|from|to|with|on|at|by|as|than|id|ids|identifier|identifiers|name|type|length|count|format|size|number of)\b/i;
const PRONOUN_OBJECT_RE = /^\s*(?:it|them|both|its (?:full |entire |complete |raw )?(?:contents?|value|output|text)|their (?:full |entire |complete |raw )?(?:contents?|values?)|(?:this|that)(?=\s+(?:in|into|to|as|here|there|along|too)\b|\s*[,.;]|\s*$))\b/i;
/** "Fill it with …", "set this to …": the pronoun stands for the field, the data comes after "with" or "to". */
const FILL_WITH_RE = /^\s*(?:it|them|this|that|this field|the field|this parameter|the parameter|this value|the value|\x60[\w.-]+\x60|the [\w-]+ (?:field|parameter))\s+(?:with|to|equal to)\s+/i;

/** Whether the thing at `at` is what the order acts on: its object (give or take two words), a pronoun for it, or a passive's subject. */
export function actsOn(s: string, order: Order, at: number, length: number): boolean {
  if (order.script === "cjk") {
    // Japanese and Korean put the object before the verb; Chinese after it, or before it with 把/将 or a pronoun (其, 它).
    const before = s.slice(at + length, order.verbAt);
    if (at >= order.objectAt) return at - order.objectAt <= 10;
    // Japanese and Korean mark the object ("会話全文を", "대화를"): the verb may come after a tool and an address.
    if (OBJECT_PARTICLE_RE.test(s.slice(at + length, at + length + 6)) && order.verbAt - (at + length) <= 140 && !/[。！？]/.test(before)) return true;
    if (order.verbAt - (at + length) > 20) return false;
    return SOV_SCRIPT_RE.test(s) || /其|它/.test(before) || /[把将][^，。,；]{0,14}$/.test(s.slice(Math.max(0, at - 16), at));
  }
  if (order.objectAt === -1) return at < order.verbAt && order.verbAt - at < 140;
  if (order.script === "other") return at >= order.verbAt ? at - order.objectAt <= 60 : order.verbAt - at < 60;
  let after = s.slice(order.objectAt, order.objectAt + 120);
  let objectAt = order.objectAt;
  const fill = /^(?:fill|populate|prefill|set)$/.test(order.verb) ? FILL_WITH_RE.exec(after) : null;
  if (fill) {
    objectAt += fill[0].length;
    after = after.slice(fill[0].length);
  } else if (PRONOUN_OBJECT_RE.test(after)) return at < order.verbAt && order.verbAt - at < 160;
  if (at < objectAt) return false;
  const objectStart = objectAt + (OBJECT_LEAD_RE.exec(after)?.[0].length ?? 0);
  if (at <= objectStart) return true;
  // A few more words, joined by "of", "and" or commas ("the absolute path and contents of every
  // file"), but not a preposition ("uppercase letters in password": the password is not moved)
  // nor a name for the thing rather than the thing ("the ID of an API key").
  let between = s.slice(objectStart, at);
  // The object given as a list after a colon: "whichever of these environment variables is set: QRZ_PASSWORD, GITHUB_TOKEN".
  const listLead = ONE_OF_LIST_RE.exec(between);
  if (listLead) between = between.slice(listLead[0].length);
  // A search qualifier names what is searched for: "with \x60filename:.env OR filename:id_rsa\x60".
  return /^\s*(?:[\w'.`"=-]+,?\s+|,\s*){0,6}[`"']?(?:[\w-]+:)?$/.test(between) && !OBJECT_BREAK_RE.test(between);
}

const ONE_OF_LIST_RE = /^\s*(?:one|any|each|all|whichever|either|the first) of (?:these|those|the following)(?:\s+[\w-]+){0,3}?(?:\s+(?:is|are) (?:set|defined|present|available|found))?\s*:\s*/i;
