/**
 * `npm run build`: prepares generated inputs, then runs `next build` with them.
 *   1. imports the shared corpus (CATALOGUE_CORPUS, default ../shared/corpus/servers, when present)
 *      into .cache/imported, never into content/, re-importing only snapshots that changed;
 *   2. builds the search index into public/search/<version> from the whole catalogue plus the
 *      server index file (CATALOGUE_INDEX, default ../shared/index/servers.jsonl, when present);
 *   3. bundles the page enhancer (lib/enhance) into public/enhance.js;
 *   4. runs next build with CATALOGUE_CONTENT_DIRS naming the imported folders, rendering only
 *      the tool and server pages that changed since they were stored (lib/build/page-reuse.ts),
 *      and of the tool pages only a sample (lib/build/tool-pages);
 *   5. finishes the export (lib/build/export-pages.ts): strips Next's runtime from pages with
 *      no React island (strip-framework.ts), puts the stored pages back, renders the other
 *      tool pages and checks the sample against Next's, deletes the React payload files no
 *      client navigation can fetch (prune-payloads.ts);
 *   6. writes the files that are not pages: JSON copies, policy files, the JSON Lines download
 *      (data-files.ts) and the servers' social cards (social-images.ts).
 * Each step's time goes to .cache/build-stats.json (read by the page and build benchmarks).
 */
import fs from "node:fs";
import path from "node:path";
import { loadAttacks } from "../content/attacks";
import { loadCatalogue } from "../content/load";
import { contentRoots } from "../content/config";
import { SNAPSHOT_ENV, writeCatalogueSnapshot } from "../content/snapshot";
import { prepareImportedContent } from "../import/prebuild";
import { prepareSearchIndex } from "../search/prebuild";
import { cpuSeconds } from "./cpu-time";
import { siteFiles } from "./data-files";
import { prepareEnhancer } from "./enhancer";
import { exportPages } from "./export-pages";
import { FileStore } from "./file-store";
import { codeFingerprint } from "./page-reuse";
import { drawingVersion, socialImageJobs, writeSocialImages } from "./social-images";
import { writeSiteFiles } from "./write-files";

export interface BuildStats {
  totalS: number;
  nextBuildS: number;
  /** Seconds per step, in the order they ran. */
  steps: Record<string, number>;
  /** CPU seconds per step, children included (see cpu-time.ts). */
  stepsCpu: Record<string, number>;
  /** Tool, server and listing pages: reused from the store, or rendered (by next build or, for tool pages, after it). */
  pages: { reused: number; rendered: number; toolPagesAfterNextBuild: number };
}

/**
 * Node options for next build and its workers: rendering thousands of pages allocates many
 * short-lived objects, and a larger young generation collects them less often (about a tenth
 * less CPU time in static generation, measured with `npm run bench:build`).
 */
const STATIC_GENERATION_NODE_OPTIONS = ["--max-semi-space-size=64"];

