import path from "node:path";
import { describe, expect, it } from "vitest";
import { forEachSentenceFeatures } from "../../bench/poisoning-learned/features";
import { definitionScore, definitionSentences, trainWeights } from "../../bench/poisoning-learned/train";
import { inStudiedHalf, inUnreadHalf, loadLabelled } from "../../bench/poisoning-data";

/** Each sentence of a text as [its text, its features sorted]. */
function sentences(text: string, inParameter = false, bits = 17): [string, number[]][] {
  const out: [string, number[]][] = [];
  forEachSentenceFeatures(text, inParameter, bits, (features, count, start, end) => out.push([text.slice(start, end), [...features.subarray(0, count)].sort((a, b) => a - b)]));
  return out;
}

// The scorer npm run eval:poisoning-learned measures against the rules (not part of the scan).
describe("the learned poisoning scorer's features", () => {
  it("split a text into sentences at full stops, question and exclamation marks, semicolons, line ends and their full-width forms", () => {
    expect(sentences("Lists files. Then stop! Why? Go on; next\nNext line。次の文！").map(([s]) => s.trim())).toEqual(["Lists files.", "Then stop!", "Why?", "Go on;", "next", "Next line。", "次の文！"]);
  });

  it("skip fragments of two characters or fewer", () => {
    expect(sentences("a. Lists files.").map(([s]) => s.trim())).toEqual(["Lists files."]);
  });

  it("ignore letter case", () => {
    expect(sentences("Send The KEYS.")[0]![1]).toEqual(sentences("send the keys.")[0]![1]);
  });

  it("count each word and word pair once per sentence", () => {
    expect(sentences("alpha beta alpha beta alpha beta.")[0]![1]).toEqual(sentences("alpha beta alpha beta.")[0]![1]);
    expect(sentences("alpha beta.")[0]![1].length).toBeLessThan(sentences("alpha beta gamma.")[0]![1].length);
  });

  it("mark a parameter's words apart from a description's", () => {
    const plain = sentences("put the key here.")[0]![1];
    const parameter = sentences("put the key here.", true)[0]![1];
    expect(parameter.length).toBeGreaterThan(plain.length);
    for (const f of plain) expect(parameter).toContain(f);
  });

  it("read Chinese, Japanese and Korean by character and character pair", () => {
    const key = sentences("发送密钥。")[0]![1];
    const file = sentences("发送文件。")[0]![1];
    expect(key.length).toBeGreaterThan(7);
    expect(key).not.toEqual(file);
    expect(key.filter((f) => file.includes(f)).length).toBeGreaterThan(2);
  });
});

describe("the learned poisoning scorer", () => {
  it("trains on the studied halves only, and then ranks a poisoned definition above an honest one more often than not", () => {
    const dev = loadLabelled(path.resolve(import.meta.dirname, "../../fixtures/poisoning/dev.json"));
    const weights = trainWeights(dev.filter((i) => !inUnreadHalf(i.id)));
    // Scored on the fifth batch's studied half, which it trained on: a floor that catches a broken trainer, not an estimate.
    const seen = dev.filter((i) => i.id.startsWith("w5-") && inStudiedHalf(i.id)).map((i) => ({ poisoned: i.poisoned, score: definitionScore(weights, definitionSentences(i.tool)) }));
    const pairs = seen.filter((a) => a.poisoned).flatMap((a) => seen.filter((b) => !b.poisoned).map((b) => a.score > b.score));
    expect(pairs.filter(Boolean).length / pairs.length).toBeGreaterThan(0.9);
  }, 60_000);
});
