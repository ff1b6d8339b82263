import { describe, expect, it } from "vitest";
import { classifyTool } from "@/lib/classify";
import { riskRank } from "@/lib/taxonomy";
import { corpusAvailable, CORPUS_DIR, loadLabelledTools, readLabels } from "../../bench/classify-labels";

describe("hand labels fixture", () => {
  it("holds at least 300 labels across many servers, with only names and our judgements", () => {
    const labels = readLabels();
    expect(labels.length).toBeGreaterThanOrEqual(300);
    expect(new Set(labels.map((l) => l.server)).size).toBeGreaterThanOrEqual(20);
    for (const l of labels) expect(Object.keys(l).every((k) => ["server", "tool", "category", "risk", "note"].includes(k))).toBe(true);
    const keys = labels.map((l) => `${l.server}/${l.tool}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe.skipIf(!corpusAvailable())(`agreement with hand labels (needs the corpus at ${CORPUS_DIR})`, () => {
  const { tools, missing } = corpusAvailable() ? loadLabelledTools() : { tools: [], missing: [] };
  const verdicts = tools.map((t) => ({ label: t, verdict: classifyTool(t.definition, t.identity) }));

  it("every label names a tool in the corpus, and ~60 or more are Chinese", () => {
    expect(missing).toEqual([]);
    expect(tools.filter((t) => /[\u3400-\u9fff]/.test(t.definition.description ?? "")).length).toBeGreaterThanOrEqual(60);
  });

  it("category agreement is at least 90%", () => {
    const hits = verdicts.filter((v) => v.verdict.category === v.label.category).length;
    expect(hits / tools.length).toBeGreaterThanOrEqual(0.9);
  });

  it("risk agreement is at least 85% exact and 98% within one level", () => {
    const exact = verdicts.filter((v) => v.verdict.risk === v.label.risk).length;
    const near = verdicts.filter((v) => Math.abs(riskRank(v.verdict.risk) - riskRank(v.label.risk)) <= 1).length;
    expect(exact / tools.length).toBeGreaterThanOrEqual(0.85);
    expect(near / tools.length).toBeGreaterThanOrEqual(0.98);
  });

  it("no tool labelled high or critical is rated low, and none is two levels too low", () => {
    const dangerousRatedLow = verdicts.filter((v) => riskRank(v.label.risk) >= riskRank("high") && v.verdict.risk === "low");
    expect(dangerousRatedLow.map((v) => `${v.label.server}/${v.label.tool}`)).toEqual([]);
    const twoTooLow = verdicts.filter((v) => riskRank(v.verdict.risk) - riskRank(v.label.risk) <= -2);
    expect(twoTooLow.map((v) => `${v.label.server}/${v.label.tool}`)).toEqual([]);
  });
});
