/**
 * Pure: the compact text encoding of postings. A posting list is a run of document ids in
 * ascending order, each with a 5-bit facet code (risk and category, see facets.ts) so
 * filters need no extra download. Each entry is stored as (gap - 1) * 32 + code, written
 * as a little-endian varint over 64 URL- and JSON-safe characters: the low 5 bits of a
 * character carry data, the 6th says another character follows. Neighbouring ids (a
 * server's tools sit together) therefore cost one character each.
 */

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export interface Postings {
  ids: number[];
  codes: number[];
}

function writeVarint(value: number, out: string[]): void {
  let v = value;
  while (v >= 32) {
    out.push(ALPHABET[(v % 32) + 32]!);
    v = Math.floor(v / 32);
  }
  out.push(ALPHABET[v]!);
}

/** Encodes ids (strictly ascending, from 0) with codes (0..31). The first id is absolute. */
export function encodePostings(ids: readonly number[], codes: readonly number[]): string {
  const out: string[] = [];
  let previous = -1;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const code = codes[i]!;
    if (id <= previous) throw new Error(`postings must ascend: ${id} after ${previous}`);
    if (code < 0 || code > 31) throw new Error(`facet code ${code} is out of range`);
    writeVarint((id - previous - 1) * 32 + code, out);
    previous = id;
  }
  return out.join("");
}

export function decodePostings(text: string): Postings {
  const ids: number[] = [];
  const codes: number[] = [];
  let previous = -1;
  let value = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const digit = VALUE[text.charCodeAt(i)] ?? -1;
    if (digit < 0) throw new Error(`postings contain an invalid character at ${i}`);
    value += (digit & 31) * scale;
    if (digit & 32) {
      scale *= 32;
      continue;
    }
    const code = value % 32;
    previous += Math.floor(value / 32) + 1;
    ids.push(previous);
    codes.push(code);
    value = 0;
    scale = 1;
  }
  if (scale !== 1) throw new Error("postings end in the middle of a number");
  return { ids, codes };
}
