import path from "node:path";

/**
 * Where the catalogue's entries come from: the committed content/ folder first, then any
 * folders named in CATALOGUE_CONTENT_DIRS (separated by the platform's path delimiter),
 * e.g. catalogues imported at build time that are not committed.
 */
export function contentRoots(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string[] {
  const extra = (env.CATALOGUE_CONTENT_DIRS ?? "")
    .split(path.delimiter)
    .map((dir) => dir.trim())
    .filter(Boolean)
    .map((dir) => path.resolve(cwd, dir));
  return [path.resolve(cwd, "content"), ...extra];
}
