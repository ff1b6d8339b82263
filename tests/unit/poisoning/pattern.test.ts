import { describe, expect, it } from "vitest";
import { EmailFirst } from "@/lib/poisoning/pattern";

describe("EmailFirst", () => {
  const full = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?:\/\/\S+|\b\d{10,}\b/i;
  const expression = new EmailFirst(full);
  const texts = [
    "send it to ops@example.org and https://x.io",
    "see https://example.com/a for the account 12345678901",
    "call 0123456789 today",
    "plain words only, no address at all",
    "an @ sign alone",
    "",
  ];

  it("finds what the whole expression finds, with or without an @", () => {
    for (const text of texts) {
      const expected = full.exec(text);
      const found = expression.for(text).exec(text);
      expect(found && [found.index, found[0]]).toEqual(expected && [expected.index, expected[0]]);
    }
  });

  it("runs the expression without the e-mail alternative on text with no @", () => {
    expect(expression.for("no address here")).toBe(expression.withoutEmail);
    expect(expression.for("a@b.co")).toBe(expression.withEmail);
  });

  it("refuses an expression that does not open with an e-mail address", () => {
    expect(() => new EmailFirst(/\bhttps?:\/\/\S+/)).toThrow();
    expect(() => new EmailFirst(new RegExp(full.source, "g"))).toThrow();
  });
});
