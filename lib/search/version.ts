import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { CURRENT_INDEX_FILE, parseCurrentIndex } from "./current-index";

/**
 * The search index and its worker live in public/search/<version>/, where the version is a
 * hash of every file in that folder, and current.json beside it names the version served. The
 * worker fetches index files relative to itself, so a cached worker can only ever read the
 * index it was built with: after a deploy it finds its files gone rather than meet new ones.
 */

/** A short hash of a set of files, independent of the order they were made in. */
export function indexVersion(files: ReadonlyMap<string, string>): string {
  const hash = createHash("sha256");
  for (const name of [...files.keys()].sort()) hash.update(`${name}\0${files.get(name)}\0`);
  return hash.digest("hex").slice(0, 16);
}

/** The version a built search folder serves, as its current.json names it; undefined before the first build. */
export function builtIndexVersion(searchDir: string): string | undefined {
  const file = path.join(searchDir, CURRENT_INDEX_FILE);
  return fs.existsSync(file) ? parseCurrentIndex(fs.readFileSync(file, "utf8")) : undefined;
}
