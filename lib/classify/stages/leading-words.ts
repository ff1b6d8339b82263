/**
 * The words a pattern's match must start with, read from its source, and an index that tells
 * which of many patterns a text may match before any of them runs.
 *
 * Why: most capability patterns are alternations of the form `\b(?:transfer|send|…)\s…`, and a
 * text can only match one where one of its leading words is written. Looking those words up at
 * the text's word starts is far cheaper than running hundreds of alternatives at every position.
 *
 * The reading is deliberately narrow: an alternative may open with `^`, a skip of leading words
 * (`(?:\w+\s){0,3}?`) and `\b`, then must hold a literal word or a group of literal words. Any
 * other shape (and any flag) gives no words, and the pattern is then always run: the index may
 * let through a pattern that cannot match, never turn away one that can.
 */
import { topLevelAlternatives } from "../../poisoning/pattern";

/** Characters with a meaning of their own in a regular expression: a literal word stops before them. */
const SPECIAL = new Set([..."\\()[]{}|?*+.^$"]);
const QUANTIFIER = new Set([..."?*{"]);
const SKIP_WORDS_RE = /^\(\?:\\w\+\\s\)\{\d+,\d+\}\??/;

/**
 * The literal words a match of `re` starts with, or null when they cannot be read. With
 * `atWordStart`, each alternative must also be anchored (`^` or `\b`) before a word character,
 * so its match starts where a word of the text starts.
 */
export function leadingWords(re: RegExp, atWordStart: boolean): string[] | null {
  if (re.flags !== "") return null;
  const words: string[] = [];
  for (const alternative of topLevelAlternatives(re.source)) {
    const opened = openingWords(alternative, atWordStart);
    if (!opened) return null;
    words.push(...opened);
  }
  return words;
}

function openingWords(alternative: string, atWordStart: boolean): string[] | null {
  let rest = alternative;
  let anchored = false;
  if (rest.startsWith("^")) {
    // After the start, leading words may be skipped: the word read next still starts a word.
    rest = rest.slice(1).replace(SKIP_WORDS_RE, "");
    anchored = true;
  }
  if (rest.startsWith("\\b")) {
    rest = rest.slice(2);
    anchored = true;
  }
  if (atWordStart && !anchored) return null;
  let words: string[];
  if (rest.startsWith("(?:")) {
    const close = closingParen(rest);
    // A group that may be skipped ("(?:an?\s)?") says nothing about the first word.
    if (close === -1 || QUANTIFIER.has(rest.charAt(close + 1))) return null;
    words = [];
    for (const inner of topLevelAlternatives(rest.slice(3, close))) {
      const word = literalStart(inner);
      if (!word) return null;
      words.push(word);
    }
  } else {
    const word = literalStart(rest);
    if (!word) return null;
    words = [word];
  }
  return atWordStart && !words.every((w) => isWordChar(w.charCodeAt(0))) ? null : words;
}

/** The literal characters `source` opens with, less a last one a quantifier makes optional ("tokens?" → "token"). */
function literalStart(source: string): string | null {
  let end = 0;
  while (end < source.length && !SPECIAL.has(source.charAt(end))) end++;
  if (QUANTIFIER.has(source.charAt(end))) end--;
  return end > 0 ? source.slice(0, end) : null;
}

/** Where the group opening `source` closes (brackets inside a character class or escaped do not count). */
function closingParen(source: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/**
 * Patterns by the words they start with. `mark` sets a bit for each pattern whose leading word
 * the text holds: at a word start (`\b` patterns over English) or anywhere (Chinese, which has
 * no word boundaries). Patterns whose words cannot be read are always marked.
 *
 * Words are found through a table indexed by character codes (their first two characters at a
 * word start, which are ASCII; the first character anywhere), so a text costs one array read
 * per word, or per character, and a string comparison only when the table names a word.
 */
export class LeadingWordIndex {
  private readonly bucketAt: Uint16Array;
  private readonly buckets: { word: string; third: number; id: number }[][] = [[]];
  private readonly always: number[] = [];

  constructor(private readonly atWordStarts: boolean) {
    this.bucketAt = new Uint16Array(atWordStarts ? 128 * 128 : 0x10000);
  }

  add(id: number, re: RegExp | undefined): void {
    if (!re) return;
    const words = leadingWords(re, this.atWordStarts);
    if (!words || words.some((w) => this.keyOf(w, 0) === -1)) {
      this.always.push(id);
      return;
    }
    for (const word of words) {
      const key = this.keyOf(word, 0);
      if (this.bucketAt[key] === 0) {
        this.bucketAt[key] = this.buckets.length;
        this.buckets.push([]);
      }
      // The third character (NaN for a two-letter word) settles most candidates without comparing strings.
      this.buckets[this.bucketAt[key]!]!.push({ word, third: word.charCodeAt(2), id });
    }
  }

  mark(text: string, marks: Uint8Array, bit: number): void {
    for (let k = 0; k < this.always.length; k++) marks[this.always[k]!]! |= bit;
    if (this.atWordStarts) {
      let inWord = false;
      for (let i = 0; i < text.length; i++) {
        const word = isWordChar(text.charCodeAt(i));
        if (word && !inWord) this.markAt(text, i, marks, bit);
        inWord = word;
      }
    } else {
      for (let i = 0; i < text.length; i++) this.markAt(text, i, marks, bit);
    }
  }

  private markAt(text: string, i: number, marks: Uint8Array, bit: number): void {
    const key = this.keyOf(text, i);
    if (key === -1 || this.bucketAt[key] === 0) return;
    const bucket = this.buckets[this.bucketAt[key]!]!;
    for (let k = 0; k < bucket.length; k++) {
      const entry = bucket[k]!;
      if ((entry.third === text.charCodeAt(i + 2) || entry.word.length < 3) && text.startsWith(entry.word, i)) marks[entry.id]! |= bit;
    }
  }

  /** The table slot for a word starting at `i`: its first two characters (ASCII) at word starts, else its first; -1 if none. */
  private keyOf(text: string, i: number): number {
    if (!this.atWordStarts) return i < text.length ? text.charCodeAt(i) : -1;
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    return a < 128 && b < 128 ? (a << 7) | b : -1; // NaN (past the end) fails both tests
  }
}

/** `\w`: an ASCII letter, digit or underscore. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
