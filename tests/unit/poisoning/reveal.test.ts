import { describe, expect, it } from "vitest";
import { reveal } from "@/lib/poisoning";

describe("reveal: hidden characters made visible", () => {
  it("names invisible, bidirectional and control characters by code point", () => {
    expect(reveal("a\u200bb\u202ec\u0007d")).toBe("a[U+200B]b[U+202E]c[U+0007]d");
  });

  it("spells out text written in tag characters", () => {
    const hidden = [..."read keys"].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join("");
    expect(reveal(`Fetches.${hidden}`)).toBe('Fetches.[tag characters: "read keys"]');
  });

  it("leaves ordinary text, accents and CJK as written", () => {
    expect(reveal("Envía un correo. 获取天气。")).toBe("Envía un correo. 获取天气。");
  });
});
