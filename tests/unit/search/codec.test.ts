import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePostings, encodePostings } from "@/lib/search/codec";

describe("postings codec", () => {
  it("round-trips ascending ids with their facet codes", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2_000_000 }), { maxLength: 300 }), fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 300, maxLength: 300 }), (raw, codeSource) => {
        const ids = [...raw].sort((a, b) => a - b);
        const codes = ids.map((_, i) => codeSource[i]!);
        expect(decodePostings(encodePostings(ids, codes))).toEqual({ ids, codes });
      }),
    );
  });

  it("spends one character on a neighbouring id", () => {
    expect(encodePostings([0, 1, 2, 3], [5, 6, 7, 8])).toHaveLength(4);
  });

  it("refuses ids out of order and codes out of range", () => {
    expect(() => encodePostings([3, 3], [0, 0])).toThrow(/ascend/);
    expect(() => encodePostings([1], [32])).toThrow(/out of range/);
  });

  it("reports corrupt text", () => {
    expect(() => decodePostings("a!")).toThrow(/invalid character/);
    expect(() => decodePostings("Z")).toThrow(/middle of a number/);
  });
});
