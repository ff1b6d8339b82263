/**
 * public/search/current.json names the version of the index the site now serves (version.ts).
 * Pages the build reuses from earlier builds load a page enhancer that must not change with the
 * catalogue (or every stored page would name a new script), so its header search box reads this
 * file, never cached without asking the server, before it starts the worker (page-client.ts).
 * Browser-safe: no Node modules here.
 */
export const CURRENT_INDEX_FILE = "current.json";

export function currentIndexText(version: string): string {
  return `${JSON.stringify({ version })}\n`;
}

/** The version current.json names; an error when it names none, or something that is not a version folder's name. */
export function parseCurrentIndex(text: string): string {
  let version: unknown;
  try {
    version = (JSON.parse(text) as { version?: unknown } | null)?.version;
  } catch {
    throw new Error(`search/${CURRENT_INDEX_FILE} is not JSON`);
  }
  if (typeof version !== "string" || !/^[0-9a-f]{8,64}$/.test(version)) throw new Error(`search/${CURRENT_INDEX_FILE} names no index version`);
  return version;
}
