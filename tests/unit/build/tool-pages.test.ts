import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { escapeHtml, fillTemplate, firstDifference, pageHeadTags, pageTemplate, withoutTextSeparators } from "@/lib/build/tool-pages/page-html";
import { renderToolPagesOutside, splitToolPages, type ToolPageJob } from "@/lib/build/tool-pages/render-outside";
import { toolPageParts } from "@/lib/build/tool-pages/render-tool-page";
import { contentRoots } from "@/lib/content/config";
import { writeCatalogueSnapshot } from "@/lib/content/snapshot";
import { server, tool } from "../catalogue/entries";

const HOSTILE = `a "quoted" <b>tag</b> & 'apostrophe' > end`;

const head = { title: "read_a (ALPHA): Low risk", description: HOSTILE, path: "/servers/alpha/read_a/", image: { path: "/og/servers/alpha.png", alt: "ALPHA: its 2 tools" } };

/** A page shaped as next build writes a tool page: layout, head tags, article, a boundary after it in <main>. */
function nextLikePage(headTags: string, article: string): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css"/>${headTags}<link rel="icon" href="/icon.svg"/></head>` +
    `<body><header><a href="/">Home</a></header><main id="main" class="mx-auto">${article}<!--$--><!--/$--></main><footer>Footer</footer></body></html>`
  );
}

describe("a tool page's head tags", () => {
  it("escape text as React does, in content attributes and the title", () => {
    expect(escapeHtml(HOSTILE)).toBe(renderToStaticMarkup(createElement("meta", { content: HOSTILE })).match(/content="([^"]*)"/)![1]);
    expect(`<p>${escapeHtml(HOSTILE)}</p>`).toBe(renderToStaticMarkup(createElement("p", null, HOSTILE)));
    const tags = pageHeadTags(head);
    expect(tags).not.toContain("<b>");
    expect(tags.startsWith(`<title>read_a (ALPHA): Low risk · MCP Tool Catalogue</title>`)).toBe(true);
    expect(tags).toContain(`<meta name="description" content="${escapeHtml(HOSTILE)}"/>`);
  });

  it("name the social card only when the page has one", () => {
    expect(pageHeadTags(head)).toContain(`<meta name="twitter:card" content="summary_large_image"/>`);
    const { image: _image, ...plain } = head;
    expect(pageHeadTags(plain)).toContain(`<meta name="twitter:card" content="summary"/>`);
    expect(pageHeadTags(plain)).not.toContain("og:image");
  });
});

describe("the template cut from a page next build rendered", () => {
  const tags = pageHeadTags(head);
  const page = nextLikePage(tags, "<article><h1>read_a</h1></article>");

  it("gives the same page back filled with its own parts, and another with another's", () => {
    const template = pageTemplate(page, tags);
    expect(fillTemplate(template, tags, "<article><h1>read_a</h1></article>")).toBe(page);
    const other = pageHeadTags({ ...head, title: "drop_a (ALPHA): Critical risk", path: "/servers/alpha/drop_a/" });
    const filled = fillTemplate(template, other, "<article><h1>drop_a</h1></article>");
    expect(filled).toContain("<title>drop_a (ALPHA): Critical risk · MCP Tool Catalogue</title>");
    expect(filled).toContain(`<main id="main" class="mx-auto"><article><h1>drop_a</h1></article><!--$--><!--/$--></main><footer>`);
    expect(filled).not.toContain("read_a");
  });

  it("refuses a page whose head or main is not of that shape, saying what is missing", () => {
    expect(() => pageTemplate(page, pageHeadTags({ ...head, description: "another" }))).toThrow(/metadata output changed/);
    expect(() => pageTemplate(nextLikePage(tags + tags, "<article></article>"), tags)).toThrow(/more than once/);
    expect(() => pageTemplate(page.replace('id="main"', 'id="content"'), tags)).toThrow(/no <main id="main">/);
    expect(() => pageTemplate(page.replaceAll("article", "section"), tags)).toThrow(/does not hold an <article>/);
  });

  it("compares pages without the empty comments only hydration reads", () => {
    expect(withoutTextSeparators("a<!-- -->b<!--$-->c")).toBe("ab<!--$-->c");
    expect(firstDifference("same", "same")).toBeUndefined();
    expect(firstDifference("abcdef", "abcxef")).toMatchObject({ at: 3 });
  });
});

