import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { htmlFiles, outDir, urlPathOf } from "./site-files";

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
/** The 404 page is 404.html; Next also exports it as _not-found/index.html. Neither belongs in a sitemap. */
const NOT_FOUND_PAGES = new Set(["/404/", "/_not-found/"]);

// Reads the export from disk: the sitemap and the pages must name the same set of paths.
test("the sitemap lists every page of the export, and nothing else", () => {
  const sitemap = fs.readFileSync(path.join(outDir, "sitemap.xml"), "utf8");
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const pathname = new URL(m[1]!).pathname;
    return pathname.startsWith(basePath) ? pathname.slice(basePath.length) || "/" : pathname;
  });
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
