/**
 * What the learned scorer of `npm run eval:poisoning-learned` (./train.ts) sees of a text: sentence by sentence, its words, its
 * word pairs and, for a parameter's text, its words again marked as a parameter's (an instruction
 * inside a parameter's description reads differently from one in the tool's own description).
 * Chinese, Japanese and Korean text has no spaces, so each character and each pair of characters
 * is a word. Words are hashed into a fixed table, so the model is a flat array of weights and
 * needs no vocabulary.
 *
 * Pure, and the only definition of the features: training and scoring both call it, so they
 * cannot drift apart. One pass over the text and no allocation per word, as a scorer in the scan
 * would need (it would run on every string of every tool the catalogue classifies).
 */

/** Sentence ends: . ! ? ; newline and their full-width forms. */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b;
}
/** Kana, CJK ideographs and Hangul: each character is a word. */
function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}
/** Characters that carry markup or addresses: each is a word of its own. */
function isMarkup(c: number): boolean {
  return c === 60 || c === 62 || c === 123 || c === 125 || c === 36 || c === 64 || c === 35 || c === 96;
}
const LETTER_RE = /[\p{L}\p{N}]/u;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const UNIGRAM = 1;
const PARAMETER_UNIGRAM = 2;
const BIGRAM = 3;
/** The feature every sentence has: the model's intercept. */
const BIAS = 0x5bd1e995;

function mix(a: number, b: number): number {
  const h = Math.imul(Math.imul(a ^ 0x9e3779b9, FNV_PRIME) ^ b, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

/** Called once per sentence of more than two characters; `features` is valid only during the call. */
export type SentenceVisitor = (features: Int32Array, count: number, start: number, end: number) => void;

// Scratch space, reused: scans and training are synchronous and never nested.
let out = new Int32Array(1024);
let n = 0;
/** Which table entries this sentence has already: a feature counts once however often its word recurs. */
let seen = new Uint8Array(0);
let stamp = 0;

function emit(index: number): void {
  if (seen[index] === stamp) return;
  seen[index] = stamp;
  out[n++] = index;
}

/** A fresh sentence: only the bias so far. */
function startSentence(bias: number): void {
  if (++stamp === 256) {
    seen.fill(0);
    stamp = 1;
  }
  n = 0;
  emit(bias);
}

/**
 * Each sentence of `text` (normalised as the model reads it; letters are lower-cased here) with
 * its features: indices into a table of 2^bits weights, each once (a long sentence that repeats
 * its words says no more than a short one).
 */
export function forEachSentenceFeatures(text: string, inParameter: boolean, bits: number, visit: SentenceVisitor): void {
  const mask = (1 << bits) - 1;
  // At most four features a character (a CJK character is two words, each a unigram, a parameter unigram and a pair) and the bias.
  if (out.length < 8 * text.length + 2) out = new Int32Array(8 * text.length + 2);
  if (seen.length !== 1 << bits) {
    seen = new Uint8Array(1 << bits);
    stamp = 0;
  }
  const bias = BIAS & mask;
  let sentenceStart = 0;
  let previous = 0; // the previous word's hash in this sentence, 0 at its start
  let h = FNV_OFFSET;
  let inWord = false;
  let previousCjk = -1;
  startSentence(bias);
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 10;
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95) {
        h = Math.imul(h ^ c, FNV_PRIME);
        inWord = true;
        continue;
      }
      if (c >= 65 && c <= 90) {
        h = Math.imul(h ^ (c | 32), FNV_PRIME);
        inWord = true;
        continue;
      }
    } else if (!isCjk(c)) {
      const ch = String.fromCharCode(c);
      if (LETTER_RE.test(ch)) {
        const lower = ch.toLowerCase();
        if (lower.length === 1) c = lower.charCodeAt(0);
        h = Math.imul(h ^ c, FNV_PRIME);
        inWord = true;
        continue;
      }
    }
    // Not a letter: the end of a word, if one was open.
    if (inWord) {
      const word = h >>> 0;
      emit(mix(word, UNIGRAM) & mask);
      if (inParameter) emit(mix(word, PARAMETER_UNIGRAM) & mask);
      if (previous !== 0) emit(mix(mix(previous, word), BIGRAM) & mask);
      previous = word;
      h = FNV_OFFSET;
      inWord = false;
    }
    if (c >= 128 && isCjk(c)) {
      for (let k = previousCjk >= 0 ? 0 : 1; k < 2; k++) {
        // The character, and the pair it ends.
        const word = (k === 1 ? Math.imul(FNV_OFFSET ^ c, FNV_PRIME) : Math.imul(Math.imul(FNV_OFFSET ^ previousCjk, FNV_PRIME) ^ c, FNV_PRIME)) >>> 0;
        emit(mix(word, UNIGRAM) & mask);
        if (inParameter) emit(mix(word, PARAMETER_UNIGRAM) & mask);
        if (previous !== 0) emit(mix(mix(previous, word), BIGRAM) & mask);
        previous = word;
      }
      previousCjk = c;
      continue;
    }
    previousCjk = -1;
    if (isMarkup(c)) {
      const word = Math.imul(FNV_OFFSET ^ c, FNV_PRIME) >>> 0;
      emit(mix(word, UNIGRAM) & mask);
      if (inParameter) emit(mix(word, PARAMETER_UNIGRAM) & mask);
      if (previous !== 0) emit(mix(mix(previous, word), BIGRAM) & mask);
      previous = word;
    } else if (i === text.length || isSentenceEnd(c)) {
      const end = Math.min(i + 1, text.length);
      if (end - sentenceStart > 2) visit(out, n, sentenceStart, end);
      sentenceStart = end;
      startSentence(bias);
      previous = 0;
    }
  }
}
