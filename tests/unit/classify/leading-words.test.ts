/**
 * The leading-word index in front of the capability patterns: it may let through a pattern that
 * cannot match, never turn away one that can.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detect } from "@/lib/classify/detect";
import { DOMAIN_CAPABILITIES } from "@/lib/classify/lexicon";
import { LeadingWordIndex, leadingWords } from "@/lib/classify/stages/leading-words";
import { mcpToolSchema } from "@/lib/mcp/schema";
import { CORPUS_DIR } from "../../bench/classify-labels";
import { needsShared } from "../../shared-corpus";

describe("leading words read from a pattern", () => {
  it("reads a word or a group of words after ^, a skip of words and \\b", () => {
    expect(leadingWords(/\b(?:transfer|tokens?|execut\w*)\s(?:\w+\s)?x\b|\bvia ssh\b/, true)).toEqual(["transfer", "token", "execut", "via ssh"]);
    expect(leadingWords(/^(?:\w+\s){0,3}?(?:sends?|switch(?:es)?)\sx/, true)).toEqual(["send", "switch"]);
    expect(leadingWords(/(?:转账|转出)[^，]{0,8}?币|(?:终端|Shell)执行/, false)).toEqual(["转账", "转出", "终端", "Shell"]);
  });

  it("gives up on any other shape, so the pattern always runs", () => {
    expect(leadingWords(/\b(?:an?\s)?token\b/, true)).toBeNull(); // the first group may be skipped
    expect(leadingWords(/\b(?:[a-z]+ql|cypher)\b/, true)).toBeNull(); // not a literal word
    expect(leadingWords(/token\b/, true)).toBeNull(); // not anchored at a word start
    expect(leadingWords(/\b(?:a[)(]b|cd)\b/, true)).toEqual(["a", "cd"]); // a bracket inside a class does not close the group
    expect(leadingWords(/\btoken\b/i, true)).toBeNull(); // flags change what matches
    const index = new LeadingWordIndex(true);
    index.add(0, /\b(?:an?\s)?token\b/);
    const marks = new Uint8Array(1);
    index.mark("nothing here", marks, 1);
    expect(marks[0]).toBe(1);
  });

  it("marks a pattern only where one of its words starts a word", () => {
    const index = new LeadingWordIndex(true);
    index.add(0, /\bsend\s(?:\w+\s)?tokens?\b/);
    const marks = new Uint8Array(1);
    index.mark("resend the tokens", marks, 1);
    expect(marks[0]).toBe(0);
    index.mark("send the tokens", marks, 2);
    expect(marks[0]).toBe(2);
  });
});

const corpus = needsShared("corpus/servers", { at: CORPUS_DIR });

describe.skipIf(!corpus.available)(corpus.title("the leading-word index on the corpus"), () => {
  it("marks every capability pattern that matches a definition", () => {
    const fields = [
      { key: "name", index: new LeadingWordIndex(true), text: (f: ReturnType<typeof detect>) => f.nameText },
      { key: "text", index: new LeadingWordIndex(true), text: (f: ReturnType<typeof detect>) => f.firstLower },
      { key: "zh", index: new LeadingWordIndex(false), text: (f: ReturnType<typeof detect>) => f.descHead },
    ] as const;
    for (const { key, index } of fields) DOMAIN_CAPABILITIES.forEach((c, id) => index.add(id, c[key]));
    const missed: string[] = [];
    for (const file of readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".json"))) {
      const data = JSON.parse(readFileSync(path.join(CORPUS_DIR, file), "utf8")) as { tools: unknown[] };
      for (const raw of data.tools) {
        const parsed = mcpToolSchema.safeParse(raw);
        if (!parsed.success) continue;
        const facts = detect(parsed.data, new Set());
        for (const { key, index, text } of fields) {
          const marks = new Uint8Array(DOMAIN_CAPABILITIES.length);
          index.mark(text(facts), marks, 1);
          DOMAIN_CAPABILITIES.forEach((c, id) => {
            if (c[key]?.test(text(facts)) && !marks[id]) missed.push(`${c.id} ${key}: ${parsed.data.name}`);
          });
        }
      }
    }
    expect(missed).toEqual([]);
  });
});
