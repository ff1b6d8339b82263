import fs from "node:fs";
import path from "node:path";
import type { SiteFile } from "./data-files";
import type { FileStore } from "./file-store";

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
  /** Files whose content was not in the store yet (all of them without a store). */
  written: number;
}

/**
 * With a store, each file is linked to its stored content (written once per content), and
 * stored contents no file uses any more are dropped at the end.
 */
export function writeSiteFiles(outDir: string, files: Iterable<SiteFile>, store?: FileStore): WriteSummary {
  const made = new Set<string>();
  const summary: WriteSummary = { files: 0, bytes: 0, written: 0 };
  for (const file of files) {
    const target = outputPath(outDir, file.urlPath);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    if (store) {
      if (store.place(target, file.text)) summary.written++;
    } else {
      // "wx" fails when the file exists: the export already has something at this URL.
      fs.writeFileSync(target, file.text, { flag: "wx" });
      summary.written++;
    }
    summary.files++;
    summary.bytes += Buffer.byteLength(file.text);
  }
  store?.prune();
  return summary;
}
