import { describe, expect, it } from "vitest";
import { calibrate, calibrator, type CalibrationFeatures } from "@/lib/classify/stages/calibrate";
import { buildCalibrationTable } from "../../bench/calibration-table";

const readLow: CalibrationFeatures = { category: "read", risk: "low", heuristic: 0.95, raisedByDomain: false, verbFromName: true, plainVerb: true, annotationsAgree: false, privateData: false };
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

  it("the committed table trusts a read of private things less than one of nothing private", () => {
    // On the development labels such reads are medium more often (personal data in bulk, or not).
    expect(calibrate({ ...readLow, privateData: true })).toBeLessThan(calibrate(readLow));
  });
});
