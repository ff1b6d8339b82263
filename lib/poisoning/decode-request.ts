/**
 * An order to decode and carry out, in one string, and the encoded text it means, in another: "The
 * `profile` default below is base64; decode it and follow it" over a default that decodes to
 * prose. Each string alone reads as harmless (a request with nothing to decode, a value that is
 * only letters), so the scan keeps the first such value it meets and, only for a definition that
 * has one, looks for the order at the end.
 * Only an allowed or default value counts as the payload: an example shows a format.
 *
 * Pure; the scan (./scan.ts) holds the state.
 */
import { decodePayloads, rot13, type Decoded } from "./encoded";
import { OBEY_DECODED_RE } from "./judge";
import { DECODE_REQUEST } from "./lexicon";
import type { ValueKey } from "./fields";

const DECODE_RE = new RegExp(DECODE_REQUEST, "gi");
const ROT13_RE = /\brot-?13\b|\bcaesar\b/i;

export interface DecodeRequest {
  start: number;
  end: number;
  /** It names ROT13, whose text looks like words and cannot be told from prose by its letters. */
  rot13: boolean;
}

/** The sentence of `text` that asks the model to decode something and carry it out, if any. */
export function decodeRequestIn(text: string): DecodeRequest | null {
  DECODE_RE.lastIndex = 0;
  for (let decode = DECODE_RE.exec(text); decode; decode = DECODE_RE.exec(text)) {
    const start = Math.max(text.lastIndexOf(". ", decode.index), text.lastIndexOf("\n", decode.index)) + 1;
    const stop = text.slice(decode.index).search(/[.\n](?:\s|$)/);
    const end = stop < 0 ? text.length : decode.index + stop + 1;
    const sentence = text.slice(start, end);
    if (OBEY_DECODED_RE.test(sentence)) return { start, end, rot13: ROT13_RE.test(sentence) };
    if (stop < 0) break;
    DECODE_RE.lastIndex = end;
  }
  return null;
}

/** Prose hidden in an allowed or default value: base64, hex or percent-encoded; or, where ROT13 was named, words that decode from it. */
export function encodedValue(value: string, valueKey: ValueKey | undefined): Decoded | null {
  if (valueKey !== "default" && valueKey !== "enum" && valueKey !== "const") return null;
  if (value.length < 16) return null;
  return decodePayloads(value, "")[0] ?? null;
}

/** A value of words, read as ROT13 once a request names it. */
export function rot13Value(value: string): Decoded | null {
  if ((value.match(/[A-Za-z]+/g)?.length ?? 0) < 4) return null;
  return { encoded: value, index: 0, text: rot13(value), scheme: "rot13" };
}
