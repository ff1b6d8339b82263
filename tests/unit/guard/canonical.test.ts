import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { argumentsDigest, canonicalJson } from "@/lib/guard/canonical";

describe("canonicalJson", () => {
  it("sorts keys at every depth and writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: "x" } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it("sorts by UTF-16 code units, as RFC 8785 does", () => {
    expect(canonicalJson({ "€": 1, "\u0080": 2, a: 3, B: 4, "😀": 5, "\ufb33": 6 })).toBe('{"B":4,"a":3,"\u0080":2,"€":1,"😀":5,"\ufb33":6}');
  });

  it("is the same text whatever order the keys arrived in, and parses back to the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        const shuffled = JSON.parse(JSON.stringify(value, (_k, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)));
        expect(canonicalJson(shuffled)).toBe(text);
      }),
    );
  });
});

describe("argumentsDigest", () => {
  it("is the SHA-256 of the canonical JSON, and treats missing arguments as {}", () => {
    const sha = (text: string) => createHash("sha256").update(text).digest("hex");
    expect(argumentsDigest({ path: "/tmp/x", mode: 1 })).toBe(sha('{"mode":1,"path":"/tmp/x"}'));
    expect(argumentsDigest({ mode: 1, path: "/tmp/x" })).toBe(argumentsDigest({ path: "/tmp/x", mode: 1 }));
    expect(argumentsDigest(undefined)).toBe(sha("{}"));
    expect(argumentsDigest({ a: 1 })).not.toBe(argumentsDigest({ a: 2 }));
  });
});
