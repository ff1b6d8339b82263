import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { paths } from "../catalogue/site";
import type { Catalogue } from "../content";
import { PageStore, frameworkAssets, pageFiles, reusablePages, type ReusablePage } from "./page-reuse";
import { folderPagePath, prunePayloads, type PruneSummary } from "./prune-payloads";
import { RENDER_PLAN_ENV, writeRenderPlan } from "./render-plan";
import { stripExport, walk, type StripSummary } from "./strip-export";
import { renderToolPagesOutside, splitToolPages, type OutsideSummary } from "./tool-pages/render-outside";
import nextConfig from "../../next.config";

/**
 * Steps 4 and 5 of the build: next build renders the pages the page store lacks, but for
 * most tool pages, which the build renders itself (tool-pages/render-outside.ts); then the
 * export is finished: Next's runtime stripped from pages without an island, stored pages put
 * back, the other tool pages rendered, payload files no client navigation can fetch deleted,
 * and the freshly rendered pages stored for the next build. When a stored page turns out not
 * to fit this build (its assets are gone, or client navigation now reaches it), or client
 * navigation reaches a tool page rendered without Next's payload, the store is cleared and
 * every page is rendered by next build: slower, never wrong.
 */

export type Timed = <T>(name: string, step: () => T | Promise<T>) => Promise<T>;

export interface ExportSummary {
  strip: StripSummary;
  toolPages: OutsideSummary;
  pruned: PruneSummary;
  reused: number;
  rendered: number;
  stored: number;
  /** Why the store was dropped and the pages rendered again, when it was. */
  retried?: string;
}

/** The pages this attempt made do not fit together; the next attempt renders everything with Next. */
class RenderAgain extends Error {}

/** Set to "next" to have next build render every tool page, as next dev does. */
export const TOOL_PAGES_ENV = "CATALOGUE_TOOL_PAGES";

const MARKUP = /[<>&'"]/;

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

  const markup = toolsWithMarkup(options.catalogue);

  const attempt = async (useStore: boolean, renderOutside: boolean): Promise<ExportSummary> => {
    const reuse = useStore ? pages.filter((page) => store.has(page.key)) : [];
    const reused = new Set(reuse.map((page) => page.urlPath));
    const toolJobs = pages.flatMap((page) => (page.tool && !reused.has(page.urlPath) ? [{ ...page.tool, urlPath: page.urlPath }] : []));
    const { sample, outside } = renderOutside ? splitToolPages(toolJobs, (job) => markup.has(job.urlPath)) : { sample: toolJobs, outside: [] };
    const env: NodeJS.ProcessEnv = { ...options.env, CATALOGUE_BUILD_ID: options.fingerprint };
    if (reuse.length + outside.length > 0) {
      const planFile = path.join(cwd, ".cache/render-plan.json");
      writeRenderPlan(planFile, { skip: [...reused, ...outside.map((job) => job.urlPath)] });
      env[RENDER_PLAN_ENV] = planFile;
    }
    options.log(
      `pages: ${reuse.length} of ${pages.length} tool, server and listing pages unchanged since they were stored; ` +
        `${outside.length} tool pages rendered after next build, which renders the rest`,
    );
    // The last build's output is moved aside and deleted while this one runs: next build
    // would otherwise spend its first half-minute deleting a hundred thousand files of it.
    const { deleting } = await timed("clearLastBuild", () => moveAsideAndDelete(cwd, [outDir, ...lastBuildFiles(nextDir)]));
    const status = await timed("nextBuild", () => runNext(cwd, env));
    await timed("finishDeleting", () => deleting);
    if (status !== 0) throw new Error(`next build failed (exit ${status})`);

    const strip = await timed("strip", () => stripExport({ outDir, nextDir, basePath: options.basePath }));
    // Pages Next rendered anyway (a route never renders nothing) keep their fresh copy.
    const restored = reuse.filter((page) => !fs.existsSync(path.join(dirOf(page.urlPath), "index.html")));
    // A tool page Next rendered although it was to be reused is one more to compare.
    const restoredPages = new Set(restored);
    const renderedAnyway = reuse.flatMap((page) => (page.tool && !restoredPages.has(page) ? [{ ...page.tool, urlPath: page.urlPath }] : []));
    await timed("restorePages", () => {
      for (const page of restored) store.restore(page.key, dirOf(page.urlPath));
      checkAssets(restored, outDir, dirOf, options.basePath);
    });
    const toolPages = await timed("toolPages", () =>
      renderToolPagesOutside({ cwd, outDir, env: { ...env, ...nextRoutingEnv(options.basePath) }, sample: [...sample, ...renderedAnyway], outside }),
    );
    const pruned = await timed("prunePayloads", () => {
      const all = walk(outDir, (name) => name === "index.html").flatMap((file) => folderPagePath(path.relative(outDir, file)) ?? []);
      const hydrated = strip.kept.flatMap((file) => folderPagePath(file) ?? []);
      return prunePayloads({ outDir, nextDir, hydrated, pages: all });
    });
    // A stored page without payload files that client navigation now reaches would answer
    // that navigation with a 404: render it with its payload instead.
    const unreachableBefore = restored.find((page) => pruned.reached.has(page.urlPath) && !fs.existsSync(path.join(dirOf(page.urlPath), "index.txt")));
    if (unreachableBefore) throw new RenderAgain(`client navigation now reaches ${unreachableBefore.urlPath}, stored without its payload`);
    const reachedOutside = outside.find((job) => pruned.reached.has(job.urlPath));
    if (reachedOutside) throw new RenderAgain(`client navigation reaches ${reachedOutside.urlPath}, which was rendered without its payload`);

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
    return { strip, toolPages, pruned, reused: restored.length, rendered: pages.length - restored.length, stored };
  };

  try {
    return await attempt(true, options.env[TOOL_PAGES_ENV] !== "next");
  } catch (error) {
    if (!(error instanceof RenderAgain)) throw error;
    options.log(`pages: ${error.message}; clearing the page store and rendering every page with next build`);
    store.clear();
    return { ...(await attempt(false, false)), retried: error.message };
  }
}

/** URL paths of the tool pages whose entries hold markup characters: the sample prefers them. */
function toolsWithMarkup(catalogue: Catalogue): Set<string> {
  const found = new Set<string>();
  for (const server of catalogue.servers) {
    for (const tool of server.tools) {
      if (MARKUP.test(server.title) || MARKUP.test(tool.name) || MARKUP.test(tool.title ?? "") || MARKUP.test(tool.description)) found.add(paths.tool(server.slug, tool.slug));
    }
  }
  return found;
}

/**
 * What Next builds into its client components from next.config (next/link reads these to
 * write an href): the tool pages rendered outside next build need the same.
 */
function nextRoutingEnv(basePath: string): Record<string, string> {
  return { __NEXT_ROUTER_BASEPATH: basePath, ...(nextConfig.trailingSlash ? { __NEXT_TRAILING_SLASH: "true" } : {}) };
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
      if (missing) throw new RenderAgain(`stored page ${page.urlPath} refers to ${missing}, which this build did not make`);
    }
  }
}
