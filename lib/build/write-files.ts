import fs from "node:fs";
import path from "node:path";
import type { SiteFile } from "./data-files";

/**
 * Writes files that are not pages into the export, after `next build` has written the pages.
 * A file is never written over one Next exported (two sources for one URL is a bug), and a
 * URL path can only name a place inside the export folder.
 */

export function outputPath(outDir: string, urlPath: string): string {
  const segments = urlPath.split("/").filter(Boolean);
  if (segments.length === 0 || segments.some((s) => s === "." || s === ".." || s.includes("\\") || s.includes("\0"))) {
    throw new Error(`refusing to write ${JSON.stringify(urlPath)}: not a plain file path`);
  }
  return path.join(outDir, ...segments);
}

export interface WriteSummary {
  files: number;
  bytes: number;
}

export function writeSiteFiles(outDir: string, files: Iterable<SiteFile>): WriteSummary {
  const made = new Set<string>();
  const summary: WriteSummary = { files: 0, bytes: 0 };
  for (const file of files) {
    const target = outputPath(outDir, file.urlPath);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    // "wx" fails when the file exists: the export already has something at this URL.
    fs.writeFileSync(target, file.text, { flag: "wx" });
    summary.files++;
    summary.bytes += Buffer.byteLength(file.text);
  }
  return summary;
}
