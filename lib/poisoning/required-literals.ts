/**
 * What text must hold for an expression to match it: a set of literal strings, at least one of
 * which is in every match ("need" for /no need to (?:tell|inform)/, {"do not", "don't", "never"}
 * for /(?:do not|don't|never) mention/). Text holding none of them cannot match, so the
 * expression need not run: a substring search is much quicker than an expression of many
 * alternatives tried at every position. Pure: an expression's source in, the set out.
 *
 * The reading is conservative: anything it does not follow (a back-reference, an escape it does
 * not know, a brace that is not a quantifier) makes it give up on that part, and an expression it
 * cannot bound at all gets null (no set: always run it). Character classes, `.`, `\w`, `\s` and
 * the like stand for characters it cannot name, so they only end a literal run.
 */

/** Literals every match holds one of (lower-cased when `ignoreCase`), or null when no such set is known. */
export function requiredLiterals(source: string, ignoreCase: boolean): string[] | null {
  const reader = new Reader(source);
  try {
    const found = reader.alternation();
    if (reader.at < source.length) return null; // an unbalanced ")"
    if (!found) return null;
    const literals = [...new Set(found.map((l) => (ignoreCase ? l.toLowerCase() : l)))];
    return literals.some((l) => l.length === 0) ? null : literals;
  } catch (error) {
    if (error instanceof GiveUp) return null;
    throw error;
  }
}

/**
 * Which of an expression's alternatives text could match, found in one pass over the text however
 * many literals there are: each literal knows the alternatives that need it (their sets from
 * requiredLiterals), and an alternative with no set could match anything. Each position's first
 * two characters pick a bucket (most pick an empty one), and only that bucket's literals are
 * compared there; one-character literals are looked for on their own.
 */
export class AlternativeLiterals {
  readonly count: number;
  private readonly alwaysPossible: number[] = [];
  private readonly singles: Owned[] = [];
  private readonly occupied = new Uint8Array(BUCKETS);
  private readonly buckets: Owned[][] = [];

  /** `sets[i]`: the literals one of which every match of alternative i holds, or null. */
  constructor(sets: readonly (readonly string[] | null)[]) {
    this.count = sets.length;
    const owners = new Map<string, number[]>();
    sets.forEach((set, alternative) => {
      if (!set) {
        this.alwaysPossible.push(alternative);
        return;
      }
      for (const literal of set) {
        if (literal.length === 0) throw new Error("a literal set cannot hold the empty string");
        const list = owners.get(literal);
        if (list) list.push(alternative);
        else owners.set(literal, [alternative]);
      }
    });
    for (const [literal, alternatives] of owners) {
      const owned = { literal, alternatives };
      if (literal.length === 1) {
        this.singles.push(owned);
        continue;
      }
      const key = bucketOf(literal.charCodeAt(0), literal.charCodeAt(1));
      this.occupied[key] = 1;
      (this.buckets[key] ??= []).push(owned);
    }
  }

  /** Sets `possible[i]` to 1 for each alternative `text` could match, 0 for the others; returns how many could. */
  possibleIn(text: string, possible: Uint8Array): number {
    possible.fill(0);
    let found = 0;
    for (const a of this.alwaysPossible) {
      possible[a] = 1;
      found++;
    }
    for (const single of this.singles) if (text.includes(single.literal)) found += mark(single.alternatives, possible);
    const last = text.length - 1;
    let next = last >= 0 ? text.charCodeAt(0) : 0;
    for (let i = 0; i < last && found < this.count; i++) {
      const c = next;
      next = text.charCodeAt(i + 1);
      const key = bucketOf(c, next);
      if (this.occupied[key] === 0) continue;
      for (const owned of this.buckets[key]!) if (text.startsWith(owned.literal, i)) found += mark(owned.alternatives, possible);
    }
    return found;
  }
}

/** Marks the alternatives not yet marked; returns how many that was. */
function mark(alternatives: readonly number[], possible: Uint8Array): number {
  let added = 0;
  for (const a of alternatives) {
    if (possible[a] === 0) {
      possible[a] = 1;
      added++;
    }
  }
  return added;
}

interface Owned {
  literal: string;
  alternatives: readonly number[];
}

const BUCKETS = 4096;
function bucketOf(first: number, second: number): number {
  return ((first << 6) ^ second) & (BUCKETS - 1);
}

class GiveUp extends Error {}

/** Escapes that match one character of a class: they end a literal run. */
const CLASS_ESCAPES = new Set(["d", "D", "s", "S", "w", "W", "n", "r", "t", "f", "v", "0"]);
/** Escapes that match no character (assertions). */
const ASSERTION_ESCAPES = new Set(["b", "B"]);

class Reader {
  at = 0;
  constructor(private readonly source: string) {}

