import fs from "node:fs";
import path from "node:path";
import { loadCatalogue, type Catalogue } from "../content/load";
import { contentRoots } from "../content/config";
import { buildSearchIndex } from "./build";
import { bundleSearchWorker } from "./bundle-worker";
import { catalogueRecords, indexRecords, parseIndexFile } from "./records";
import type { SearchRecord } from "./types";
import { CURRENT_INDEX_FILE, currentIndexText } from "./current-index";
import { indexVersion } from "./version";
import { writeIndexFiles } from "./write";

/**
 * Step 2 of `npm run build`: the search index in public/search/<version>/ (not committed) and
 * public/search/current.json naming that version, from the
 * whole catalogue plus the server index file:
 *   CATALOGUE_INDEX   the index file (JSONL); default ../shared/index/servers.jsonl, used when present.
 *   CATALOGUE_SEARCH_SYNTHETIC=1   allow synthetic records (the benchmark's own builds only;
 *                     without it a synthetic record is an error, so one can never reach the site).
 */

export interface SearchIndexSummary {
  dir: string;
  /** The content hash naming the folder the index and worker are in (version.ts). */
  version: string;
  docs: number;
  terms: number;
  files: number;
  bytes: number;
  seconds: number;
}

export function indexFilePath(env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  if (env.CATALOGUE_INDEX) {
    const file = path.resolve(cwd, env.CATALOGUE_INDEX);
    if (!fs.existsSync(file)) throw new Error(`CATALOGUE_INDEX names ${file}, which does not exist`);
    return file;
  }
  const fallback = path.resolve(cwd, "../shared/index/servers.jsonl");
  return fs.existsSync(fallback) ? fallback : undefined;
}

/** Every record the search index holds: the catalogue, then the server index file. */
export function collectSearchRecords(options: { cwd: string; env: NodeJS.ProcessEnv; catalogue?: Catalogue }): SearchRecord[] {
  const { cwd, env } = options;
  // The build passes the catalogue it has loaded already; reading thousands of entries twice is slow.
  const catalogue = options.catalogue ?? loadCatalogue(contentRoots(env, cwd));
  const indexFile = indexFilePath(env, cwd);
  const allowSynthetic = env.CATALOGUE_SEARCH_SYNTHETIC === "1";
  const servers = indexFile ? parseIndexFile(fs.readFileSync(indexFile, "utf8"), indexFile, { allowSynthetic }) : [];
  return [...catalogueRecords(catalogue), ...indexRecords(servers, catalogue)];
}

export async function buildSearchIndexFiles(options: { cwd: string; env: NodeJS.ProcessEnv; outDir: string; catalogue?: Catalogue }): Promise<SearchIndexSummary> {
  const started = performance.now();
  const { cwd } = options;
  const records = collectSearchRecords(options);
  const built = buildSearchIndex(records);
  const worker = await bundleSearchWorker(cwd, built.files.get("manifest.json")!);
  const files = new Map([...built.files, ["worker.js", worker]]);
  const version = indexVersion(files);
  const written = new Map([...files].map(([name, body]) => [`${version}/${name}`, body]));
  written.set(CURRENT_INDEX_FILE, currentIndexText(version));
  const bytes = writeIndexFiles(options.outDir, written);
  return {
    dir: options.outDir,
    version,
    docs: built.manifest.docs,
    terms: built.terms,
    files: built.files.size + 1,
    bytes,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Builds public/search/<version>/ and returns the version, which pages need to find it. */
export async function prepareSearchIndex(options: { cwd: string; env: NodeJS.ProcessEnv; catalogue?: Catalogue }): Promise<string> {
  const summary = await buildSearchIndexFiles({ ...options, outDir: path.join(options.cwd, "public/search") });
  process.stdout.write(
    `search: ${summary.docs} documents, ${summary.terms} terms, ${summary.files} files (${(summary.bytes / 1e6).toFixed(1)} MB) in public/search/${summary.version}/ in ${summary.seconds.toFixed(1)} s\n`,
  );
  return summary.version;
}
