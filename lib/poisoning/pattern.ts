import { AlternativeLiterals, requiredLiterals } from "./required-literals";

/**
 * A lexicon expression compiled twice: whole, and without the alternatives that cannot match
 * plain ASCII. Almost every sentence read closely is plain ASCII, and an expression that also
 * tries Chinese, Russian or Japanese phrasings at every position costs several times more for
 * nothing. An alternative is left out only when it needs a non-ASCII character to match: one
 * outside any group ("ユーザーに…", "не сообща…"). One whose non-ASCII letters sit in a group
 * ("sin (?:decírselo|decirle|informar)", "(?:erwähne|sag) … nicht") can match an ASCII sentence
 * ("sin informar al usuario") and is kept.
 */
export class Pattern {
  readonly all: RegExp;
  readonly ascii: RegExp;
  /** Worked out on first use (undefined until then): reading every expression's source at start-up costs tens of milliseconds. */
  private filter: AlternativeLiterals | null | undefined;
  /** The alternatives of `ascii`, and the expressions made of some of them, by which ones. */
  private alternatives: string[] = [];
  /** Which alternatives the text being read could match (reused from call to call). */
  private possible = new Uint8Array(0);
  private readonly subsets = new Map<string, RegExp>();
  /** Whether an expression of some alternatives finds what `ascii` does: not when dropping one renumbers capturing groups. */
  private splittable = false;

  constructor(source: string, flags = "i") {
    this.all = new RegExp(source, flags);
    const parts = topLevelAlternatives(source).filter((p) => !needsNonAscii(p));
    this.ascii = parts.length ? new RegExp(parts.join("|"), flags) : NEVER;
    BUILT_PATTERNS.push(this);
  }

  /**
   * For each alternative of `ascii`, the literals (lower-cased for a case-insensitive expression)
   * one of which every match of it holds (./required-literals.ts); null when no alternative has such a set.
   */
  get asciiNeeds(): AlternativeLiterals | null {
    if (this.filter === undefined) {
      // Not for "u": there "ſ" matches "s" and the Kelvin sign "k", so ASCII text can hold a match without its literal.
      const usable = this.ascii !== NEVER && !this.ascii.unicode;
      this.alternatives = usable ? topLevelAlternatives(this.ascii.source) : [];
      const sets = this.alternatives.map((a) => requiredLiterals(a, this.ascii.ignoreCase));
      this.filter = sets.some((set) => set !== null) ? new AlternativeLiterals(sets) : null;
      this.possible = new Uint8Array(this.alternatives.length);
      this.splittable = !hasCapturingGroup(this.ascii.source);
    }
    return this.filter;
  }

  /** The expression to run on a sentence (`plain`: the sentence is all ASCII). */
  for(plain: boolean): RegExp {
    return plain ? this.ascii : this.all;
  }

  /**
   * The expression to run on `text` (`plain`: it is all ASCII): `ascii` without the alternatives
   * that need a literal the text lacks, so that most text is ruled out by a substring search and
   * the rest tries only the alternatives it could match. Dropping an alternative that cannot match
   * anywhere changes nothing an expression finds, at any position.
   */
  on(text: string, plain: boolean): RegExp {
    if (!plain) return this.all;
    const filter = this.asciiNeeds;
    if (!filter) return this.ascii;
    const possible = this.possible;
    const count = filter.possibleIn(this.ascii.ignoreCase ? lowerCased(text) : text, possible);
    if (count === 0) return NEVER;
    if (count === filter.count || !this.splittable) return this.ascii;
    let key = "";
    for (let i = 0; i < possible.length; i++) if (possible[i] === 1) key += `${i},`;
    let subset = this.subsets.get(key);
    if (!subset) {
      // A bound on the expressions kept: past it, the whole expression (the same finding, slower).
      if (this.subsets.size >= MAX_SUBSETS) return this.ascii;
      subset = new RegExp(this.alternatives.filter((_, i) => possible[i] === 1).join("|"), this.ascii.flags);
      this.subsets.set(key, subset);
    }
    return subset;
  }
}

