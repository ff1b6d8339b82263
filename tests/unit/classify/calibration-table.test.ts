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

  it("tells verdicts that touch private data apart from the rest of their kind", () => {
    const privateRead = { ...readLow, privateData: true };
    const table = buildCalibrationTable([...samples(readLow, 1000, 970), ...samples(privateRead, 400, 340)]);
    const byTable = calibrator(table);
    expect(byTable(readLow)).toBeGreaterThanOrEqual(0.95);
    expect(byTable(privateRead)).toBeLessThan(0.9);
  });

  it("tells reads with many parameters apart from the rest of their kind", () => {
    const search = { ...readLow, manyParameters: true };
    const table = buildCalibrationTable([...samples(readLow, 1000, 980), ...samples(search, 400, 340)]);
    const byTable = calibrator(table);
    expect(byTable(readLow)).toBeGreaterThanOrEqual(0.95);
    expect(byTable(search)).toBeLessThan(0.9);
  });

  it("the committed table trusts a search with many filters less than a read with one or two", () => {
    // On the development labels such reads are searches across many records, medium more often.
    expect(calibrate({ ...readLow, manyParameters: true })).toBeLessThan(calibrate(readLow));
  });

  it("the committed table trusts a read of private things less than one of nothing private", () => {
    // On the development labels such reads are medium more often (personal data in bulk, or not).
    expect(calibrate({ ...readLow, privateData: true })).toBeLessThan(calibrate(readLow));
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
