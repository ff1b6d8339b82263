import fs from "node:fs";
import path from "node:path";
import { clientReachable, linkHrefs, type PageLinks } from "./client-navigation";
import { clientModuleIds } from "./strip-export";
import { rscPayload } from "./strip-framework";

/**
 * Build step after strip-export: deletes the React payload files (index.txt, __next.*.txt) of
 * every page no client-side navigation can reach (the rule is in client-navigation.ts). Those
 * pages were stripped of Next's runtime and nothing else reads the files; they were most of
 * a tool page's bytes on disk.
 */

export interface PruneSummary {
  pages: number;
  /** Pages that keep their payload: hydrated ones and those a client navigation can reach. */
  reachable: number;
  prunedPages: number;
  deletedFiles: number;
  deletedBytes: number;
  /** The URL paths of the pages that keep their payload. */
  reached: ReadonlySet<string>;
}

const NEXT_LINK = /\/next\/dist\/(?:esm\/)?client\/app-dir\/link\.js$/;

/** A page's payload files: the .txt files Next writes beside its index.html. */
export function payloadFiles(pageDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(pageDir);
  } catch {
    return [];
  }
  return names.filter((name) => name === "index.txt" || (name.startsWith("__next.") && name.endsWith(".txt"))).map((name) => path.join(pageDir, name));
}

/**
 * @param hydrated URL paths ("/search/") of pages that keep Next's runtime.
 * @param pages URL paths of the folder pages to consider (each out/<path>/index.html).
 */
export function prunePayloads(options: { outDir: string; nextDir: string; hydrated: Iterable<string>; pages: Iterable<string> }): PruneSummary {
  const linkIds = clientModuleIds(options.nextDir, (key) => NEXT_LINK.test(key));
  // Every page's layout has Links: none found means the manifests changed shape, and
  // pruning blind would break client navigation from the hydrated pages.
  if (linkIds.size === 0) throw new Error(`next/link is not in the client reference manifests under ${options.nextDir}/server/app; refusing to delete payload files`);
  const dirOf = (page: string) => path.join(options.outDir, ...page.split("/").filter(Boolean));
  const linksOf = (page: string): PageLinks => {
    const dir = dirOf(page);
    const txt = path.join(dir, "index.txt");
    const payload = fs.existsSync(txt) ? fs.readFileSync(txt, "utf8") : rscPayload(fs.readFileSync(path.join(dir, "index.html"), "utf8"));
    return linkHrefs(payload, linkIds);
  };
  const exists = (page: string) => fs.existsSync(path.join(dirOf(page), "index.html"));
  const reachable = clientReachable(options.hydrated, linksOf, exists);
  if (!reachable) throw new Error("a page reachable by client navigation has a Link whose href is not a plain string; refusing to delete payload files");

  const summary: PruneSummary = { pages: 0, reachable: reachable.size, prunedPages: 0, deletedFiles: 0, deletedBytes: 0, reached: reachable };
  for (const page of options.pages) {
    summary.pages++;
    if (reachable.has(page)) continue;
    const files = payloadFiles(dirOf(page));
    if (files.length === 0) continue;
    summary.prunedPages++;
    for (const file of files) {
      summary.deletedBytes += fs.statSync(file).size;
      fs.rmSync(file);
      summary.deletedFiles++;
    }
  }
  return summary;
}

/** The URL path of an exported page file ("servers/x/index.html" → "/servers/x/"), or undefined when it is not a folder page. */
export function folderPagePath(relativeHtml: string): string | undefined {
  const parts = relativeHtml.split(path.sep);
  if (parts.at(-1) !== "index.html") return undefined;
  const dirs = parts.slice(0, -1);
  return dirs.length === 0 ? "/" : `/${dirs.join("/")}/`;
}
