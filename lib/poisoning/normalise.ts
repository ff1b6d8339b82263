/**
 * Text as the model reads it. A server can hide words from the person reviewing a tool
 * (zero-width and tag characters, bidirectional controls, terminal escapes, comments,
 * screens of blank space) while the model still reads them; others spell words with
 * look-alike letters or full-width forms to slip past filters. This undoes all of that
 * (Unicode NFKC, invisible characters dropped, tag characters decoded, look-alike letters
 * folded) and records which tricks were used, because hiding is itself a signal.
 */

export type HidingKind =
  | "invisible-characters"
  | "tag-characters"
  | "bidi-controls"
  | "terminal-escapes"
  | "html-comment"
  | "markdown-comment"
  | "whitespace-padding"
  | "look-alike-letters";

export interface NormalisedText {
  /** The text the model understands. */
  text: string;
  /** For each index of `text`, the index of the original character it came from; null when the text is unchanged. */
  origin: Int32Array | null;
  /** The hiding tricks found, in order of discovery. */
  hiding: HidingKind[];
  /** Ranges of `text` ([start, end) pairs) a person reading the definition would not see. */
  hidden: number[];
  /** Where in `text` the first hiding trick is (-1 when there is none). */
  trickAt: number;
}

const EMPTY: HidingKind[] = [];
const NO_RANGES: number[] = [];

/**
 * Anything outside printable ASCII, or an ASCII comment or padding: only such text needs the
 * slow path. Most definitions fail this test, so they cost one scan and no allocation.
 */
const NEEDS_WORK_RE = /[^\t\n\r\x20-\x7e]|<!--|\[[^\]\n]{0,20}\]:[ \t]*(?:#|<>)|[ \t\r\n]{24}/;

/**
 * Characters NFKC changes in a way that matters for reading: full-width letters and digits,
 * ligatures, letter-like and enclosed forms, mathematical alphabets, compatibility ideographs
 * and spaces, and combining marks (which compose). Full-width punctuation (common in Chinese
 * text) is read as it is.
 */
// These classes match UTF-16 code units on purpose (combining marks, the high halves of astral letters).
// eslint-disable-next-line no-misleading-character-class -- deliberate code-unit matching, see above
const COMPATIBILITY_RE = /[\u00a0\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u0300-\u036f\u2000-\u200a\u2024-\u2026\u2070-\u209f\u2100-\u218f\u2460-\u24ff\u2f00-\u2fdf\u3000\u3200-\u33ff\uf900-\ufaff\ufb00-\ufb4f\ufe30-\ufe6f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uffdc\ud835\ud83c]/;

/**
 * Normalises a text. Text with nothing to undo comes back as it is (the cue pass in `cues.ts`
 * only calls this when it met a character or a comment that needs it).
 */
export function normalise(original: string): NormalisedText {
  if (!NEEDS_WORK_RE.test(original)) return { text: original, origin: null, hiding: EMPTY, hidden: NO_RANGES, trickAt: -1 };
  return slowNormalise(original);
}

/** Look-alike letters, comments and padding: the steps that keep offsets. */
function finish(out: string, origin: Int32Array | null, hiding: Set<HidingKind>, hidden: number[], charTrickAt: number): NormalisedText {
  let text = out;
  let trickAt = charTrickAt;
  if (/[\u0370-\u03ff\u0400-\u04ff]/.test(text)) {
    const folded = foldLookAlikes(text);
    if (folded !== text) {
      hiding.add("look-alike-letters");
      for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) !== folded.charCodeAt(i)) {
          if (trickAt === -1 || i < trickAt) trickAt = i;
          break;
        }
      }
      text = folded;
    }
  }
  findComments(text, hiding, hidden);
  findPadding(text, hiding, hidden);
  for (let k = 0; k < hidden.length; k += 2) if (trickAt === -1 || (hidden[k] ?? 0) < trickAt) trickAt = hidden[k] ?? trickAt;
  return { text, origin, hiding: hiding.size ? [...hiding] : EMPTY, hidden: hidden.length ? hidden : NO_RANGES, trickAt };
}

