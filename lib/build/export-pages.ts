import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Catalogue } from "../content";
import { PageStore, frameworkAssets, pageFiles, reusablePages, type ReusablePage } from "./page-reuse";
import { folderPagePath, prunePayloads, type PruneSummary } from "./prune-payloads";
import { RENDER_PLAN_ENV, writeRenderPlan } from "./render-plan";
import { stripExport, walk, type StripSummary } from "./strip-export";

/**
 * Steps 4 and 5 of the build: next build renders the pages the page store lacks; then the
 * export is finished: Next's runtime stripped from pages without an island, stored pages put
 * back, payload files no client navigation can fetch deleted, and the freshly rendered pages
 * stored for the next build. When a stored page turns out not to fit this build (its assets
 * are gone, or client navigation now reaches it), the store is cleared and everything is
 * rendered once more: slower, never wrong.
 */

export type Timed = <T>(name: string, step: () => T | Promise<T>) => Promise<T>;

export interface ExportSummary {
  strip: StripSummary;
  pruned: PruneSummary;
  reused: number;
  rendered: number;
  stored: number;
  /** Why the store was dropped and the pages rendered again, when it was. */
  retried?: string;
}

class StoreMismatch extends Error {}

export async function exportPages(options: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  catalogue: Catalogue;
  fingerprint: string;
  basePath: string;
  timed: Timed;
  log: (line: string) => void;
}): Promise<ExportSummary> {
  const { cwd, timed } = options;
  const outDir = path.join(cwd, "out");
  const nextDir = path.join(cwd, ".next");
  const store = new PageStore(path.join(cwd, ".cache/page-store"));
  const pages = reusablePages(options.catalogue, options.fingerprint);
  const dirOf = (urlPath: string) => path.join(outDir, ...urlPath.split("/").filter(Boolean));

  const attempt = async (useStore: boolean): Promise<ExportSummary> => {
    const reuse = useStore ? pages.filter((page) => store.has(page.key)) : [];
    const env: NodeJS.ProcessEnv = { ...options.env, CATALOGUE_BUILD_ID: options.fingerprint };
    if (reuse.length > 0) {
      const planFile = path.join(cwd, ".cache/render-plan.json");
      writeRenderPlan(planFile, { reuse: reuse.map((page) => page.urlPath) });
      env[RENDER_PLAN_ENV] = planFile;
    }
    options.log(`pages: ${reuse.length} of ${pages.length} tool, server and listing pages unchanged since they were stored; next build renders the rest`);
    // The last build's output is moved aside and deleted while this one runs: next build
    // would otherwise spend its first half-minute deleting a hundred thousand files of it.
    const { deleting } = await timed("clearLastBuild", () => moveAsideAndDelete(cwd, [outDir, ...lastBuildFiles(nextDir)]));
    const status = await timed("nextBuild", () => runNext(cwd, env));
    await timed("finishDeleting", () => deleting);
    if (status !== 0) throw new Error(`next build failed (exit ${status})`);

    const strip = await timed("strip", () => stripExport({ outDir, nextDir, basePath: options.basePath }));
    // Pages Next rendered anyway (a route never renders nothing) keep their fresh copy.
    const restored = reuse.filter((page) => !fs.existsSync(path.join(dirOf(page.urlPath), "index.html")));
    await timed("restorePages", () => {
      for (const page of restored) store.restore(page.key, dirOf(page.urlPath));
      checkAssets(restored, outDir, dirOf, options.basePath);
    });
    const pruned = await timed("prunePayloads", () => {
      const all = walk(outDir, (name) => name === "index.html").flatMap((file) => folderPagePath(path.relative(outDir, file)) ?? []);
      const hydrated = strip.kept.flatMap((file) => folderPagePath(file) ?? []);
      return prunePayloads({ outDir, nextDir, hydrated, pages: all });
    });
    // A stored page without payload files that client navigation now reaches would answer
    // that navigation with a 404: render it with its payload instead.
    const unreachableBefore = restored.find((page) => pruned.reached.has(page.urlPath) && !fs.existsSync(path.join(dirOf(page.urlPath), "index.txt")));
    if (unreachableBefore) throw new StoreMismatch(`client navigation now reaches ${unreachableBefore.urlPath}, stored without its payload`);

    const restoredPaths = new Set(restored.map((page) => page.urlPath));
    const stored = await timed("storePages", () => {
      let count = 0;
      for (const page of pages) {
        if (restoredPaths.has(page.urlPath) || store.has(page.key)) continue;
        store.save(page.key, dirOf(page.urlPath));
        count++;
      }
      store.prune(new Set(pages.map((page) => page.key)));
      return count;
    });
    return { strip, pruned, reused: restored.length, rendered: pages.length - restored.length, stored };
  };

  try {
    return await attempt(true);
  } catch (error) {
    if (!(error instanceof StoreMismatch)) throw error;
    options.log(`pages: the page store does not fit this build (${error.message}); clearing it and rendering every page`);
    store.clear();
    return { ...(await attempt(false)), retried: error.message };
  }
}

function runNext(cwd: string, env: NodeJS.ProcessEnv): Promise<number | string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(cwd, "node_modules/next/dist/bin/next"), "build"], { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? signal ?? 1));
  });
}

/** What next build deletes before it builds: everything in its folder but its cache. */
function lastBuildFiles(nextDir: string): string[] {
  if (!fs.existsSync(nextDir)) return [];
  return fs
    .readdirSync(nextDir)
    .filter((name) => name !== "cache")
    .map((name) => path.join(nextDir, name));
}

/** Renames the paths into a trash folder in .cache (same filesystem, so instant) and deletes it in the background. */
function moveAsideAndDelete(cwd: string, paths: readonly string[]): { deleting: Promise<void> } {
  const trashRoot = path.join(cwd, ".cache/trash");
  // Trash an interrupted build left behind goes too.
  const leftovers = fs.existsSync(trashRoot) ? fs.readdirSync(trashRoot).map((name) => path.join(trashRoot, name)) : [];
  const trash = path.join(trashRoot, `${process.pid}-${Date.now()}`);
  fs.mkdirSync(trash, { recursive: true });
  paths.forEach((source, i) => {
    if (fs.existsSync(source)) fs.renameSync(source, path.join(trash, `${i}-${path.basename(source)}`));
  });
  return { deleting: Promise.all([trash, ...leftovers].map((dir) => fs.promises.rm(dir, { recursive: true, force: true }))).then(() => undefined) };
}

/**
 * Stored pages name the stylesheet and, in their payload files, the script chunks of the
 * build that made them; the code fingerprint in their keys keeps those names the same, and
 * this checks it on the first restored page of each kind.
 */
function checkAssets(restored: readonly ReusablePage[], outDir: string, dirOf: (urlPath: string) => string, basePath: string): void {
  const checked = new Set<string>();
  for (const page of restored) {
    if (checked.has(page.kind)) continue;
    checked.add(page.kind);
    for (const file of pageFiles(dirOf(page.urlPath))) {
      const text = fs.readFileSync(file, "utf8");
      const missing = frameworkAssets(text, basePath).find((asset) => !fs.existsSync(path.join(outDir, ...asset.split("/").filter(Boolean))));
      if (missing) throw new StoreMismatch(`stored page ${page.urlPath} refers to ${missing}, which this build did not make`);
    }
  }
}
