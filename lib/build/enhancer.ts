import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ENHANCER_PATH, EXPORTS_SCRIPT_PATH, SEARCH_SCRIPT_PATH } from "../enhance/script-path";
import { bundleBrowserScript } from "./bundle-script";

/** The versions pages put in the scripts' URLs (?v=), so a cache never pairs new pages with an old script. */
export interface ScriptVersions {
  /** public/enhance.js and public/client-exports.js (ENHANCER_VERSION). */
  enhancer: string;
  /** public/search-page.js (SEARCH_SCRIPT_VERSION). */
  searchPage: string;
}

/**
 * Build step: bundles lib/enhance/main.ts into public/enhance.js, lib/enhance/exports-main.ts
 * into public/client-exports.js and lib/enhance/search-main.ts into public/search-page.js (none
 * committed) before `next build` copies public/ into the export. The base path is fixed at
 * build time, as it is for the pages.
 *
 * Only the search page's script has the search index's version built in. The other two are
 * named by every tool and server page, and those pages are reused from earlier builds while
 * the catalogue (and so the index's version) changes: built without it, they change only with
 * the code, which the stored pages' keys cover, so no stored page ever names an old script.
 */
export async function prepareEnhancer(options: { cwd: string; env: NodeJS.ProcessEnv; searchIndexVersion: string; outDir?: string }): Promise<ScriptVersions> {
  const { cwd, env } = options;
  const outDir = options.outDir ?? path.join(cwd, "public");
  const define = (searchVersion: string) => ({
    "process.env.NEXT_PUBLIC_BASE_PATH": JSON.stringify(env.NEXT_PUBLIC_BASE_PATH ?? ""),
    "process.env.NEXT_PUBLIC_SITE_URL": JSON.stringify(env.NEXT_PUBLIC_SITE_URL ?? ""),
    "process.env.SEARCH_INDEX_VERSION": JSON.stringify(searchVersion),
  });
  const bundle = async (entry: string, servedAt: string, searchVersion: string) => {
    const script = await bundleBrowserScript(path.join(cwd, entry), define(searchVersion));
    fs.writeFileSync(path.join(outDir, servedAt), script);
    process.stdout.write(`enhancer: ${(script.length / 1024).toFixed(1)} KB in public${servedAt}\n`);
    return script;
  };
  const enhancer = createHash("sha256");
  enhancer.update(await bundle("lib/enhance/main.ts", ENHANCER_PATH, ""));
  enhancer.update(await bundle("lib/enhance/exports-main.ts", EXPORTS_SCRIPT_PATH, ""));
  const searchPage = createHash("sha256").update(await bundle("lib/enhance/search-main.ts", SEARCH_SCRIPT_PATH, options.searchIndexVersion));
  return { enhancer: enhancer.digest("hex").slice(0, 12), searchPage: searchPage.digest("hex").slice(0, 12) };
}
