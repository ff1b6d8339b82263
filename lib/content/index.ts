import { contentRoots } from "./config";
import { loadCatalogue, type Catalogue } from "./load";
import { readCatalogueSnapshot, SNAPSHOT_ENV } from "./snapshot";

export type { Catalogue } from "./load";
export type { ServerEntry, ToolEntry } from "./schema";

let cached: Catalogue | undefined;

/**
 * The catalogue of this build, read once per process from the configured roots (or from the
 * snapshot `npm run build` saved of them, see snapshot.ts).
 */
export function getCatalogue(): Catalogue {
  if (!cached) {
    const roots = contentRoots();
    const snapshot = process.env[SNAPSHOT_ENV];
    cached = (snapshot ? readCatalogueSnapshot(snapshot, roots) : undefined) ?? loadCatalogue(roots);
  }
  return cached;
}
