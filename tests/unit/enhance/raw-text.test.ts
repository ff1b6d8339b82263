import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { escapeHtml, RawList, RawText } from "@/app/_components/policy/raw-text";

/** The page script's text goes to React as inner HTML: strangers' tool names must stay text. */
describe("RawText and RawList", () => {
  it("escape everything HTML would read as markup", () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)">&'`)).toBe("&#60;img src=x onerror=&#34;alert(1)&#34;&#62;&#38;&#39;");
    expect(renderToStaticMarkup(RawText({ as: "code", text: "</code><script>alert(1)</script>", "data-export-part": "content" }))).toBe(
      '<code data-export-part="content">&#60;/code&#62;&#60;script&#62;alert(1)&#60;/script&#62;</code>',
    );
    expect(renderToStaticMarkup(RawList({ items: ["a<b", "c"], part: "caveats" }))).toBe('<ul data-export-part="caveats"><li>a&#60;b</li><li>c</li></ul>');
  });
});
