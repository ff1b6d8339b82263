import path from "node:path";
import { build } from "esbuild";

/**
 * The search worker as one small script (public/search/worker.js), bundled with esbuild at
 * build time so the site and the benchmark run exactly the same engine without depending on
 * how the framework bundles workers. The worker and the index are built together, so the
 * manifest it carries always matches the files beside it.
 */
export async function bundleSearchWorker(cwd: string, manifest: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(cwd, "lib/search/worker.ts")],
    bundle: true,
    format: "iife",
    minify: true,
    target: "es2022",
    write: false,
    logLevel: "silent",
    // The manifest rides inside the script: one request fewer before the first results.
    define: { __SEARCH_MANIFEST__: JSON.stringify(manifest) },
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("bundling the search worker produced no output");
  return output.text;
}
