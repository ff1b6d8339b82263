import { isCjk, normalize, splitCamel } from "./tokenize";

/**
 * Pure: which parts of a displayed text to mark for a query. Returns plain segments; the
 * page renders them as text and <mark>, never as HTML. A word is marked when it (or a
 * camelCase part of it) is one of the index terms the query matched or starts with a
 * query word; in CJK runs, matched characters and pairs are marked where they occur.
 */

export interface Segment {
  text: string;
  mark: boolean;
}

const WORDS = /[\p{L}\p{N}]+/gu;

export function highlight(text: string, terms: readonly string[], queryWords: readonly string[] = []): Segment[] {
  const termSet = new Set(terms);
  const prefixes = queryWords.map(normalize).filter((w) => w.length >= 2 && !isCjk(w));
  const cjkTerms = terms.filter(isCjk);
  const marks: [number, number][] = [];
  const wanted = (word: string) => termSet.has(word) || prefixes.some((p) => word.startsWith(p));

  for (const match of text.matchAll(WORDS)) {
    const start = match.index;
    const word = match[0];
    if (isCjk(word)) {
      markCjk(word, start, cjkTerms, marks);
      continue;
    }
    if (wanted(normalize(word))) {
      marks.push([start, start + word.length]);
      continue;
    }
    // camelCase parts: find each part's offset within the word.
    let offset = 0;
    for (const part of splitCamel(word).split(" ")) {
      const at = word.indexOf(part, offset);
      if (at < 0) break;
      if (wanted(normalize(part))) marks.push([start + at, start + at + part.length]);
      offset = at + part.length;
    }
  }
  return toSegments(text, marks);
}

function markCjk(run: string, start: number, cjkTerms: string[], marks: [number, number][]): void {
  if (cjkTerms.length === 0) return;
  for (const term of cjkTerms) {
    let from = 0;
    for (;;) {
      const at = run.indexOf(term, from);
      if (at < 0) break;
      marks.push([start + at, start + at + term.length]);
      from = at + 1;
    }
  }
}

function toSegments(text: string, marks: [number, number][]): Segment[] {
  if (marks.length === 0) return text ? [{ text, mark: false }] : [];
  marks.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of marks) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) segments.push({ text: text.slice(at, s), mark: false });
    segments.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
