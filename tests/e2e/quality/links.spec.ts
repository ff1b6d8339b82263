import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { existsInExport, htmlFiles, internalReferences, urlPathOf } from "./site-files";

// Reads every exported page from disk: a broken link anywhere fails, not only on pages a test opens.
test("no page of the export links to a path the export does not have", () => {
  const pages = htmlFiles();
  expect(pages.length).toBeGreaterThan(10);
  const broken = new Map<string, string[]>();
  let checked = 0;
  for (const file of pages) {
    const pageUrl = urlPathOf(file);
    for (const ref of new Set(internalReferences(fs.readFileSync(file, "utf8"), pageUrl))) {
      checked++;
      if (!existsInExport(ref)) broken.set(ref, [...(broken.get(ref) ?? []), pageUrl]);
    }
  }
  const report = [...broken].slice(0, 20).map(([ref, from]) => `${ref} (from ${from.slice(0, 3).join(", ")}${from.length > 3 ? `, +${from.length - 3}` : ""})`);
  expect(report, `${broken.size} broken of ${checked} links checked`).toEqual([]);
});