const MAX_SUBSETS = 256;

/** Whether an expression's source opens a capturing group: "(" not escaped, not in a class, and not "(?:", "(?=", "(?!", "(?<=" or "(?<!". */
export function hasCapturingGroup(source: string): boolean {
  return syntaxIndex(source, (c, i) => c === "(" && (source[i + 1] !== "?" || (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!")), 0, true) !== -1;
}

/** Every Pattern built, in the order built (for tests that check them all). */
export const BUILT_PATTERNS: Pattern[] = [];

// The same sentence is tried against many expressions in a row: lower-case it once.
let lastText = "";
let lastLower = "";
function lowerCased(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

/** An e-mail address, as the expressions that open with one spell it. */
const EMAIL_FIRST = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+|`;

/**
 * An expression whose first alternative is an e-mail address, also compiled without it. On text
 * with no "@" that alternative cannot match, yet its leading [\w.+-]+ runs through every word
 * from every position; without it the expression takes half the time, with the same result.
 */
export class EmailFirst {
  readonly withEmail: RegExp;
  readonly withoutEmail: RegExp;

  constructor(re: RegExp) {
    if (!re.source.startsWith(EMAIL_FIRST) || re.global || re.sticky) throw new Error(`not an expression opening with an e-mail address: /${re.source.slice(0, 40)}…/`);
    this.withEmail = re;
    this.withoutEmail = new RegExp(re.source.slice(EMAIL_FIRST.length), re.flags);
  }

  /** The expression to run on `text`. */
  for(text: string): RegExp {
    return text.includes("@") ? this.withEmail : this.withoutEmail;
  }
}

// eslint-disable-next-line no-control-regex -- "only ASCII" is the whole range from NUL up
const PLAIN_RE = /^[\x00-\x7f]*$/;
const NEVER = /(?!)/;

/**
 * Whether every match of this alternative holds a non-ASCII character: one written outside any
 * group and character class, not escaped and not made optional by the quantifier after it.
 * (Inside a group it may be one choice of several; the check errs towards keeping an alternative.)
 */
export function needsNonAscii(alternative: string): boolean {
  const at = topLevelIndex(alternative, (c, i) => c.charCodeAt(0) > 0x7f && !OPTIONAL_NEXT_RE.test(alternative.slice(i + 1, i + 3)));
  return at !== -1;
}
/** A quantifier that lets the character before it be absent. */
const OPTIONAL_NEXT_RE = /^(?:[?*]|\{0)/;

export function isPlain(text: string): boolean {
  return PLAIN_RE.test(text);
}

/** Splits an expression at its top-level "|" (not inside groups, classes or after a backslash). */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let at = topLevelIndex(source, (c) => c === "|"); at !== -1; at = topLevelIndex(source, (c) => c === "|", at + 1)) {
    out.push(source.slice(start, at));
    start = at + 1;
  }
  out.push(source.slice(start));
  return out;
}

/**
 * The index of the first character of an expression's source, from `from` on, that is written at
 * its top level (not inside a group or a character class, not escaped) and that `test` accepts;
 * -1 if none. Groups and classes opened before `from` are not seen: start at 0 or just after a
 * top-level character.
 */
function topLevelIndex(source: string, test: (c: string, i: number) => boolean, from = 0): number {
  return syntaxIndex(source, test, from, false);
}

/** As topLevelIndex, at any depth of groups with `everyDepth` (never inside a class or escaped). */
function syntaxIndex(source: string, test: (c: string, i: number) => boolean, from: number, everyDepth: boolean): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      continue;
    }
    if ((everyDepth || depth === 0) && test(c, i)) return i;
    if (c === "(") depth++;
    else if (c === ")") depth--;
  }
  return -1;
}

/** Where `word` first stands alone in `text` (no word character either side), or -1. */
export function wholeWordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/\w/.test(text[at - 1] ?? "") && !/\w/.test(text[at + word.length] ?? "")) return at;
  }
  return -1;
}
