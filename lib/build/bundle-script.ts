import { build } from "esbuild";

/**
 * One browser script from one TypeScript entry, bundled with esbuild at build time: the
 * search worker and the page enhancer both ship this way, independent of how the framework
 * bundles its own code. `define` replaces identifiers (e.g. build-time constants) in the output.
 */
export async function bundleBrowserScript(entry: string, define: Record<string, string> = {}): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    minify: true,
    target: "es2022",
    write: false,
    logLevel: "silent",
    define,
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`bundling ${entry} produced no output`);
  return output.text;
}
