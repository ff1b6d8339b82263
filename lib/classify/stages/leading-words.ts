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

function closingParen(source: string): number {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/**
 * Patterns by the words they start with. `mark` sets a bit for each pattern whose leading word
 * the text holds: at a word start (`\b` patterns over English) or anywhere (Chinese, which has
 * no word boundaries). Patterns whose words cannot be read are always marked.
 */
export class LeadingWordIndex {
  private readonly byStart = new Map<number, { word: string; id: number }[]>();
  private readonly always: number[] = [];

  constructor(private readonly atWordStarts: boolean) {}

  add(id: number, re: RegExp | undefined): void {
    if (!re) return;
    const words = leadingWords(re, this.atWordStarts);
    if (!words || words.some((w) => w.length < this.keyLength)) {
      this.always.push(id);
      return;
    }
    for (const word of words) {
      const key = this.keyAt(word, 0);
      const bucket = this.byStart.get(key);
      if (bucket) bucket.push({ word, id });
      else this.byStart.set(key, [{ word, id }]);
    }
  }

  mark(text: string, marks: Uint8Array, bit: number): void {
    for (const id of this.always) marks[id]! |= bit;
    const last = text.length - this.keyLength;
    for (let i = 0; i <= last; i++) {
      if (this.atWordStarts && (!isWordChar(text.charCodeAt(i)) || (i > 0 && isWordChar(text.charCodeAt(i - 1))))) continue;
      const bucket = this.byStart.get(this.keyAt(text, i));
      if (!bucket) continue;
      for (const { word, id } of bucket) if (text.startsWith(word, i)) marks[id]! |= bit;
    }
  }

  /** English words are keyed by their first two letters, Chinese phrases by their first character. */
  private get keyLength(): number {
    return this.atWordStarts ? 2 : 1;
  }

  private keyAt(text: string, i: number): number {
    return this.atWordStarts ? (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1) : text.charCodeAt(i);
  }
}

/** `\w`: an ASCII letter, digit or underscore. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