describe("which tool pages next build renders", () => {
  const jobs: ToolPageJob[] = Array.from({ length: 50 }, (_, i) => ({ server: "s", tool: `t${i}`, urlPath: `/servers/s/t${i}/` }));

  it("is a spread sample that prefers pages with markup, and the build renders the rest", () => {
    const withMarkup = new Set(["t7", "t31"]);
    const { sample, outside } = splitToolPages(jobs, (job) => withMarkup.has(job.tool));
    expect(sample).toHaveLength(8);
    expect(sample.map((job) => job.tool)).toEqual(expect.arrayContaining(["t7", "t31", "t0"]));
    // Of many pages with markup, four, spread over them rather than the first four.
    const many = splitToolPages(jobs, (job) => Number(job.tool.slice(1)) % 2 === 0).sample.map((job) => Number(job.tool.slice(1)));
    expect(many.filter((n) => n % 2 === 0).length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...many.filter((n) => n % 2 === 0))).toBeGreaterThanOrEqual(30);
    expect(new Set([...sample, ...outside]).size).toBe(50);
    expect(sample.filter((job) => outside.includes(job))).toEqual([]);
    expect(sample.some((job) => Number(job.tool.slice(1)) >= 40)).toBe(true);
  });

  it("is every page when there are no more than the sample", () => {
    expect(splitToolPages(jobs.slice(0, 8), () => false)).toEqual({ sample: jobs.slice(0, 8), outside: [] });
    expect(splitToolPages([], () => false)).toEqual({ sample: [], outside: [] });
  });
});

describe("tool pages rendered outside next build", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  const catalogue = {
    servers: [server("alpha", [tool("read_a", "low", "read", { server: "alpha", description: HOSTILE }), tool("drop_a", "critical", "destructive", { server: "alpha" })])],
  };
  const job = (name: string): ToolPageJob => ({ server: "alpha", tool: name, urlPath: `/servers/alpha/${name}/` });

  /** A temporary export holding read_a's page as Next would write it, and the catalogue's snapshot for the workers. */
  function setUp(article: (rendered: string) => string = (rendered) => rendered) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tool-pages-"));
    const env = { ...process.env, CATALOGUE_CONTENT_DIRS: "", CATALOGUE_SNAPSHOT: path.join(dir, "catalogue.json") };
    writeCatalogueSnapshot(env.CATALOGUE_SNAPSHOT, catalogue, contentRoots(env));
    const outDir = path.join(dir, "out");
    const parts = toolPageParts(catalogue, "alpha", "read_a");
    fs.mkdirSync(path.join(outDir, "servers/alpha/read_a"), { recursive: true });
    // Next writes text separators the build's rendering leaves out.
    fs.writeFileSync(path.join(outDir, "servers/alpha/read_a/index.html"), nextLikePage(parts.headTags, article(parts.article.replace("</h1>", "<!-- --></h1>"))));
    return { env, outDir };
  }

  it("writes each page into the export in the sample's layout, checked against the sample", async () => {
    const { env, outDir } = setUp();
    const summary = await renderToolPagesOutside({ cwd: process.cwd(), outDir, env, sample: [job("read_a")], outside: [job("drop_a")] });
    expect(summary).toEqual({ rendered: 1, compared: 1, workers: 1 });
    const written = fs.readFileSync(path.join(outDir, "servers/alpha/drop_a/index.html"), "utf8");
    const parts = toolPageParts(catalogue, "alpha", "drop_a");
    expect(written).toBe(nextLikePage(parts.headTags, parts.article));
    expect(written).toContain("drop_a");
    // The sample keeps what Next wrote, without the text separators, like the pages rendered here.
    const sample = toolPageParts(catalogue, "alpha", "read_a");
    expect(fs.readFileSync(path.join(outDir, "servers/alpha/read_a/index.html"), "utf8")).toBe(nextLikePage(sample.headTags, sample.article));
  });

  it("takes the text separators out of Next's tool pages when it renders none itself", async () => {
    const { env, outDir } = setUp();
    expect(await renderToolPagesOutside({ cwd: process.cwd(), outDir, env, sample: [job("read_a")], outside: [] })).toEqual({ rendered: 0, compared: 0, workers: 0 });
    expect(fs.readFileSync(path.join(outDir, "servers/alpha/read_a/index.html"), "utf8")).not.toContain("<!-- -->");
  });

  it("fails the build, naming the page, when a sample differs from what next build wrote", async () => {
    const { env, outDir } = setUp((article) => article.replace("<h1", '<h1 data-next-only=""'));
    await expect(renderToolPagesOutside({ cwd: process.cwd(), outDir, env, sample: [job("read_a")], outside: [job("drop_a")] })).rejects.toThrow(
      /\/servers\/alpha\/read_a\/ rendered outside next build differs from Next's page/,
    );
  });

  it("fails the build, naming the page, when a tool is not in the catalogue", async () => {
    const { env, outDir } = setUp();
    await expect(renderToolPagesOutside({ cwd: process.cwd(), outDir, env, sample: [job("read_a")], outside: [job("missing")] })).rejects.toThrow(
      /\/servers\/alpha\/missing\/: .*no tool missing on server alpha/,
    );
  });
});
