/**
 * A JavaScript `\b` is a boundary between [A-Za-z0-9_] and anything else, so next to a letter
 * outside ASCII it never matches where a reader expects it: `\b(?:ändere|über)` cannot match
 * after a space, `(?:falló|libellé)\b` cannot match before one. Words of other languages written
 * that way are silently dead. This reads the vocabulary's sources and names every such spot.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const DIRS = ["lib/poisoning", "lib/classify", "lib/classify/stages"];
const isNonAsciiLetter = (c: string | undefined): boolean => c !== undefined && c.charCodeAt(0) > 0x7f && /\p{L}/u.test(c);

/** The top-level alternatives of the group opening at `open` (a "("), and where it closes. */
function alternatives(source: string, open: number): { alternatives: string[]; close: number } {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      current += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === "(") {
      depth++;
      if (depth === 1) {
        if (source.startsWith("?:", i + 1)) i += 2;
        continue;
      }
    } else if (c === ")") {
      depth--;
      if (depth === 0) {
        out.push(current);
        return { alternatives: out, close: i };
      }
    } else if (c === "|" && depth === 1) {
      out.push(current);
      current = "";
      continue;
    }
    current += c;
  }
  return { alternatives: out, close: source.length };
}

/** Every `\b` that sits against a letter outside ASCII, directly or through a group's alternatives. */
function deadBoundaries(source: string): string[] {
  const found: string[] = [];
  // "\b" as written in a regex literal or String.raw, or "\\b" in an ordinary string.
  const boundary = /\\{1,2}b/g;
  for (let m = boundary.exec(source); m; m = boundary.exec(source)) {
    const after = m.index + m[0].length;
    const before = source[m.index - 1];
    if (isNonAsciiLetter(source[after])) found.push(`\\b before "${source.slice(after, after + 12)}"`);
    if (isNonAsciiLetter(before)) found.push(`\\b after "${source.slice(Math.max(0, m.index - 12), m.index)}"`);
    if (source[after] === "(") {
      for (const alt of alternatives(source, after).alternatives) if (isNonAsciiLetter(alt[0])) found.push(`\\b before the alternative "${alt}"`);
    }
    if (before === ")") {
      // Find the group this ")" closes and read its alternatives' last letters.
      let depth = 0;
      for (let i = m.index - 1; i >= 0; i--) {
        if (source[i - 1] === "\\") continue;
        if (source[i] === ")") depth++;
        else if (source[i] === "(" && --depth === 0) {
          for (const alt of alternatives(source, i).alternatives) if (isNonAsciiLetter(alt[alt.length - 1])) found.push(`\\b after the alternative "${alt}"`);
          break;
        }
      }
    }
  }
  return found;
}

describe("word boundaries in the vocabularies", () => {
  it("finds a boundary against a letter outside ASCII, directly or through a group", () => {
    expect(deadBoundaries(String.raw`\b(?:cambia|ändere)\b`)).toEqual([`\\b before the alternative "ändere"`]);
    expect(deadBoundaries(String.raw`(?:falla|falló)\b`)).toEqual([`\\b after the alternative "falló"`]);
    expect(deadBoundaries(String.raw`\büber`)).toEqual([`\\b before "über"`]);
    expect(deadBoundaries(String.raw`\b(?:sur|dans)\b|(?<!\w)à(?!\w)|\bmás de\b`)).toEqual([]);
  });

  it("has none in the classifier's or the poisoning scanner's sources", () => {
    const found: string[] = [];
    for (const dir of DIRS) {
      for (const file of readdirSync(path.join(ROOT, dir))) {
        if (!file.endsWith(".ts")) continue;
        for (const spot of deadBoundaries(readFileSync(path.join(ROOT, dir, file), "utf8"))) found.push(`${dir}/${file}: ${spot}`);
      }
    }
    expect(found).toEqual([]);
  });
});
