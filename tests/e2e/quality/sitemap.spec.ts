import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { sitemapFiles } from "@/lib/catalogue/sitemap";
import { htmlFiles, outDir, urlPathOf } from "./site-files";

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
/** The 404 page is 404.html; Next also exports it as _not-found/index.html. Neither belongs in a sitemap. */
const NOT_FOUND_PAGES = new Set(["/404/", "/_not-found/"]);

/** A sitemap file read by the browser's own XML parser, as a crawler would: its root element and every <loc>. */
async function parseSitemap(page: Page, urlPath: string, xml = fs.readFileSync(path.join(outDir, ...urlPath.split("/").filter(Boolean)), "utf8")) {
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const error = doc.getElementsByTagName("parsererror")[0];
    if (error) return { error: error.textContent ?? "parse error" };
    const root = doc.documentElement;
    return { root: root.localName, namespace: root.namespaceURI, locs: [...doc.getElementsByTagName("loc")].map((loc) => loc.textContent ?? "") };
  }, xml);
  if ("error" in parsed) throw new Error(`${urlPath} is not well-formed XML: ${parsed.error}`);
  return parsed;
}

const pathOf = (url: string) => {
  const pathname = new URL(url).pathname;
  return pathname.startsWith(basePath) ? pathname.slice(basePath.length) || "/" : pathname;
};

// Reads the export from disk: the sitemap (or the parts its index lists) and the pages must name the same set of paths.
test("the sitemap lists every page of the export, and nothing else", async ({ page }) => {
  const top = await parseSitemap(page, "/sitemap.xml");
  expect(top.namespace).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  expect(["urlset", "sitemapindex"]).toContain(top.root);
  const parts = top.root === "urlset" ? [top] : await Promise.all(top.locs.map((loc) => parseSitemap(page, pathOf(loc))));
  for (const part of parts) {
    expect(part.root).toBe("urlset");
    expect(part.locs.length).toBeLessThanOrEqual(50_000);
  }
  const listed = parts.flatMap((part) => part.locs).map(pathOf);
  expect(new Set(listed).size, "no path is listed twice").toBe(listed.length);

  const pages = htmlFiles()
    .filter((file) => path.basename(file) === "index.html")
    .map(urlPathOf)
    .filter((page) => !NOT_FOUND_PAGES.has(page));
  expect(pages.length).toBeGreaterThan(10);

  const listedSet = new Set(listed);
  const pageSet = new Set(pages);
  expect(pages.filter((page) => !listedSet.has(page)), "exported pages the sitemap leaves out").toEqual([]);
  expect(listed.filter((page) => !pageSet.has(page)), "sitemap entries with no exported page").toEqual([]);
});

// The export of a test build fits in one file; a site over the limit gets an index and parts, read here the same way.
test("a sitemap index and its parts, as made for a site over the limit, are well-formed and list every page once", async ({ page }) => {
  const pages = Array.from({ length: 25 }, (_, i) => `/servers/s${i}/t&${i}/`);
  const files = sitemapFiles(pages, (p) => `https://catalogue.example${p}`, { urls: 10, bytes: 1_000_000 });
  const index = await parseSitemap(page, files[0]!.urlPath, files[0]!.text);
  expect(index.root).toBe("sitemapindex");
  expect(index.namespace).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  const byUrl = new Map(files.map((f) => [`https://catalogue.example${f.urlPath}`, f]));
  const listed: string[] = [];
  for (const loc of index.locs) {
    const part = byUrl.get(loc);
    expect(part, `the index lists ${loc}, which is one of the files`).toBeDefined();
    const parsed = await parseSitemap(page, part!.urlPath, part!.text);
    expect(parsed.root).toBe("urlset");
    listed.push(...parsed.locs);
  }
  expect(listed).toEqual(pages.map((p) => `https://catalogue.example${p}`));
});
