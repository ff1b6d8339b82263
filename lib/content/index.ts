import { contentRoots } from "./config";
import { loadCatalogue, type Catalogue } from "./load";

export type { Catalogue } from "./load";
export type { ServerEntry, ToolEntry } from "./schema";

let cached: Catalogue | undefined;

/** The catalogue of this build, read once per process from the configured roots. */
export function getCatalogue(): Catalogue {
  cached ??= loadCatalogue(contentRoots());
  return cached;
}
