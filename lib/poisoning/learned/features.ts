/**
 * What the learned scorer (./scorer.ts) sees of a text: sentence by sentence, its words, its
 * word pairs and, for a parameter's text, its words again marked as a parameter's (an instruction
 * inside a parameter's description reads differently from one in the tool's own description).
 * Chinese, Japanese and Korean text has no spaces, so each character and each pair of characters
 * is a word. Words are hashed into a fixed table, so the model is a flat array of weights and
 * needs no vocabulary.
 *
 * Pure, and the only definition of the features: training and scoring both call it, so they
 * cannot drift apart. One pass over the text and no allocation per word: the scan runs it on every
 * string of every tool the catalogue classifies.
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
/**
 * The features a sentence has already, so each counts once however often its word recurs: a
 * small open-addressing set (keys, and the stamp of the sentence that filled a slot), sized to
 * the sentence rather than to the weight table, so that it stays in the processor's nearest cache.
 */
const set = { keys: new Int32Array(256), stamps: new Int32Array(256), mask: 255, stamp: 0 };

/** Adds `index` to the sentence's features unless it is there; returns how many there are. Small enough to be inlined. */
function add(index: number, count: number, features: Int32Array, keys: Int32Array, stamps: Int32Array, mask: number, stamp: number): number {
  // Feature indices are hashes already: their low bits place them.
  let slot = index & mask;
  while (stamps[slot] === stamp) {
    if (keys[slot] === index) return count;
    slot = (slot + 1) & mask;
  }
  stamps[slot] = stamp;
  keys[slot] = index;
  features[count] = index;
  return count + 1;
}

/** Twice the slots, the sentence's features placed again. */
function growSet(features: Int32Array, count: number): void {
  const size = 2 * (set.mask + 1);
  set.keys = new Int32Array(size);
  set.stamps = new Int32Array(size);
  set.mask = size - 1;
  set.stamp = 1;
  for (let i = 0; i < count; i++) add(features[i]!, i, features, set.keys, set.stamps, set.mask, 1);
}

/** The stamp of a fresh sentence. */
function nextStamp(): number {
  if (++set.stamp === 0x7fffffff) {
    set.stamps.fill(0);
    set.stamp = 1;
  }
  return set.stamp;
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
  const features = out;
  const bias = BIAS & mask;
  // The set's arrays and this sentence's stamp, held locally: they change only when the set grows.
  let { keys, stamps, mask: slots } = set;
  let stamp = nextStamp();
  let count = add(bias, 0, features, keys, stamps, slots, stamp);
  let sentenceStart = 0;
  let previous = 0; // the previous word's hash in this sentence, 0 at its start
  let h = FNV_OFFSET;
  let inWord = false;
  let previousCjk = -1;
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
    // Room for the most one character can add (six: two CJK words of three features each).
    if (2 * (count + 6) > slots) {
      growSet(features, count);
      ({ keys, stamps, mask: slots, stamp } = set);
    }
    // Not a letter: the end of a word, if one was open.
    if (inWord) {
      const word = h >>> 0;
      count = add(mix(word, UNIGRAM) & mask, count, features, keys, stamps, slots, stamp);
      if (inParameter) count = add(mix(word, PARAMETER_UNIGRAM) & mask, count, features, keys, stamps, slots, stamp);
      if (previous !== 0) count = add(mix(mix(previous, word), BIGRAM) & mask, count, features, keys, stamps, slots, stamp);
      previous = word;
      h = FNV_OFFSET;
      inWord = false;
    }
    if (c >= 128 && isCjk(c)) {
      for (let k = previousCjk >= 0 ? 0 : 1; k < 2; k++) {
        // The character, and the pair it ends.
        const word = (k === 1 ? Math.imul(FNV_OFFSET ^ c, FNV_PRIME) : Math.imul(Math.imul(FNV_OFFSET ^ previousCjk, FNV_PRIME) ^ c, FNV_PRIME)) >>> 0;
        count = add(mix(word, UNIGRAM) & mask, count, features, keys, stamps, slots, stamp);
        if (inParameter) count = add(mix(word, PARAMETER_UNIGRAM) & mask, count, features, keys, stamps, slots, stamp);
        if (previous !== 0) count = add(mix(mix(previous, word), BIGRAM) & mask, count, features, keys, stamps, slots, stamp);
        previous = word;
      }
      previousCjk = c;
      continue;
    }
    previousCjk = -1;
    if (isMarkup(c)) {
      const word = Math.imul(FNV_OFFSET ^ c, FNV_PRIME) >>> 0;
      count = add(mix(word, UNIGRAM) & mask, count, features, keys, stamps, slots, stamp);
      if (inParameter) count = add(mix(word, PARAMETER_UNIGRAM) & mask, count, features, keys, stamps, slots, stamp);
      if (previous !== 0) count = add(mix(mix(previous, word), BIGRAM) & mask, count, features, keys, stamps, slots, stamp);
      previous = word;
    } else if (i === text.length || isSentenceEnd(c)) {
      const end = Math.min(i + 1, text.length);
      if (end - sentenceStart > 2) visit(features, count, sentenceStart, end);
      sentenceStart = end;
      stamp = nextStamp();
      count = add(bias, 0, features, keys, stamps, slots, stamp);
      previous = 0;
    }
  }
}
