/**
 * Encoded payloads: base64, hex or percent-encoded runs that decode to readable text, and ROT13 passages. The
 * decoded text is what a model that follows "decode this and apply it" would read, so the
 * judge reads it too. Binary data (an example PNG, a commit hash, a JWT of JSON) is not text
 * and is left alone.
 */

export interface Decoded {
  /** The encoded run as it appears in the sentence. */
  encoded: string;
  /** Index of the run in the sentence. */
  index: number;
  text: string;
  scheme: "base64" | "hex" | "rot13" | "percent-encoding";
}

const BASE64_RUN_RE = /[A-Za-z0-9+/]{24,}={0,2}/g;
const HEX_RUN_RE = /\b(?:[0-9a-fA-F]{2}){16,}\b/g;
const ROT13_MARK_RE = /\brot-?13\b|\bcaesar\b/i;
/** URL percent-encoding of a whole passage ("%57%68%65%6E…"): every character escaped, so no word shows. */
const PERCENT_RUN_RE = /(?:%[0-9A-Fa-f]{2}){12,}/g;
/** Five or more words joined by escaped spaces, as one run with no space in it. */
const ESCAPED_PROSE_RE = /(?:(?:[^\s%]|%[0-9A-Fa-f]{2})*?%20){5,}(?:[^\s%]|%[0-9A-Fa-f]{2})*/g;

const utf8 = new TextDecoder("utf-8", { fatal: false });

/** Readable prose: mostly letters and spaces, at least four words (or, in Chinese, Japanese or Korean, eight characters). */
function readable(text: string): boolean {
  if (text.length < 8) return false;
  let printable = 0;
  let spaces = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) spaces++;
    if ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) cjk++;
    if ((c >= 32 && c < 127) || c === 10 || c >= 0xa0) printable++;
    if (c === 0xfffd) return false;
  }
  return printable / text.length > 0.95 && (spaces >= 3 || cjk >= 8);
}

function fromBase64(run: string): string | null {
  try {
    const binary = atob(run.length % 4 === 0 ? run : run + "=".repeat((4 - (run.length % 4)) % 4));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

function fromHex(run: string): string {
  const bytes = new Uint8Array(run.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 2, i * 2 + 2), 16);
  return utf8.decode(bytes);
}

export function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** Percent-encoded text decoded, or null where its escapes are broken. */
export function percentDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The runs of `run` in `text` that percent-decode to readable prose, added to `out`. */
function percentDecoded(run: RegExp, text: string, out: Decoded[]): void {
  run.lastIndex = 0;
  for (let m = run.exec(text); m; m = run.exec(text)) {
    const decoded = percentDecode(m[0]);
    if (decoded !== null && readable(decoded)) out.push({ encoded: m[0], index: m.index, text: decoded, scheme: "percent-encoding" });
  }
}

/** The first line of what follows a sentence, for a payload the sentence introduces. */
function nextLine(rest: string): string {
  const next = rest.replace(/^\s+/, "");
  const end = next.indexOf("\n");
  return (end === -1 ? next : next.slice(0, end)).slice(0, 4000);
}

/** Readable payloads in a sentence; `rest` is the text after the sentence (a ROT13 passage may run on). */
export function decodePayloads(sentence: string, rest: string): Decoded[] {
  // A sentence that introduces what follows ("Template (URL-encoded, decode and run):") carries the next line's payload.
  const introduced = /:\s*$/.test(sentence) ? nextLine(rest) : "";
  const scope = introduced ? `${sentence} ${introduced}` : sentence;
  const out: Decoded[] = [];
  BASE64_RUN_RE.lastIndex = 0;
  for (let m = BASE64_RUN_RE.exec(scope); m; m = BASE64_RUN_RE.exec(scope)) {
    // Plain words run together ("AbcDefGhi...") are not base64 unless they decode to prose.
    const text = fromBase64(m[0]);
    if (text && readable(text)) out.push({ encoded: m[0], index: m.index, text, scheme: "base64" });
  }
  HEX_RUN_RE.lastIndex = 0;
  for (let m = HEX_RUN_RE.exec(scope); m; m = HEX_RUN_RE.exec(scope)) {
    const text = fromHex(m[0]);
    if (readable(text)) out.push({ encoded: m[0], index: m.index, text, scheme: "hex" });
  }
  percentDecoded(PERCENT_RUN_RE, scope, out);
  // Prose whose spaces and punctuation are escaped but whose letters are not ("Dupa%20rezervare%2C%20trimite…").
  if (!out.length && scope.includes("%20")) percentDecoded(ESCAPED_PROSE_RE, scope, out);
  const mark = ROT13_MARK_RE.exec(sentence);
  if (mark) {
    const after = (sentence.slice(mark.index + mark[0].length) + rest).slice(0, 600);
    const colon = after.indexOf(":");
    const passage = colon !== -1 && colon < 80 ? after.slice(colon + 1) : after;
    out.push({ encoded: passage.trim(), index: mark.index, text: rot13(passage).trim(), scheme: "rot13" });
  }
  return out;
}
