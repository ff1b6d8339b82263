import path from "node:path";
import { bundleBrowserScript } from "../build/bundle-script";

/**
 * The search worker as one small script (public/search/worker.js), bundled with esbuild at
 * build time so the site and the benchmark run exactly the same engine without depending on
 * how the framework bundles workers. The worker and the index are built together, so the
 * manifest it carries always matches the files beside it.
 */
export async function bundleSearchWorker(cwd: string, manifest: string): Promise<string> {
  // The manifest rides inside the script: one request fewer before the first results.
  return bundleBrowserScript(path.join(cwd, "lib/search/worker.ts"), { __SEARCH_MANIFEST__: JSON.stringify(manifest) });
}
