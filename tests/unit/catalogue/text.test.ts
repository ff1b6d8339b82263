import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "@/lib/catalogue/json-ld";
import { dataFileParam, fileParams } from "@/lib/catalogue/file-params";
import { excerpt, firstSentence, languageHint, nameParts, plural } from "@/lib/catalogue/text";

describe("JSON-LD", () => {
  it("cannot be closed by text inside it, and parses back to the same value", () => {
    const value = { name: "</script><script>alert(1)</script>", text: "<!-- & \u2028 \u2029 <img src=x onerror=alert(1)>" };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("text helpers", () => {
  it("marks Chinese text and nothing else", () => {
    expect(languageHint("批量导出多个账号的Session字符串")).toBe("zh");
    expect(languageHint("Export a session")).toBeUndefined();
    expect(languageHint("")).toBeUndefined();
  });

  it("shortens on a word boundary and folds whitespace", () => {
    expect(excerpt("one\n two   three", 100)).toBe("one two three");
    expect(excerpt("alpha beta gamma delta", 12)).toBe("alpha beta…");
    expect(firstSentence("First one. Second one.")).toBe("First one.");
    expect(plural(1, "tool")).toBe("1 tool");
    expect(plural(2400, "tool")).toBe("2,400 tools");
  });
});

describe("file-name parameters", () => {
  it("round-trips slugs through file names and refuses anything else", () => {
    expect(fileParams(["a", "b"], ".json")).toEqual(["a.json", "b.json"]);
    expect(dataFileParam("tachibot.json", ".json")).toBe("tachibot");
    expect(dataFileParam("tachibot", ".json")).toBeUndefined();
    expect(dataFileParam(".json", ".json")).toBeUndefined();
    expect(dataFileParam("x.png", ".json")).toBeUndefined();
  });
});

describe("where a name may break", () => {
  it("cuts after separators and at camel case, and joins back to the name", () => {
    expect(nameParts("manage_repository_notification_subscription")).toEqual(["manage_", "repository_", "notification_", "subscription"]);
    expect(nameParts("getUserInfo")).toEqual(["get", "User", "Info"]);
    expect(nameParts("zpa-list/app.segments")).toEqual(["zpa-", "list/", "app.", "segments"]);
    for (const name of ["__proto__", "a__b", "终止会话", "trailing_", "x"]) expect(nameParts(name).join("")).toBe(name);
  });
});