/** Zero-width, joiners, soft hyphen, fillers, word joiners and invisible operators, BOM, variation selectors. */
function isInvisible(c: number): boolean {
  return (
    c === 0x00ad || c === 0x034f || c === 0x061c || c === 0x115f || c === 0x1160 || c === 0x17b4 || c === 0x17b5 ||
    (c >= 0x180b && c <= 0x180f) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) || c === 0x3164 || (c >= 0xfe00 && c <= 0xfe0f) || c === 0xfeff || c === 0xffa0 ||
    (c >= 0xfff0 && c <= 0xfff8)
  );
}

function isBidiControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

const RTL_RE = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** Scripts that use the zero-width non-joiner inside words (Arabic, Persian, Indic). */
// eslint-disable-next-line no-misleading-character-class -- whole script blocks, combining marks included
const ZWNJ_SCRIPT_RE = /[\u0600-\u06ff\u0900-\u0dff]/;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

function slowNormalise(original: string): NormalisedText {
  const hiding = new Set<HidingKind>();
  const hidden: number[] = [];
  const rtl = RTL_RE.test(original);
  let out = "";
  const origin: number[] = [];
  let invisibleCount = 0;
  let trickAt = -1;
  let tagStart = -1;
  let flagTags = false;
  let concealStart = -1;
  let run = "";
  let runStart = 0;

  const flushRun = (): void => {
    if (!run) return;
    const normal = COMPATIBILITY_RE.test(run) ? run.normalize("NFKC") : run;
    for (let k = 0; k < normal.length; k++) origin.push(runStart + Math.min(k, run.length - 1));
    out += normal;
    run = "";
  };
  const push = (text: string, from: number): void => {
    flushRun();
    for (let k = 0; k < text.length; k++) origin.push(from);
    out += text;
  };

  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    // Unicode tag characters (U+E0000 block) spell ASCII invisibly: decode them.
    if (c === 0xdb40 && i + 1 < original.length) {
      const low = original.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdc7f) {
        const ascii = low - 0xdc00;
        i++;
        // Tag characters after a black flag spell a subdivision flag (England, Scotland, Wales).
        if (flagTags || (tagStart === -1 && original.slice(i - 3, i - 1) === "\ud83c\udff4")) {
          flagTags = ascii !== 0x7f;
          continue;
        }
        if (tagStart === -1) {
          flushRun();
          tagStart = out.length;
        }
        if (ascii >= 0x20 && ascii <= 0x7e) push(String.fromCharCode(ascii), i - 1);
        continue;
      }
    }
    if (tagStart !== -1) closeTags();
    flagTags = false;
    if (c < 0x80) {
      if (c === 0x1b) {
        i = skipEscape(original, i);
        continue;
      }
      if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f) {
        invisibleCount++;
        if (trickAt === -1) trickAt = out.length + run.length;
        continue;
      }
      flushRun();
      origin.push(i);
      out += original.charAt(i);
      continue;
    }
    if (isInvisible(c) || isBidiControl(c)) {
      if (benignInvisible(original, i, c, rtl)) continue;
      if (isBidiControl(c) && !rtl) hiding.add("bidi-controls");
      invisibleCount++;
      if (trickAt === -1) trickAt = out.length + run.length;
      // One zero-width character inside a word already splits it against filters.
      if (isLetter(original.charCodeAt(i - 1)) && isLetter(original.charCodeAt(i + 1))) invisibleCount++;
      continue;
    }
    // A combining mark composes with the letter before it, even an ASCII one.
    if (!run && c >= 0x300 && c <= 0x36f && out.length && origin.length) {
      run = out.charAt(out.length - 1);
      runStart = origin.pop() ?? i;
      out = out.slice(0, -1);
    }
    if (!run) runStart = i;
    run += original.charAt(i);
  }
  if (tagStart !== -1) closeTags();
  flushRun();
  if (concealStart !== -1) hidden.push(concealStart, out.length);
  if (invisibleCount >= 2) hiding.add("invisible-characters");

  return finish(out, Int32Array.from(origin), hiding, hidden, hiding.has("invisible-characters") || hiding.has("bidi-controls") || hiding.has("terminal-escapes") ? trickAt : -1);

  function closeTags(): void {
    flushRun();
    if (out.length > tagStart) {
      hiding.add("tag-characters");
      hidden.push(tagStart, out.length);
    }
    tagStart = -1;
  }

  /** Terminal escape sequences: dropped; text after "conceal" (SGR 8) is hidden until a reset. */
  function skipEscape(s: string, at: number): number {
    hiding.add("terminal-escapes");
    if (trickAt === -1) trickAt = out.length + run.length;
    const next = s.charAt(at + 1);
    if (next === "[") {
      let j = at + 2;
      while (j < s.length && !(s.charCodeAt(j) >= 0x40 && s.charCodeAt(j) <= 0x7e)) j++;
      const params = s.slice(at + 2, j);
      if (s.charAt(j) === "m") {
        const codes = params.split(";");
        if (codes.includes("8")) {
          flushRun();
          if (concealStart === -1) concealStart = out.length;
        } else if (concealStart !== -1 && (codes.includes("0") || codes.includes("28") || params === "")) {
          flushRun();
          hidden.push(concealStart, out.length);
          concealStart = -1;
        }
      }
      return j;
    }
    if (next === "]") {
      let j = at + 2;
      while (j < s.length && s.charCodeAt(j) !== 7 && !(s.charCodeAt(j) === 0x1b && s.charAt(j + 1) === "\\")) j++;
      return s.charCodeAt(j) === 7 ? j : j + 1;
    }
    return at + 1;
  }
}

