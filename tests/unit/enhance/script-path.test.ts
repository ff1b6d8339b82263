import { describe, expect, it } from "vitest";
import { enhancerSrc, exportsScriptSrc, searchScriptSrc } from "@/lib/enhance/script-path";

describe("enhancerSrc", () => {
  it("carries the build's content hash and the base path", () => {
    expect(enhancerSrc("", "0123abcd4567")).toBe("/enhance.js?v=0123abcd4567");
    expect(enhancerSrc("/catalogue", "0123abcd4567")).toBe("/catalogue/enhance.js?v=0123abcd4567");
  });

  it("is the bare path when no build version is known (next dev)", () => {
    expect(enhancerSrc("", "")).toBe("/enhance.js");
    expect(enhancerSrc("/catalogue", undefined)).toBe("/catalogue/enhance.js");
  });
});

describe("exportsScriptSrc", () => {
  it("is served beside the enhancer, under the same build hash", () => {
    expect(exportsScriptSrc("/catalogue", "0123abcd4567")).toBe("/catalogue/client-exports.js?v=0123abcd4567");
    expect(exportsScriptSrc("", undefined)).toBe("/client-exports.js");
  });
});

describe("searchScriptSrc", () => {
  it("is served beside the enhancer, under its own hash", () => {
    expect(searchScriptSrc("/catalogue", "0123abcd4567")).toBe("/catalogue/search-page.js?v=0123abcd4567");
    expect(searchScriptSrc("", undefined)).toBe("/search-page.js");
  });
});
