import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/app/_components/attacks/markdown";

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

describe("Markdown (attack bodies)", () => {
  it("renders the subset the pages use", () => {
    const html = render("## How it works\n\nA **bold** and *soft* `code` step.\n\n- one\n- two\n\n1. first\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    expect(html).toContain('<h2 id="how-it-works">How it works</h2>');
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<em>soft</em>");
    expect(html).toMatch(/<code[^>]*>code<\/code>/);
    expect(html).toMatch(/<ul[^>]*><li[^>]*>one<\/li><li[^>]*>two<\/li><\/ul>/);
    expect(html).toMatch(/<ol[^>]*>/);
    expect(html).toMatch(/<blockquote[^>]*><p[^>]*>quoted<\/p><\/blockquote>/);
    expect(html).toMatch(/<th scope="col">a<\/th>/);
    expect(html).toContain("<td>2</td>");
  });

  it("shows raw HTML as text and never as markup", () => {
    const html = render('Hi <img src=x onerror=alert(1)> and <script>alert(2)</script>\n\n<div onclick="x()">block</div>\n');
    expect(html).not.toMatch(/<img|<script|<div onclick/);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;div onclick=&quot;x()&quot;&gt;block&lt;/div&gt;");
  });

  it("keeps only https and site links, and renders no images", () => {
    const html = render("[a](javascript:alert(1)) [b](https://example.com/x) [c](/attacks/rug-pull/) [d](//evil.example/) ![e](https://x.example/p.png)\n");
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("evil.example");
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('<a href="https://example.com/x" rel="noopener noreferrer">b</a>');
    // next/link adds the trailing slash only under the site's trailingSlash config.
    expect(html).toMatch(/<a href="\/attacks\/rug-pull\/?">c<\/a>/);
    expect(html).toMatch(/^<div[^>]*><p[^>]*>a <a /);
  });

  it("gives policy examples a caption and a copy button, and other code none", () => {
    const html = render('```json policy\n{"version":"1","default":"deny"}\n```\n\n```sh\nls\n```\n');
    expect(html).toContain("data-attack-policy");
    expect(html).toContain("data-copy-button");
    expect(html.match(/data-copy-button/g)).toHaveLength(1);
    // Policies are printed the way the site prints every policy.json.
    expect(html).toContain("{\n  &quot;version&quot;: &quot;1&quot;,\n  &quot;default&quot;: &quot;deny&quot;\n}\n");
    expect(html).toContain("<code>ls</code>");
  });

  it("decodes character references once, as text", () => {
    const html = render("AT&amp;T &#x3C;b&#x3E; &lt;i&gt;\n");
    expect(html).toContain("AT&amp;T &lt;b&gt; &lt;i&gt;");
    expect(html).not.toMatch(/<b>|<i>/);
  });

  it("makes heading ids unique", () => {
    const html = render("## Example\n\n## Example\n");
    expect(html).toContain('id="example"');
    expect(html).toContain('id="example-2"');
  });
});
