import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../../bench/binomial-interval";

describe("Wilson's interval for a share", () => {
  it("brackets the share, narrows with more items, and stays within 0 and 1", () => {
    const [lo, hi] = wilsonInterval(223, 280)!;
    expect(lo).toBeLessThan(223 / 280);
    expect(hi).toBeGreaterThan(223 / 280);
    // A textbook value: 8 of 10 gives about 49.0% to 94.3%.
    expect(wilsonInterval(8, 10)![0]).toBeCloseTo(0.49, 2);
    expect(wilsonInterval(8, 10)![1]).toBeCloseTo(0.943, 2);
    const [wideLo, wideHi] = wilsonInterval(8, 10)!;
    expect(hi - lo).toBeLessThan(wideHi - wideLo);
    const [zeroLo, zeroHi] = wilsonInterval(0, 320)!;
    expect(zeroLo).toBe(0);
    expect(zeroHi).toBeGreaterThan(0);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});
