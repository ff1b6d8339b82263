import { describe, expect, it } from "vitest";
import { calibrationBandOf, measuredFigures, parseMeasured, percent, percentRange } from "@/lib/catalogue/measured";

const figures = { servers: 40, tools: 461, categoryExact: 0.996, riskExact: 0.967, riskWithinOne: 1, dangerousRatedLow: 0, codeOrMoneyBelowHigh: 0, twoLevelsTooLow: 0 };

describe("measured figures", () => {
  it("the committed file is valid", () => {
    const measured = measuredFigures();
    expect(measured.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(measured.development.tools).toBeGreaterThan(0);
  });

  it("accepts the full shape, with or without sealed figures", () => {
    const value = { date: "2026-12-01", sealed: figures, development: figures, calibration: [{ band: "0.9-1.0", tools: 10, exact: 0.9 }] };
    expect(parseMeasured(value)).toEqual(value);
    expect(parseMeasured({ ...value, sealed: null }).sealed).toBeNull();
  });

  it("accepts a retest of the labels and names a wrong field in it", () => {
    const retest = { tools: 520, categoryExact: 0.958, riskExact: 0.929, riskWithinOne: 0.987, agreedTools: 473, classifierRiskExactWhereAgreed: 0.8 };
    const value = { date: "2026-12-01", sealed: figures, development: figures, calibration: [], labelRetest: { development: retest, sealed: retest } };
    expect(parseMeasured(value)).toEqual(value);
    expect(() => parseMeasured({ ...value, labelRetest: { development: retest, sealed: { ...retest, riskExact: 92.9 } } }, "m.json")).toThrow(/m\.json: labelRetest\.sealed\.riskExact:/);
    expect(() => parseMeasured({ ...value, labelRetest: { development: retest } }, "m.json")).toThrow(/m\.json: labelRetest\.sealed:/);
  });

  it("accepts intervals on the figures and the confidence bands, and names a reversed or out-of-range one", () => {
    const intervals = { categoryExact: [0.892, 0.935], riskExact: [0.751, 0.814], riskWithinOne: [0.948, 0.975] };
    const value = { date: "2026-12-03", sealed: { ...figures, intervals }, development: figures, calibration: [{ band: "0.9-1.0", tools: 463, exact: 0.955, interval: [0.933, 0.974] }] };
    expect(parseMeasured(value)).toEqual(value);
    expect(() => parseMeasured({ ...value, sealed: { ...figures, intervals: { ...intervals, riskExact: [0.814, 0.751] } } }, "m.json")).toThrow(/m\.json: sealed\.intervals\.riskExact: the low end must not be above/);
    expect(() => parseMeasured({ ...value, calibration: [{ band: "0.9-1.0", tools: 463, exact: 0.955, interval: [0.933, 97.4] }] }, "m.json")).toThrow(/m\.json: calibration\.0\.interval\.1:/);
    expect(percentRange([0.751, 0.814])).toBe("75.1–81.4%");
  });

  it("finds the measured band a confidence falls in, 1 included in the top one", () => {
    const bands = ["0.9-1.0", "0.8-0.9", "0.7-0.8", "0.5-0.7", "0.0-0.5"].map((band, i) => ({ band, tools: 10 + i, exact: 0.5 }));
    expect(calibrationBandOf(0.94, bands)?.band).toBe("0.9-1.0");
    expect(calibrationBandOf(1, bands)?.band).toBe("0.9-1.0");
    expect(calibrationBandOf(0.9, bands)?.band).toBe("0.9-1.0");
    expect(calibrationBandOf(0.89, bands)?.band).toBe("0.8-0.9");
    expect(calibrationBandOf(0.05, bands)?.band).toBe("0.0-0.5");
    expect(calibrationBandOf(0.5, [])).toBeUndefined();
  });

  it("names the file and field of a wrong figure", () => {
    expect(() => parseMeasured({ date: "soon", sealed: { ...figures, riskExact: 96.7 }, development: figures, calibration: [] }, "m.json")).toThrow(
      /m\.json: date: must be a date[\s\S]*m\.json: sealed\.riskExact:/,
    );
  });

  it("prints shares as percentages with one decimal", () => {
    expect(percent(0.967)).toBe("96.7%");
    expect(percent(1)).toBe("100.0%");
  });
});