/** Invisible characters with an honest job: emoji joiners and variation selectors, the non-joiner in scripts that need it, a leading BOM, direction marks in right-to-left text. */
function benignInvisible(s: string, i: number, c: number, rtl: boolean): boolean {
  if (c === 0xfeff && i === 0) return true;
  if (isZeroWidthSpace(c)) return strayZeroWidth(s, i);
  if (c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f)) {
    const before = s.charCodeAt(i - 1);
    // After an emoji (surrogate pair or a symbol), not between two letters.
    return (before >= 0xdc00 && before <= 0xdfff) || (before >= 0x2000 && before <= 0x2bff);
  }
  if (c === 0x200c) return ZWNJ_SCRIPT_RE.test(s.charAt(i - 1)) || ZWNJ_SCRIPT_RE.test(s.charAt(i + 1));
  if ((c === 0x200e || c === 0x200f || c === 0x061c || isBidiControl(c)) && rtl) return true;
  return false;
}

/** Zero-width spaces and word joiners: what pages pasted into documentation carry ("How [U+200B][U+200B]to obtain"). */
function isZeroWidthSpace(c: number): boolean {
  return c === 0x200b || c === 0x2060 || c === 0xfeff;
}

/**
 * A short run (at most three) of zero-width spaces beside a space, a punctuation mark or an end
 * of the text: removing it leaves the same words, so it hides nothing and splits no word. A run
 * inside a word ("ig[U+200B]nore") splits it against filters, and a long run can spell a payload
 * in binary: those still count.
 */
function strayZeroWidth(s: string, i: number): boolean {
  let start = i;
  while (start > 0 && isZeroWidthSpace(s.charCodeAt(start - 1))) start--;
  let end = i;
  while (end + 1 < s.length && isZeroWidthSpace(s.charCodeAt(end + 1))) end++;
  if (end - start + 1 > 3) return false;
  return !(isLetter(s.charCodeAt(start - 1)) && isLetter(s.charCodeAt(end + 1)));
}

