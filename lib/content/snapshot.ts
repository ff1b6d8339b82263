import fs from "node:fs";
import type { Catalogue } from "./load";

/**
 * The loaded catalogue, saved once by the build (lib/build/main.ts) for the processes of
 * `next build`: each of its workers would otherwise read and validate every entry file again,
 * seconds apiece with tens of thousands of tools. Only what the same build validated is ever
 * written, and a snapshot made from other content roots is ignored (the files are read).
 */

export const SNAPSHOT_ENV = "CATALOGUE_SNAPSHOT";

interface Snapshot {
  roots: string[];
  catalogue: Catalogue;
}

export function writeCatalogueSnapshot(file: string, catalogue: Catalogue, roots: readonly string[]): void {
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, JSON.stringify({ roots: [...roots], catalogue } satisfies Snapshot));
  fs.renameSync(partial, file);
}

/** The saved catalogue when it was made from these roots; undefined when absent, unreadable or made from others. */
export function readCatalogueSnapshot(file: string, roots: readonly string[]): Catalogue | undefined {
  try {
    const snapshot = JSON.parse(fs.readFileSync(file, "utf8")) as Snapshot;
    if (JSON.stringify(snapshot.roots) !== JSON.stringify(roots)) return undefined;
    return snapshot.catalogue;
  } catch {
    return undefined;
  }
}
