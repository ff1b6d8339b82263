import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The search index and its worker live in public/search/<version>/, where the version is a
 * hash of every file in that folder. A page asks for the worker of its own build, and the
 * worker fetches index files relative to itself, so a cached worker can only ever read the
 * index it was built with: after a deploy it finds its files gone rather than meet new ones.
 */

/** A short hash of a set of files, independent of the order they were made in. */
export function indexVersion(files: ReadonlyMap<string, string>): string {
  const hash = createHash("sha256");
  for (const name of [...files.keys()].sort()) hash.update(`${name}\0${files.get(name)}\0`);
  return hash.digest("hex").slice(0, 16);
}

/**
 * The version in a built search folder (the one subfolder the build leaves there), for
 * checks of a finished build. Undefined before the first build.
 */
export function builtIndexVersion(searchDir: string): string | undefined {
  if (!fs.existsSync(searchDir)) return undefined;
  const versions = fs.readdirSync(searchDir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && fs.existsSync(path.join(searchDir, entry.name, "worker.js")));
  return versions.length === 1 ? versions[0]!.name : undefined;
}
