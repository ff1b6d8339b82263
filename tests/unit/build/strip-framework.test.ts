import { describe, expect, it } from "vitest";
import { hasIsland, referencedClientModules, stripFramework } from "@/lib/build/strip-framework";

/**
 * A page shaped like Next 16's static export (Turbopack): framework chunks, the Turbopack
 * boot script, the inline RSC payload with its client reference rows, JSON-LD, the stylesheet
 * and the page enhancer.
 */
function exportedPage(options: { basePath?: string; rows?: string } = {}): string {
  const base = options.basePath ?? "";
  const rows = options.rows ?? `1:\\"$Sreact.fragment\\"\\n2:I[22016,[\\"/_next/static/chunks/a.js\\"],\\"default\\"]\\n3:I[39756,[],\\"\\"]`;
  return [
    `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>`,
    `<link rel="stylesheet" href="${base}/_next/static/chunks/site.css" data-precedence="next"/>`,
    `<link rel="preload" as="script" fetchPriority="low" href="${base}/_next/static/chunks/boot.js"/>`,
    `<link rel="modulepreload" href="${base}/_next/static/chunks/mod.js"/>`,
    `<link rel="canonical" href="http://localhost:3000/servers/s/t/"/>`,
    `<script src="${base}/_next/static/chunks/react.js" async=""></script>`,
    `<script src="${base}/_next/static/chunks/poly.js" noModule=""></script>`,
    `</head><body><main><h1>t</h1><pre id="p">{"version":"1"}</pre>`,
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage"}</script>`,
    `</main><script src="${base}/enhance.js" defer=""></script>`,
    `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>`,
    `<script src="${base}/_next/static/chunks/boot.js" async=""></script>`,
    `<script>(self.__next_f=self.__next_f||[]).push([0])</script>`,
    `<script>self.__next_f.push([1,"${rows}"])</script>`,
    `</body></html>`,
  ].join("");
}

describe("stripFramework", () => {
  it("removes framework scripts, the payload, the Turbopack boot and script preloads", () => {
    const out = stripFramework(exportedPage());
    expect(out).not.toMatch(/<script[^>]*src="\/_next\//);
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain("TURBOPACK");
    expect(out).not.toContain('rel="preload"');
    expect(out).not.toContain('rel="modulepreload"');
  });

  it("keeps the stylesheet, JSON-LD, the enhancer and the content", () => {
    const out = stripFramework(exportedPage());
    expect(out).toContain(`<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>`);
    expect(out).toContain(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage"}</script>`);
    expect(out).toContain(`<script src="/enhance.js" defer=""></script>`);
    expect(out).toContain(`<link rel="canonical" href="http://localhost:3000/servers/s/t/"/>`);
    expect(out).toContain(`<pre id="p">{"version":"1"}</pre>`);
    expect(out.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(out.endsWith("</body></html>")).toBe(true);
  });

  it("honours the base path: only <base>/_next/ is the framework", () => {
    const out = stripFramework(exportedPage({ basePath: "/cat" }), "/cat");
    expect(out).not.toContain(`src="/cat/_next/`);
    expect(out).toContain(`<script src="/cat/enhance.js" defer=""></script>`);
    expect(out).toContain(`href="/cat/_next/static/chunks/site.css"`);
    // Under a base path, a script elsewhere that merely looks like /_next/ is not ours to remove.
    const foreign = `<script src="/_next/static/other.js"></script>`;
    expect(stripFramework(foreign, "/cat")).toBe(foreign);
  });

  it("leaves unknown inline scripts alone", () => {
    const page = `<body><script>window.analytics = 1</script><script type="module">import "/x.js"</script></body>`;
    expect(stripFramework(page)).toBe(page);
  });

  it("is idempotent", () => {
    const once = stripFramework(exportedPage());
    expect(stripFramework(once)).toBe(once);
  });
});

describe("hasIsland", () => {
  it("reads client reference rows from the inline payload", () => {
    expect(referencedClientModules(exportedPage())).toEqual(new Set(["22016", "39756"]));
    expect(referencedClientModules(`<script>self.__next_f.push([1,"9:I[\\"abc-1\\",[\\"x.js\\"],\\"Table\\"]\\n"])</script>`)).toEqual(new Set(["abc-1"]));
  });

  it("reads a row split across two inline pushes", () => {
    const split = `<script>self.__next_f.push([1,"1:\\"x\\"\\n39:I[25"])</script><script>self.__next_f.push([1,"13,[],\\"ToolsTable\\"]\\n"])</script>`;
    expect(referencedClientModules(split)).toEqual(new Set(["2513"]));
    expect(hasIsland(split, new Set(["2513"]))).toBe(true);
  });

  it("does not take text that merely looks like a row for one", () => {
    // A tool description quoting a payload row is a string value inside a row, not a row.
    const quoted = `<script>self.__next_f.push([1,"5:[\\"$\\",\\"p\\",null,{\\"children\\":\\"x:I[2513,[]\\"}]\\n"])</script>`;
    expect(referencedClientModules(quoted)).toEqual(new Set());
  });

  it("counts only our own client components", () => {
    const framework = new Set<string>();
    expect(hasIsland(exportedPage(), framework)).toBe(false);
    const islands = new Set(["2513"]);
    expect(hasIsland(exportedPage(), islands)).toBe(false);
    const withTable = exportedPage({ rows: `2:I[22016,[],\\"default\\"]\\n5:I[2513,[\\"/_next/static/chunks/t.js\\"],\\"ToolsTable\\"]` });
    expect(hasIsland(withTable, islands)).toBe(true);
  });

  it("finds no island once a page is stripped", () => {
    const islands = new Set(["22016"]);
    expect(hasIsland(exportedPage(), islands)).toBe(true);
    expect(hasIsland(stripFramework(exportedPage()), islands)).toBe(false);
  });
});
