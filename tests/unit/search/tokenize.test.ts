import { describe, expect, it } from "vitest";
import { compactName, nameTerms, queryTokens, splitCamel, textTerms } from "@/lib/search/tokenize";

describe("names", () => {
  it("splits camelCase, snake_case and kebab-case into words and keeps the joined form", () => {
    expect(nameTerms("getUserInfo")).toEqual(["get", "user", "info", "getuserinfo"]);
    expect(nameTerms("batch_export_sessions")).toEqual(["batch", "export", "sessions", "batchexportsessions"]);
    expect(nameTerms("telegram-mcp-complete")).toEqual(["telegram", "mcp", "complete", "telegrammcpcomplete"]);
    expect(nameTerms("list")).toEqual(["list"]);
  });

  it("keeps acronyms together", () => {
    expect(splitCamel("HTTPServer")).toBe("HTTP Server");
    expect(nameTerms("parseJSONFile")).toEqual(["parse", "json", "file", "parsejsonfile"]);
  });

  it("folds width and case", () => {
    expect(compactName("ＧｅｔＵｓｅｒ")).toBe("getuser");
  });
});

describe("Chinese text", () => {
  it("indexes single characters and neighbouring pairs", () => {
    const terms = textTerms("终止指定会话");
    expect(terms).toContain("会话");
    expect(terms).toContain("终止");
    expect(terms).toContain("会");
    expect(terms).not.toContain("终止指定会话");
  });

  it("queries a run of characters by its pairs, and one character by itself", () => {
    expect(queryTokens("导出会话").tokens).toEqual(["导出", "出会", "会话"]);
    expect(queryTokens("会").tokens).toEqual(["会"]);
    expect(queryTokens("导出 session").tokens).toEqual(["导出", "session"]);
  });
});

describe("queries", () => {
  it("drops stop words unless nothing else is left", () => {
    expect(queryTokens("delete the repo").tokens).toEqual(["delete", "repo"]);
    expect(queryTokens("the").tokens).toEqual(["the"]);
  });

  it("offers a compact form for several Latin words", () => {
    expect(queryTokens("terminate_session")).toEqual({ tokens: ["terminate", "session"], compact: "terminatesession" });
    expect(queryTokens("stripe").compact).toBeUndefined();
    expect(queryTokens("导出 会话").compact).toBeUndefined();
  });

  it("splits snake and kebab queries but not camelCase ones (typed camelCase matches the compact name)", () => {
    expect(queryTokens("send-message").tokens).toEqual(["send", "message"]);
    expect(queryTokens("exportWebhookLatest").tokens).toEqual(["exportwebhooklatest"]);
  });

  it("drops stop words from descriptions", () => {
    expect(textTerms("Delete the repository and all of its issues")).toEqual(["delete", "repository", "all", "issues"]);
  });
});
