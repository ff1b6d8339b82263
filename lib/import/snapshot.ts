import fs from "node:fs";
import path from "node:path";
import { toolListFileSchema } from "../mcp/schema";
import type { ServerFacts, ServerListing } from "./types";

/**
 * Reads tool-list snapshots: a `tools/list` result (`{tools}`) or a corpus file
 * (`{server, tools}`). Pure parsing is split from the file reading so tests can feed text.
 */

/** Largest snapshot we read; the corpus's biggest is well under 1 MB. */
export const MAX_SNAPSHOT_BYTES = 20 * 1024 * 1024;

export class SnapshotError extends Error {
  override name = "SnapshotError";
}

/** The snapshot files a SOURCE path names: itself, or the *.json files of a folder. */
export function snapshotFiles(source: string): string[] {
  const stat = fs.statSync(source, { throwIfNoEntry: false });
  if (!stat) throw new SnapshotError(`${source} does not exist`);
  if (stat.isFile()) return [source];
  if (!stat.isDirectory()) throw new SnapshotError(`${source} is neither a file nor a folder`);
  return fs
    .readdirSync(source)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => path.join(source, name));
}

export function readSnapshot(file: string, overrides: Partial<ServerFacts> & { source?: string } = {}): ServerListing {
  const size = fs.statSync(file).size;
  if (size > MAX_SNAPSHOT_BYTES) throw new SnapshotError(`is ${size} bytes, more than the ${MAX_SNAPSHOT_BYTES} we read`);
  return parseSnapshot(fs.readFileSync(file, "utf8"), path.basename(file, path.extname(file)), overrides);
}

export function parseSnapshot(text: string, fallbackSlug: string, overrides: Partial<ServerFacts> & { source?: string } = {}): ServerListing {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SnapshotError(`is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (json && typeof json === "object" && !Array.isArray(json)) {
    const server = (json as { server?: unknown }).server;
    // Corpus files write absent facts as null; they mean "not known".
    if (server && typeof server === "object") {
      (json as { server: object }).server = Object.fromEntries(Object.entries(server).filter(([, value]) => value !== null));
    }
  }
  const parsed = toolListFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join(".");
    throw new SnapshotError(`is not a tool list ({"tools": [...]} or {"server": {...}, "tools": [...]}): ${field ? `${field}: ` : ""}${issue?.message}`);
  }
  const server = parsed.data.server;
  const facts: ServerFacts = {
    slug: overrides.slug ?? server?.slug ?? fallbackSlug,
    title: overrides.title ?? server?.title,
    description: overrides.description ?? server?.description,
    repository: overrides.repository ?? server?.repository,
    package: overrides.package ?? server?.package,
    version: overrides.version ?? server?.version,
  };
  const source = overrides.source ?? server?.source ?? `tools/list snapshot ${fallbackSlug}.json`;
  return { facts, source, rawTools: parsed.data.tools };
}