function withNodeOptions(current: string | undefined, added: readonly string[]): string {
  const options = (current ?? "").split(/\s+/).filter(Boolean);
  for (const option of added) if (!options.some((o) => o.split("=")[0] === option.split("=")[0])) options.push(option);
  return options.join(" ");
}

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const cwd = process.cwd();
  const started = Date.now();
  const steps: Record<string, number> = {};
  const stepsCpu: Record<string, number> = {};
  const timed = async <T>(name: string, step: () => T | Promise<T>): Promise<T> => {
    const stepStarted = Date.now();
    const cpuStarted = cpuSeconds();
    try {
      return await step();
    } finally {
      steps[name] = (Date.now() - stepStarted) / 1000;
      stepsCpu[name] = Number((cpuSeconds() - cpuStarted).toFixed(2));
    }
  };

  const extraDirs = await timed("import", () => prepareImportedContent({ cwd, env: process.env }));
  const existing = (process.env.CATALOGUE_CONTENT_DIRS ?? "").split(path.delimiter).filter(Boolean);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CATALOGUE_CONTENT_DIRS: [...existing, ...extraDirs].join(path.delimiter),
    NODE_OPTIONS: withNodeOptions(process.env.NODE_OPTIONS, STATIC_GENERATION_NODE_OPTIONS),
  };
  // The catalogue the pages are built from, read from the same roots: it decides which pages
  // can be reused and makes the files written after next build.
  const catalogue = await timed("loadCatalogue", () => {
    const roots = contentRoots(env, cwd);
    const loaded = loadCatalogue(roots);
    const snapshot = path.join(cwd, ".cache/catalogue.json");
    fs.mkdirSync(path.dirname(snapshot), { recursive: true });
    writeCatalogueSnapshot(snapshot, loaded, roots);
    env[SNAPSHOT_ENV] = snapshot;
    return loaded;
  });
  // Built into the search page's script only (lib/build/enhancer.ts). Never in next build's
  // environment: nothing Next compiles needs it, and a setting that changes with every
  // catalogue change would be compiled into its bundles and cache.
  const searchIndexVersion = await timed("searchIndex", () => prepareSearchIndex({ cwd, env, catalogue }));
  const scripts = await timed("enhancer", () => prepareEnhancer({ cwd, env, searchIndexVersion }));
  env.ENHANCER_VERSION = scripts.enhancer;
  env.SEARCH_SCRIPT_VERSION = scripts.searchPage;

  const basePath = (process.env.NEXT_PUBLIC_BASE_PATH ?? "").replace(/\/+$/, "");
  const fingerprint = codeFingerprint(cwd, env);
  const exported = await exportPages({ cwd, env, catalogue, fingerprint, basePath, timed, log });
  const { strip, pruned, toolPages } = exported;
  log(`strip: ${strip.stripped} of ${strip.pages} pages without a React island now load no framework script; ${strip.kept.length} keep it for their islands`);
  if (toolPages.rendered > 0) {
    log(`tool pages: ${toolPages.rendered} rendered after next build by ${toolPages.workers} worker threads; ${toolPages.compared} that next build rendered are the same byte for byte`);
  }
  log(`pages: ${exported.reused} tool, server and listing pages reused from .cache/page-store, ${exported.rendered} rendered, ${exported.stored} stored`);
  log(
    `payloads: ${pruned.reachable} pages can be reached by client navigation and keep their payload files; ${pruned.deletedFiles} files (${(pruned.deletedBytes / 1e6).toFixed(1)} MB) of ${pruned.prunedPages} other pages deleted`,
  );

  const outDir = path.join(cwd, "out");
  const written = await timed("dataFiles", () => writeSiteFiles(outDir, siteFiles(catalogue, loadAttacks(path.join(cwd, "content", "attacks"), { requireSignalPages: true })), new FileStore(path.join(cwd, ".cache/file-store"))));
  log(`data: ${written.files} JSON copies, policy files and sitemap files (${(written.bytes / 1e6).toFixed(1)} MB), ${written.written} of them new since the last build`);
  const images = await timed("socialImages", () =>
    writeSocialImages({ outDir, cacheDir: path.join(cwd, ".cache/social-images"), jobs: socialImageJobs(catalogue, drawingVersion(cwd)) }),
  );
  log(`images: ${images.images} social cards, ${images.drawn} drawn, ${images.reused} reused from .cache/social-images`);

  const stats: BuildStats = {
    totalS: (Date.now() - started) / 1000,
    nextBuildS: steps.nextBuild ?? 0,
    steps,
    stepsCpu,
    pages: { reused: exported.reused, rendered: exported.rendered, toolPagesAfterNextBuild: toolPages.rendered },
  };
  // Read by `npm run bench:pages` and `npm run bench:build`; kept out of the export itself.
  fs.mkdirSync(path.join(cwd, ".cache"), { recursive: true });
  fs.writeFileSync(path.join(cwd, ".cache/build-stats.json"), JSON.stringify(stats) + "\n");
  log(`build: done in ${stats.totalS.toFixed(1)} s (next build ${stats.nextBuildS.toFixed(1)} s)`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
