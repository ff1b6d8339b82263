import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ENHANCER_PATH, EXPORTS_SCRIPT_PATH, SEARCH_SCRIPT_PATH } from "../enhance/script-path";
import { bundleBrowserScript } from "./bundle-script";

/**
 * Build step: bundles lib/enhance/main.ts into public/enhance.js, lib/enhance/exports-main.ts
 * into public/client-exports.js and lib/enhance/search-main.ts into public/search-page.js (none
 * committed) before `next build` copies public/ into the export. The base path is fixed at
 * build time, as it is for the pages. Returns a hash of the scripts, which pages put in the
 * scripts' URLs (ENHANCER_VERSION) so a cache never pairs new pages with an old script.
 */
export async function prepareEnhancer(options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<string> {
  const { cwd, env } = options;
  const define = {
    "process.env.NEXT_PUBLIC_BASE_PATH": JSON.stringify(env.NEXT_PUBLIC_BASE_PATH ?? ""),
    "process.env.NEXT_PUBLIC_SITE_URL": JSON.stringify(env.NEXT_PUBLIC_SITE_URL ?? ""),
    "process.env.NEXT_PUBLIC_SEARCH_VERSION": JSON.stringify(env.NEXT_PUBLIC_SEARCH_VERSION ?? ""),
  };
  const hash = createHash("sha256");
  for (const [entry, servedAt] of [
    ["lib/enhance/main.ts", ENHANCER_PATH],
    ["lib/enhance/exports-main.ts", EXPORTS_SCRIPT_PATH],
    ["lib/enhance/search-main.ts", SEARCH_SCRIPT_PATH],
  ] as const) {
    const script = await bundleBrowserScript(path.join(cwd, entry), define);
    fs.writeFileSync(path.join(cwd, "public", servedAt), script);
    hash.update(script);
    process.stdout.write(`enhancer: ${(script.length / 1024).toFixed(1)} KB in public${servedAt}\n`);
  }
  return hash.digest("hex").slice(0, 12);
}
