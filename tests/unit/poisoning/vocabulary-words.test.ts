/**
 * The cue pass knows words by hashing them as its walk reads them: letters, digits and "_" make a
 * word, a hyphen or any other mark ends one, and so does an apostrophe after one or two letters
 * (French and Italian elision: "l'utilisateur"). A vocabulary entry the walk would split ("e-posta"
 * read as "e" and "posta") can never match, so every entry must be one word as the walk reads it.
 */
import { describe, expect, it } from "vitest";
import { _internal } from "@/lib/poisoning/cues";

/** One word as the walk reads it, apostrophe included (not after one or two letters, except "i'm"). */
const ONE_WORD = /^[\p{L}\p{M}\p{N}_]+(?:['\u2019][\p{L}\p{M}]*)?$/u;
const ELIDED = /^[\p{L}]{1,2}['\u2019]/u;

describe("the cue vocabulary", () => {
  it("holds only entries the walk can read as one word", () => {
    const words = _internal.vocabularyWords();
    expect(words.length).toBeGreaterThan(800);
    const unreadable = words.filter((w) => !ONE_WORD.test(w) || (ELIDED.test(w) && !/^i['\u2019]/i.test(w)) || w.length < 2);
    expect(unreadable).toEqual([]);
  });
});
