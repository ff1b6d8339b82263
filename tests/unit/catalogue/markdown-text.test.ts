import { describe, expect, it } from "vitest";
import { decodeCharacterReferences, markdownToText } from "@/lib/catalogue/markdown-text";

describe("markdown to plain text", () => {
  it("turns a README heading with emphasis and shortcodes into its words", () => {
    const text = markdownToText("## :tada: __It's Official__ :tada:\nThe Okta Open-Source MCP Server integrates with LLMs.");
    expect(text).toBe("🎉 It's Official 🎉\n\nThe Okta Open-Source MCP Server integrates with LLMs.");
  });

  it("keeps the words of links, code, images and lists, and drops their markers", () => {
    const text = markdownToText("Use **bold**, *em*, `run_query` and [the docs](https://example.com).\n\n![logo](x.png)\n\n- one\n- two\n\n1. first\n2. second");
    expect(text).toBe("Use bold, em, run_query and the docs.\n\nlogo\n\n• one\n• two\n\n1. first\n2. second");
  });

  it("leaves plain text and identifiers alone", () => {
    expect(markdownToText("Reads snake_case_names and 10:30: times.")).toBe("Reads snake_case_names and 10:30: times.");
    expect(markdownToText("Features:\n• Complete\n• Hierarchical")).toBe("Features:\n• Complete\n• Hierarchical");
    expect(markdownToText("An :unknown_code: stays.")).toBe("An :unknown_code: stays.");
  });

  it("keeps raw HTML as the literal characters, never as markup", () => {
    const source = "Injects: <script>alert('server-description')</script>\nSecond line <b>bold?</b>";
    expect(markdownToText(source)).toBe(source);
    expect(markdownToText("<div onclick=x>block</div>")).toBe("<div onclick=x>block</div>");
  });

  it("decodes character references to the characters they stand for", () => {
    expect(markdownToText("Tom &amp; Jerry &#39;quoted&#39;")).toBe("Tom & Jerry 'quoted'");
    expect(decodeCharacterReferences("&unknown; &#x1F389;")).toBe("&unknown; 🎉");
  });

  it("gives empty text for an empty description", () => {
    expect(markdownToText("")).toBe("");
    expect(markdownToText("  \n  ")).toBe("");
  });
});
