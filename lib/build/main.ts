/**
 * `npm run build`: prepares generated inputs, then runs `next build` with them.
 *   1. imports the shared corpus (CATALOGUE_CORPUS, default ../shared/corpus/servers, when present)
 *      into .cache/imported, never into content/;
 *   2. builds the search index into public/search/<version> from the whole catalogue plus the
 *      server index file (CATALOGUE_INDEX, default ../shared/index/servers.jsonl, when present);
 *   3. bundles the page enhancer (lib/enhance) into public/enhance.js;
 *   4. runs next build with CATALOGUE_CONTENT_DIRS naming the imported folders;
 *   5. strips Next's runtime from exported pages with no React island (lib/build/strip-framework.ts).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { prepareImportedContent } from "../import/prebuild";
import { prepareSearchIndex } from "../search/prebuild";
import { prepareEnhancer } from "./enhancer";
import { stripExport } from "./strip-export";

async function main(): Promise<number> {
  const cwd = process.cwd();
  const started = Date.now();
  const extraDirs = await prepareImportedContent({ cwd, env: process.env });
  const existing = (process.env.CATALOGUE_CONTENT_DIRS ?? "").split(path.delimiter).filter(Boolean);
  const env: NodeJS.ProcessEnv = { ...process.env, CATALOGUE_CONTENT_DIRS: [...existing, ...extraDirs].join(path.delimiter) };
  // Inlined into the pages' scripts and the enhancer: each page asks for its own build's index.
  env.NEXT_PUBLIC_SEARCH_VERSION = await prepareSearchIndex({ cwd, env });
  env.ENHANCER_VERSION = await prepareEnhancer({ cwd, env });
  const nextStarted = Date.now();
  const next = spawnSync(process.execPath, [path.join(cwd, "node_modules/next/dist/bin/next"), "build"], { stdio: "inherit", env });
  if (next.status !== 0) return next.status ?? 1;
  const basePath = (process.env.NEXT_PUBLIC_BASE_PATH ?? "").replace(/\/+$/, "");
  const strip = stripExport({ outDir: path.join(cwd, "out"), nextDir: path.join(cwd, ".next"), basePath });
  process.stdout.write(`strip: ${strip.stripped} of ${strip.pages} pages without a React island now load no framework script; ${strip.kept.length} keep it for their islands\n`);
  const stats = { totalS: (Date.now() - started) / 1000, nextBuildS: (Date.now() - nextStarted) / 1000 };
  // Read by `npm run bench:pages`; kept out of the export itself.
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
