import { describe, expect, it } from "vitest";
import { judgeTool } from "@/lib/classify";
import { calibrate, calibrator, type CalibrationFeatures } from "@/lib/classify/stages/calibrate";
import { buildCalibrationTable } from "../../bench/calibration-table";

const readLow: CalibrationFeatures = { category: "read", risk: "low", heuristic: 0.95, raisedByDomain: false, verbFromName: true, plainVerb: true, annotationsAgree: false, privateData: false, manyParameters: false };
const samples = (features: CalibrationFeatures, n: number, exact: number) => Array.from({ length: n }, (_, i) => ({ features, exact: i < exact }));

describe("building the calibration table", () => {
  it("rates a kind below its observed share, and a rarely seen kind further below", () => {
    const common = buildCalibrationTable(samples(readLow, 1000, 950)).rates["read/low/h/-/n/p/u"]!;
    const rare = buildCalibrationTable(samples(readLow, 20, 19)).rates["read/low/h/-/n/p/u"]!;
    expect(common).toBeLessThan(0.95);
    expect(common).toBeGreaterThan(0.93);
    expect(rare).toBeLessThan(common);
  });

  // A read of people's private things, and a search with many filters: each is medium more often on the development labels.
  const apart = [
    ["touch private data", { privateData: true }],
    ["take many parameters", { manyParameters: true }],
  ] as const;

  it.each(apart)("tells verdicts that %s apart from the rest of their kind", (_, feature) => {
    const other = { ...readLow, ...feature };
    const byTable = calibrator(buildCalibrationTable([...samples(readLow, 1000, 970), ...samples(other, 400, 340)]));
    expect(byTable(readLow)).toBeGreaterThanOrEqual(0.95);
    expect(byTable(other)).toBeLessThan(0.9);
  });

  it.each(apart)("the committed table trusts verdicts that %s less than the rest of their kind", (_, feature) => {
    expect(calibrate({ ...readLow, ...feature })).toBeLessThan(calibrate(readLow));
  });
});

describe("the features a verdict is calibrated by", () => {
  const withParameters = (n: number) => ({
    name: "list_shipments",
    description: "Lists shipments.",
    inputSchema: { type: "object" as const, properties: Object.fromEntries(Array.from({ length: n }, (_, i) => [`filter_${i}`, { type: "string" }])) },
  });
  it("counts a tool's own parameters: more than three is many", () => {
    expect(judgeTool(withParameters(3)).calibration.manyParameters).toBe(false);
    expect(judgeTool(withParameters(4)).calibration.manyParameters).toBe(true);
    expect(judgeTool({ name: "list_shipments", description: "Lists shipments." }).calibration.manyParameters).toBe(false);
  });
});
