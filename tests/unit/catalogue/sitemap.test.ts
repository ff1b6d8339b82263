import { describe, expect, it } from "vitest";
import { SITEMAP_LIMITS, sitemapFiles, type SitemapFile } from "@/lib/catalogue/sitemap";

const absolute = (p: string) => `https://catalogue.example${p}`;
const pagesOf = (n: number) => Array.from({ length: n }, (_, i) => `/servers/s${i}/`);
const locs = (file: SitemapFile) => [...file.text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
const rootOf = (file: SitemapFile) => /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<(\w+) xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">\n/.exec(file.text)?.[1];

describe("sitemap files", () => {
  it("follow the protocol's limits: 50,000 URLs and 50 MiB a file", () => {
    expect(SITEMAP_LIMITS).toEqual({ urls: 50_000, bytes: 52_428_800 });
  });

  it("are one urlset at /sitemap.xml while the site fits in one file, every page in order", () => {
    const files = sitemapFiles(pagesOf(3), absolute, { urls: 3, bytes: 10_000 });
    expect(files.map((f) => f.urlPath)).toEqual(["/sitemap.xml"]);
    expect(rootOf(files[0]!)).toBe("urlset");
    expect(files[0]!.text.endsWith("</urlset>\n")).toBe(true);
    expect(locs(files[0]!)).toEqual(pagesOf(3).map(absolute));
  });

  it("split a site over the URL limit into parts that an index at /sitemap.xml lists", () => {
    const files = sitemapFiles(pagesOf(7), absolute, { urls: 3, bytes: 10_000 });
    expect(files.map((f) => f.urlPath)).toEqual(["/sitemap.xml", "/sitemaps/1.xml", "/sitemaps/2.xml", "/sitemaps/3.xml"]);
    const [index, ...parts] = files;
    expect(rootOf(index!)).toBe("sitemapindex");
    expect(index!.text).toContain("<sitemap>\n<loc>https://catalogue.example/sitemaps/1.xml</loc>\n</sitemap>");
    expect(locs(index!)).toEqual(parts.map((p) => absolute(p.urlPath)));
    for (const part of parts) expect(rootOf(part)).toBe("urlset");
    expect(parts.map((p) => locs(p).length)).toEqual([3, 3, 1]);
    expect(parts.flatMap(locs)).toEqual(pagesOf(7).map(absolute));
  });

  it("start a new part before a file would pass the byte limit", () => {
    const limit = 600;
    const files = sitemapFiles(pagesOf(40), absolute, { urls: 1000, bytes: limit });
    const parts = files.slice(1);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part.text)).toBeLessThanOrEqual(limit);
    // Filled, not split early: each part but the last had no room for the next entry.
    const entryBytes = Buffer.byteLength(`<url>\n<loc>${absolute("/servers/s10/")}</loc>\n</url>\n`);
    for (const part of parts.slice(0, -1)) expect(Buffer.byteLength(part.text) + entryBytes).toBeGreaterThan(limit);
    expect(parts.flatMap(locs)).toEqual(pagesOf(40).map(absolute));
  });

  it("escape what XML would read as markup in a URL", () => {
    const [file] = sitemapFiles(["/a/"], (p) => `https://x.example/base?x=1&y='2'${p}`);
    expect(locs(file!)).toEqual(["https://x.example/base?x=1&amp;y=&apos;2&apos;/a/"]);
  });

  it("refuse an entry that no file could hold, rather than write a file search engines reject", () => {
    expect(() => sitemapFiles([`/${"x".repeat(500)}/`], absolute, { urls: 10, bytes: 300 })).toThrow(/one entry is larger than a sitemap file may be/);
  });
});
