import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ENHANCER_PATH } from "../enhance/script-path";
import { bundleBrowserScript } from "./bundle-script";

/**
 * Build step: bundles lib/enhance/main.ts into public/enhance.js (not committed) before
 * `next build` copies public/ into the export. The base path is fixed at build time, as it
 * is for the pages. Returns the script's content hash, which the layout puts in the script URL
 * (ENHANCER_VERSION) so a cache never pairs new pages with an old enhancer.
 */
export async function prepareEnhancer(options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<string> {
  const { cwd, env } = options;
  const script = await bundleBrowserScript(path.join(cwd, "lib/enhance/main.ts"), {
    "process.env.NEXT_PUBLIC_BASE_PATH": JSON.stringify(env.NEXT_PUBLIC_BASE_PATH ?? ""),
    "process.env.NEXT_PUBLIC_SITE_URL": JSON.stringify(env.NEXT_PUBLIC_SITE_URL ?? ""),
    "process.env.NEXT_PUBLIC_SEARCH_VERSION": JSON.stringify(env.NEXT_PUBLIC_SEARCH_VERSION ?? ""),
  });
  const file = path.join(cwd, "public", ENHANCER_PATH);
  fs.writeFileSync(file, script);
  process.stdout.write(`enhancer: ${(script.length / 1024).toFixed(1)} KB in public${ENHANCER_PATH}\n`);
  return createHash("sha256").update(script).digest("hex").slice(0, 12);
}