  /** Alternatives up to a ")" or the end: the union of their sets, or null if one has none. */
  alternation(): string[] | null {
    const sets: (string[] | null)[] = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      sets.push(this.sequence());
    }
    if (sets.some((s) => s === null)) return null;
    return sets.flat() as string[];
  }

  /** Terms in a row: the most selective set among its literal runs and required groups. */
  private sequence(): string[] | null {
    const candidates: string[][] = [];
    let run = "";
    const endRun = () => {
      if (run) candidates.push([run]);
      run = "";
    };
    const source = this.source;
    while (this.at < source.length && source[this.at] !== "|" && source[this.at] !== ")") {
      const c = source[this.at]!;
      if (c === "(") {
        endRun();
        const required = this.group();
        const min = this.quantifier() ?? 1;
        if (required && min >= 1) candidates.push(required);
      } else if (c === "[") {
        endRun();
        this.skipClass();
        this.quantifier();
      } else if (c === "." || c === "^" || c === "$") {
        endRun();
        this.at++;
        this.quantifier();
      } else if (c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]") {
        throw new GiveUp(); // a quantifier with nothing before it, or a stray bracket: not read here
      } else {
        const literal = c === "\\" ? this.escape() : (this.at++, c);
        if (literal === null) {
          endRun();
          this.quantifier();
          continue;
        }
        const min = this.quantifier();
        if (min === null) run += literal;
        else {
          // A quantified character stands alone: the run before it ends, and it may repeat.
          endRun();
          if (min >= 1) candidates.push([literal]);
        }
      }
    }
    endRun();
    let best: string[] | null = null;
    for (const set of candidates) if (!best || better(set, best)) best = set;
    return best;
  }

  /** A group's set (null for a look-around, which holds no characters of the match, or when unknown). */
  private group(): string[] | null {
    const source = this.source;
    this.at++; // (
    let lookaround = false;
    if (source[this.at] === "?") {
      const kind = source.slice(this.at, this.at + 3);
      if (kind.startsWith("?:")) this.at += 2;
      else if (kind.startsWith("?=") || kind.startsWith("?!")) {
        this.at += 2;
        lookaround = true;
      } else if (kind === "?<=" || kind === "?<!") {
        this.at += 3;
        lookaround = true;
      } else if (kind.startsWith("?<")) {
        const close = source.indexOf(">", this.at);
        if (close === -1) throw new GiveUp();
        this.at = close + 1; // a named group
      } else throw new GiveUp(); // modifiers and anything newer
    }
    const inner = this.alternation();
    if (source[this.at] !== ")") throw new GiveUp();
    this.at++;
    return lookaround ? null : inner;
  }

  private skipClass(): void {
    const source = this.source;
    this.at++; // [
    while (this.at < source.length && source[this.at] !== "]") this.at += source[this.at] === "\\" ? 2 : 1;
    if (source[this.at] !== "]") throw new GiveUp();
    this.at++;
  }

  /** The character an escape stands for, or null for a class or an assertion. */
  private escape(): string | null {
    const source = this.source;
    const e = source[this.at + 1];
    if (e === undefined) throw new GiveUp();
    this.at += 2;
    if (CLASS_ESCAPES.has(e) || ASSERTION_ESCAPES.has(e)) return null;
    if (e === "p" || e === "P") {
      const close = source.indexOf("}", this.at);
      if (source[this.at] !== "{" || close === -1) throw new GiveUp();
      this.at = close + 1;
      return null;
    }
    if (e === "u" || e === "x") {
      const digits = e === "u" ? 4 : 2;
      const hex = source.slice(this.at, this.at + digits);
      if (!(e === "u" ? HEX4_RE : HEX2_RE).test(hex)) throw new GiveUp();
      this.at += digits;
      return String.fromCharCode(parseInt(hex, 16));
    }
    // Back-references, control letters and other letters or digits: not read here.
    if (/[A-Za-z0-9]/.test(e)) throw new GiveUp();
    return e; // an escaped punctuation mark stands for itself
  }

  /** Reads a quantifier if there is one: the least number of times it lets the term match (null without one). */
  private quantifier(): number | null {
    const source = this.source;
    const c = source[this.at];
    let min = 1;
    if (c === "?" || c === "*") {
      min = 0;
      this.at++;
    } else if (c === "+") this.at++;
    else if (c === "{") {
      const m = QUANTIFIER_RE.exec(source.slice(this.at));
      if (!m) throw new GiveUp(); // a literal brace: not read here
      min = Number(m[1]);
      this.at += m[0].length;
    } else return null;
    if (source[this.at] === "?") this.at++; // lazy
    return min;
  }
}

const QUANTIFIER_RE = /^\{(\d+)(?:,\d*)?\}/;
const HEX4_RE = /^[0-9a-fA-F]{4}$/;
const HEX2_RE = /^[0-9a-fA-F]{2}$/;

/** The more selective of two sets: its shortest literal longer, or as long with fewer literals. */
function better(a: readonly string[], b: readonly string[]): boolean {
  const shortest = (s: readonly string[]) => Math.min(...s.map((l) => l.length));
  const la = shortest(a);
  const lb = shortest(b);
  return la !== lb ? la > lb : a.length < b.length;
}
