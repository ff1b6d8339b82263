import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { htmlFiles, outDir, urlPathOf } from "./site-files";

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

// Reads the export from disk: the sitemap and the pages must name the same set of paths.
test("the sitemap lists every page of the export, and nothing else", () => {
  const sitemap = fs.readFileSync(path.join(outDir, "sitemap.xml"), "utf8");
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const pathname = new URL(m[1]!).pathname;
    return pathname.startsWith(basePath) ? pathname.slice(basePath.length) || "/" : pathname;
  });
  expect(new Set(listed).size, "no path is listed twice").toBe(listed.length);

  const pages = htmlFiles()
    .filter((file) => path.basename(file) === "index.html" && path.relative(outDir, file) !== path.join("404", "index.html"))
    .map(urlPathOf);
  expect(pages.length).toBeGreaterThan(10);

  const listedSet = new Set(listed);
  const pageSet = new Set(pages);
  expect(pages.filter((page) => !listedSet.has(page)), "exported pages the sitemap leaves out").toEqual([]);
  expect(listed.filter((page) => !pageSet.has(page)), "sitemap entries with no exported page").toEqual([]);
});
