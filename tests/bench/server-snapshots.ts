/**
 * Server snapshots on disk (a folder of `{server, tools}` files, as ../shared/corpus/servers and
 * tests/fixtures/labels/fresh-servers hold them), read for the benchmarks and evaluations.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { mcpToolSchema, type McpTool } from "../../lib/mcp/schema";

export interface ServerSnapshot {
  slug: string;
  title?: string;
  /** The tools that parse, in the file's order. */
  tools: McpTool[];
}

/** Every server snapshot in a folder, in file-name order; a file without a slug is named by its file. */
export function readServerSnapshots(dir: string): ServerSnapshot[] {
  const out: ServerSnapshot[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".json")) continue;
    const data = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { server?: { slug?: string; title?: string }; tools?: unknown[] };
    const tools: McpTool[] = [];
    for (const raw of data.tools ?? []) {
      const parsed = mcpToolSchema.safeParse(raw);
      if (parsed.success) tools.push(parsed.data);
    }
    out.push({ slug: data.server?.slug ?? file.replace(/\.json$/, ""), ...(data.server?.title ? { title: data.server.title } : {}), tools });
  }
  return out;
}
