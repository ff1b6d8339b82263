import { describe, expect, it } from "vitest";
import { classifyTool, judgeTool } from "@/lib/classify";
import table from "@/lib/classify/calibration.json";
import type { CalibrationFeatures } from "@/lib/classify/stages/calibrate";
import { riskRank } from "@/lib/taxonomy";
import {
  ADJUDICATED_FILE,
  CORPUS_DIR,
  joinDefinitions,
  labelsBySplit,
  loadLabelledTools,
  PASS_FILES,
  readLabelFile,
  readLabels,
  readRetest,
  readSealed,
  RETEST_FILES,
} from "../../bench/classify-labels";
import { buildCalibrationTable, crossValidatedBands } from "../../bench/calibration-table";
import { needsShared } from "../../shared-corpus";

const OWN_KEYS = ["server", "tool", "category", "risk", "note"];

describe("hand labels fixtures", () => {
  it("hold only names and our own judgements, each tool once", () => {
    for (const labels of [readLabels(), readLabelFile(PASS_FILES.a), readLabelFile(PASS_FILES.b), readLabelFile(ADJUDICATED_FILE), readLabelFile(RETEST_FILES.a), readLabelFile(RETEST_FILES.b)]) {
      const keys = labels.map((l) => `${l.server}/${l.tool}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const l of labels) expect(Object.keys(l).every((k) => OWN_KEYS.includes(k))).toBe(true);
    }
  });

  it("the double-labelled set: two passes over the same 1,500+ tools from 120+ servers, adjudicated", () => {
    const a = readLabelFile(PASS_FILES.a);
    const b = readLabelFile(PASS_FILES.b);
    const adjudicated = readLabelFile(ADJUDICATED_FILE);
    const key = (l: { server: string; tool: string }) => `${l.server}/${l.tool}`;
    expect(a.map(key).sort()).toEqual(b.map(key).sort());
    expect(adjudicated.map(key).sort()).toEqual(a.map(key).sort());
    expect(adjudicated.length).toBeGreaterThanOrEqual(1500);
    expect(new Set(adjudicated.map((l) => l.server)).size).toBeGreaterThanOrEqual(120);
    // Risk disagreements go up: the adjudicated level is never below both passes.
    const byKey = (labels: typeof a) => new Map(labels.map((l) => [key(l), l]));
    const ma = byKey(a);
    const mb = byKey(b);
    for (const l of adjudicated) {
      const lowest = Math.min(riskRank(ma.get(key(l))?.risk ?? "low"), riskRank(mb.get(key(l))?.risk ?? "low"));
      expect(riskRank(l.risk)).toBeGreaterThanOrEqual(lowest);
    }
  });

  it("the retest: double-labelled tools labelled again by two passes, 500+ of each split, the higher level standing", () => {
    const adjudicated = new Set(readLabelFile(ADJUDICATED_FILE).map((l) => `${l.server}\u0000${l.tool}`));
    const sealed = new Set(readSealed().servers);
    const again = readRetest();
    const bySplit = { sealed: 0, development: 0 };
    for (const [key, l] of again) {
      expect(adjudicated.has(key)).toBe(true);
      bySplit[sealed.has(l.server) ? "sealed" : "development"]++;
    }
    expect(bySplit.sealed).toBeGreaterThanOrEqual(500);
    expect(bySplit.development).toBeGreaterThanOrEqual(500);
    const a = new Map(readLabelFile(RETEST_FILES.a).map((l) => [`${l.server}\u0000${l.tool}`, l]));
    const b = new Map(readLabelFile(RETEST_FILES.b).map((l) => [`${l.server}\u0000${l.tool}`, l]));
    for (const [key, l] of again) {
      expect(riskRank(l.risk)).toBe(Math.max(riskRank(a.get(key)!.risk), riskRank(b.get(key)!.risk)));
      expect(l.category).toBe(a.get(key)!.category === b.get(key)!.category ? a.get(key)!.category : null);
    }
  });

  it("seals at least 30% of the double-labelled servers, none of them legacy", () => {
    const sealed = readSealed();
    const servers = new Set(readLabelFile(ADJUDICATED_FILE).map((l) => l.server));
    const legacy = new Set(readLabels().map((l) => l.server));
    expect(sealed.servers.length).toBeGreaterThanOrEqual(0.3 * (servers.size + legacy.size));
    for (const s of sealed.servers) {
      expect(servers.has(s)).toBe(true);
      expect(legacy.has(s)).toBe(false);
    }
    for (const s of sealed.moved) expect(sealed.servers).not.toContain(s);
  });
});

const corpus = needsShared("corpus/servers", { at: CORPUS_DIR });

describe.skipIf(!corpus.available)(corpus.title("agreement with hand labels"), () => {
  const development = corpus.available ? joinDefinitions(labelsBySplit().filter((x) => x.split === "development").map((x) => x.label)).tools : [];
  const legacy = corpus.available ? loadLabelledTools() : { tools: [], missing: [] };

  it("every label names a tool in the corpus", () => {
    expect(legacy.missing).toEqual([]);
    expect(joinDefinitions(readLabelFile(ADJUDICATED_FILE)).missing).toEqual([]);
  });

  // Floors at what the rules reach now on development labels: a change that loses ground fails.
  it("development: category at least 89%, risk exact at least 78%, within one level at least 96%", () => {
    const verdicts = development.map((t) => ({ t, v: classifyTool(t.definition, t.identity) }));
    const share = (p: (x: (typeof verdicts)[number]) => boolean) => verdicts.filter(p).length / verdicts.length;
    expect(share(({ t, v }) => v.category === t.category)).toBeGreaterThanOrEqual(0.89);
    expect(share(({ t, v }) => v.risk === t.risk)).toBeGreaterThanOrEqual(0.78);
    expect(share(({ t, v }) => Math.abs(riskRank(v.risk) - riskRank(t.risk)) <= 1)).toBeGreaterThanOrEqual(0.96);
  });

  it("legacy: no tool labelled high or critical is rated low, and none is two levels too low", () => {
    const verdicts = legacy.tools.map((t) => ({ t, v: classifyTool(t.definition, t.identity) }));
    expect(verdicts.filter(({ t, v }) => riskRank(t.risk) >= riskRank("high") && v.risk === "low").map(({ t }) => `${t.server}/${t.tool}`)).toEqual([]);
    expect(verdicts.filter(({ t, v }) => riskRank(v.risk) - riskRank(t.risk) <= -2).map(({ t }) => `${t.server}/${t.tool}`)).toEqual([]);
  });

  // Judged once, for the two tests below.
  let samples: { server: string; features: CalibrationFeatures; exact: boolean }[] | undefined;
  const calibrationSamples = () =>
    (samples ??= development.map((t) => {
      const judged = judgeTool(t.definition, t.identity);
      return { server: t.server, features: judged.calibration, exact: judged.category === t.category && judged.risk === t.risk };
    }));

  it("the calibration table is exactly what the rules as they are give (rerun npm run calibrate:classify)", () => {
    expect(buildCalibrationTable(calibrationSamples())).toEqual(table);
  });

  // The promise for confidence, held on servers each table was not built from (the sealed
  // split is measured by eval:classify, never here): a rule or calibration change that lets
  // doubtful kinds into the top band fails.
  it("cross-validated by server, development verdicts at 0.9 or above are exactly right at least 95% of the time", () => {
    const top = crossValidatedBands(calibrationSamples())[0]!;
    expect(top.band).toBe(0.9);
    expect(top.tools).toBeGreaterThan(1000);
    expect(top.exact / top.tools).toBeGreaterThanOrEqual(0.95);
  });
});
