import fs from "node:fs";
import { getCatalogue } from "../content";
import type { ServerEntry } from "../content/schema";
import { parsePolicy, type Policy, type PolicyProblem } from "../policy/schema";
import { UsageError } from "./usage";

/**
 * What the commands read besides their arguments (lib/cli/arguments.ts): files, policies
 * and the catalogue's servers, with the file name in every message. Each reader reports its
 * problems and lets the command choose the exit code.
 */

export type Read<T> = { ok: true; value: T } | { ok: false; messages: string[] };

export function readText(file: string): Read<string> {
  try {
    return { ok: true, value: fs.readFileSync(file, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? ": no such file" : code === "EISDIR" ? ": it is a folder" : ` (${code ?? String(error)})`;
    return { ok: false, messages: [`${file}: cannot be read${why}`] };
  }
}

/** A policy file, parsed and validated; each problem names its field. */
export function readPolicy(file: string): Read<Policy> {
  const text = readText(file);
  if (!text.ok) return text;
  let value: unknown;
  try {
    value = JSON.parse(text.value);
  } catch (error) {
    return { ok: false, messages: [`${file}: error: (policy): is not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const parsed = parsePolicy(value);
  if (parsed.ok) return { ok: true, value: parsed.policy };
  return { ok: false, messages: policyProblemLines(file, parsed.problems) };
}

export function policyProblemLines(file: string, problems: readonly PolicyProblem[]): string[] {
  return [
    ...problems.map((p) => `${file}: error: ${p.path || "(policy)"}: ${p.message}`),
    `${file}: not a valid policy: ${problems.length} error${problems.length === 1 ? "" : "s"}`,
  ];
}

export function writeLines(stream: NodeJS.WritableStream, lines: readonly string[]): void {
  if (lines.length > 0) stream.write(`${lines.join("\n")}\n`);
}

export interface CatalogueServer {
  entry: ServerEntry;
  tools: string[];
  /** How many tools the server has, when more than the catalogue lists. */
  toolCount: number;
  partial: boolean;
}

/** A server of the catalogue by slug; an unknown slug is a usage error naming some known ones. */
export function loadServer(slug: string): CatalogueServer {
  const servers = getCatalogue().servers;
  const entry = servers.find((s) => s.slug === slug);
  if (!entry) {
    const known = servers.map((s) => s.slug);
    throw new UsageError(`no server "${slug}" in the catalogue${known.length > 0 ? `; it has ${known.slice(0, 20).join(", ")}${known.length > 20 ? ", ..." : ""}` : ""}`);
  }
  const tools = entry.tools.map((t) => t.name);
  const toolCount = Math.max(entry.toolCount ?? tools.length, tools.length);
  return { entry, tools, toolCount, partial: toolCount > tools.length };
}

/** The note for a server the catalogue lists only part of. */
export function partialListNote(file: string, slug: string, server: CatalogueServer): string {
  return (
    `${file}: note: the catalogue lists ${server.tools.length} of the ${server.toolCount} tools of "${slug}", so a name it does not list is a warning, not an error; ` +
    `to check against the full list, set CATALOGUE_CONTENT_DIRS to the imported catalogue (npm run build writes it to .cache/imported)`
  );
}
