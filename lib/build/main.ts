/**
 * `npm run build`: prepares generated inputs, then runs `next build` with them.
 *   1. imports the shared corpus (CATALOGUE_CORPUS, default ../shared/corpus/servers, when present)
 *      into .cache/imported, never into content/;
 *   2. builds the search index into public/search from the whole catalogue plus the
 *      server index file (CATALOGUE_INDEX, default ../shared/index/servers.jsonl, when present);
 *   3. bundles the page enhancer (lib/enhance) into public/enhance.js;
 *   4. runs next build with CATALOGUE_CONTENT_DIRS naming the imported folders;
 *   5. strips Next's runtime from exported pages with no React island (lib/build/strip-framework.ts),
 *      and deletes the React payload files no client navigation can fetch (lib/build/prune-payloads.ts);
 *   6. writes the files that are not pages: JSON copies, policy files, the JSON Lines download
 *      (lib/build/data-files.ts) and the servers' social cards (lib/build/social-images.ts).
 * Each step's time goes to .cache/build-stats.json (read by the page and build benchmarks).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { loadCatalogue } from "../content/load";
import { contentRoots } from "../content/config";
import { prepareImportedContent } from "../import/prebuild";
import { prepareSearchIndex } from "../search/prebuild";
import { prepareEnhancer } from "./enhancer";
import { cpuSeconds } from "./cpu-time";
import { dataFiles } from "./data-files";
import { folderPagePath, prunePayloads } from "./prune-payloads";
import { drawingVersion, socialImageJobs, writeSocialImages } from "./social-images";
import { stripExport, walk } from "./strip-export";
import { writeSiteFiles } from "./write-files";

export interface BuildStats {
  totalS: number;
  nextBuildS: number;
  /** Seconds per step, in the order they ran. */
  steps: Record<string, number>;
  /** CPU seconds per step, children included (see cpu-time.ts). */
  stepsCpu: Record<string, number>;
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
  // Loaded (and validated) here once more for the files written after next build: the
  // catalogue that build's pages came from, read from the same roots.
  const catalogue = await timed("loadCatalogue", () => loadCatalogue(contentRoots(env, cwd)));
  await timed("searchIndex", () => prepareSearchIndex({ cwd, env }));
  env.ENHANCER_VERSION = await timed("enhancer", () => prepareEnhancer({ cwd, env }));
  const next = await timed("nextBuild", () =>
    spawnSync(process.execPath, [path.join(cwd, "node_modules/next/dist/bin/next"), "build"], { stdio: "inherit", env }),
  );
  if (next.status !== 0) return next.status ?? 1;
  const basePath = (process.env.NEXT_PUBLIC_BASE_PATH ?? "").replace(/\/+$/, "");
  const outDir = path.join(cwd, "out");
  const nextDir = path.join(cwd, ".next");
  const strip = await timed("strip", () => stripExport({ outDir, nextDir, basePath }));
  process.stdout.write(`strip: ${strip.stripped} of ${strip.pages} pages without a React island now load no framework script; ${strip.kept.length} keep it for their islands\n`);
  const pruned = await timed("prunePayloads", () => {
    const pages = walk(outDir, (name) => name === "index.html").flatMap((file) => folderPagePath(path.relative(outDir, file)) ?? []);
    const hydrated = strip.kept.flatMap((file) => folderPagePath(file) ?? []);
    return prunePayloads({ outDir, nextDir, hydrated, pages });
  });
  process.stdout.write(
    `payloads: ${pruned.reachable} pages can be reached by client navigation and keep their payload files; ${pruned.deletedFiles} files (${(pruned.deletedBytes / 1e6).toFixed(1)} MB) of ${pruned.prunedPages} other pages deleted\n`,
  );
  const written = await timed("dataFiles", () => writeSiteFiles(outDir, dataFiles(catalogue)));
  process.stdout.write(`data: ${written.files} JSON copies and policy files (${(written.bytes / 1e6).toFixed(1)} MB)\n`);
  const images = await timed("socialImages", () =>
    writeSocialImages({ outDir, cacheDir: path.join(cwd, ".cache/social-images"), jobs: socialImageJobs(catalogue, drawingVersion(cwd)) }),
  );
  process.stdout.write(`images: ${images.images} social cards, ${images.drawn} drawn, ${images.reused} reused from .cache/social-images\n`);
  const stats: BuildStats = { totalS: (Date.now() - started) / 1000, nextBuildS: steps.nextBuild ?? 0, steps, stepsCpu };
  // Read by `npm run bench:pages` and `npm run bench:build`; kept out of the export itself.
  fs.mkdirSync(path.join(cwd, ".cache"), { recursive: true });
  fs.writeFileSync(path.join(cwd, ".cache/build-stats.json"), JSON.stringify(stats) + "\n");
  process.stdout.write(`build: done in ${stats.totalS.toFixed(1)} s (next build ${stats.nextBuildS.toFixed(1)} s)\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