const LOOK_ALIKES: Record<string, string> = {
  а: "a", е: "e", о: "o", р: "p", с: "c", у: "y", х: "x", і: "i", ј: "j", ѕ: "s", ԁ: "d", һ: "h", ӏ: "l", ԛ: "q", ԝ: "w",
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", Х: "X", У: "Y", І: "I", Ј: "J", Ѕ: "S",
  ο: "o", α: "a", ε: "e", ι: "i", κ: "k", ν: "v", ρ: "p", τ: "t", υ: "u", χ: "x", Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H",
  Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y", Χ: "X",
};
const MIXED_WORD_RE = /[A-Za-z\u0370-\u03ff\u0400-\u04ff]+/g;
const LATIN_RE = /[A-Za-z]/;
const OTHER_SCRIPT_RE = /[\u0370-\u03bb\u03bd-\u03ff\u0400-\u04ff]/; // Greek mu stays: "µs" is micro-seconds

/** A name that mixes Latin with Cyrillic or Greek look-alike letters ("git_сommit"), and the Latin name it passes for; null for any other name. */
export function lookAlikeName(name: string): string | null {
  if (!LATIN_RE.test(name) || !OTHER_SCRIPT_RE.test(name)) return null;
  const folded = foldLookAlikes(name);
  return folded !== name ? folded : null;
}

/** Words that mix Latin with Cyrillic or Greek letters, spelled in Latin ("pаsswоrd" → "password"). Same length, so offsets hold. */
function foldLookAlikes(text: string): string {
  return text.replace(MIXED_WORD_RE, (word) => {
    if (!LATIN_RE.test(word) || !OTHER_SCRIPT_RE.test(word)) return word;
    let folded = "";
    for (const ch of word) folded += LOOK_ALIKES[ch] ?? ch;
    return folded;
  });
}

const HTML_COMMENT_RE = /<!--([\s\S]*?)(?:-->|$)/g;
const MARKDOWN_COMMENT_RE = /^[ \t]*\[[^\]\n]{0,20}\]:[ \t]*(?:#|<>)[ \t]*(.*)$/gm;

/**
 * Whether text[start, end) sits inside an inline code span on its line ("`<!-- preheader: … -->`"):
 * a comment quoted as code is shown to whoever reads the definition, not hidden from them.
 */
function inCodeSpan(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start) + 1;
  let ticks = 0;
  for (let i = lineStart; i < start; i++) if (text.charCodeAt(i) === 96) ticks++;
  if (ticks % 2 === 0) return false;
  const close = text.indexOf("`", end);
  const lineEnd = text.indexOf("\n", end);
  return close >= 0 && (lineEnd < 0 || close < lineEnd) && !text.slice(start, end).includes("`");
}

function findComments(text: string, hiding: Set<HidingKind>, hidden: number[]): void {
  if (text.includes("<!--")) {
    HTML_COMMENT_RE.lastIndex = 0;
    for (let m = HTML_COMMENT_RE.exec(text); m; m = HTML_COMMENT_RE.exec(text)) {
      if (!(m[1] ?? "").trim() || inCodeSpan(text, m.index, m.index + m[0].length)) continue;
      hiding.add("html-comment");
      hidden.push(m.index, m.index + m[0].length);
      if (m[0].length === 0) break;
    }
  }
  if (text.includes("]:")) {
    MARKDOWN_COMMENT_RE.lastIndex = 0;
    for (let m = MARKDOWN_COMMENT_RE.exec(text); m; m = MARKDOWN_COMMENT_RE.exec(text)) {
      if (!(m[1] ?? "").trim()) continue;
      hiding.add("markdown-comment");
      hidden.push(m.index, m.index + m[0].length);
    }
  }
}

/** Screens of blank space (40 or more characters, or seven line breaks) with more text after them. */
function findPadding(text: string, hiding: Set<HidingKind>, hidden: number[]): void {
  let run = 0;
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 10 || c === 0x3000) {
      run++;
      if (c === 10) breaks++;
      continue;
    }
    if (run >= 40 || breaks >= 7) {
      hiding.add("whitespace-padding");
      hidden.push(i, text.length);
      return;
    }
    run = 0;
    breaks = 0;
  }
}
