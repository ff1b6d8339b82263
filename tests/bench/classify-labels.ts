/**
 * Loads the hand labels (tests/fixtures/labels/corpus-labels.json: server, tool, our
 * category and risk) and joins them with the tool definitions read at run time from
 * ../shared/corpus/servers. Nothing from the corpus is stored in this repository.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { mcpToolSchema, serverIdentitySchema, type McpTool, type ServerIdentity } from "../../lib/mcp/schema";
import { CATEGORIES, RISK_LEVELS, type Category, type RiskLevel } from "../../lib/taxonomy";

export interface Label {
  server: string;
  tool: string;
  category: Category;
  risk: RiskLevel;
  note?: string;
}

export interface LabelledTool extends Label {
  definition: McpTool;
  identity: ServerIdentity;
}

const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const CORPUS_DIR = process.env.CATALOGUE_CORPUS_DIR ?? path.resolve(ROOT, "..", "shared", "corpus", "servers");
export const LABELS_FILE = path.join(ROOT, "tests", "fixtures", "labels", "corpus-labels.json");

export function corpusAvailable(): boolean {
  return existsSync(CORPUS_DIR);
}

export function readLabels(): Label[] {
  const raw: unknown = JSON.parse(readFileSync(LABELS_FILE, "utf8"));
  if (!Array.isArray(raw)) throw new Error(`${LABELS_FILE}: expected an array of labels`);
  return raw.map((item, i) => {
    const l = item as Partial<Label>;
    if (typeof l.server !== "string" || typeof l.tool !== "string") throw new Error(`${LABELS_FILE}[${i}]: server and tool must be strings`);
    if (!CATEGORIES.includes(l.category as Category)) throw new Error(`${LABELS_FILE}[${i}]: unknown category ${String(l.category)}`);
    if (!RISK_LEVELS.includes(l.risk as RiskLevel)) throw new Error(`${LABELS_FILE}[${i}]: unknown risk ${String(l.risk)}`);
    return l as Label;
  });
}

/** Every label joined with its definition; labels whose tool is not in the corpus are reported. */
export function loadLabelledTools(): { tools: LabelledTool[]; missing: Label[] } {
  const servers = new Map<string, { identity: ServerIdentity; tools: Map<string, McpTool> }>();
  const tools: LabelledTool[] = [];
  const missing: Label[] = [];
  for (const label of readLabels()) {
    let server = servers.get(label.server);
    if (!server) {
      const file = path.join(CORPUS_DIR, `${label.server}.json`);
      if (!existsSync(file)) {
        missing.push(label);
        continue;
      }
      const data = JSON.parse(readFileSync(file, "utf8")) as { server: unknown; tools: unknown[] };
      // Corpus identities carry `null` for unknown fields; the schema wants them absent.
      const identity = serverIdentitySchema.parse(Object.fromEntries(Object.entries(data.server as object).filter(([, v]) => v !== null)));
      const byName = new Map<string, McpTool>();
      for (const t of data.tools) {
        const parsed = mcpToolSchema.safeParse(t);
        if (parsed.success) byName.set(parsed.data.name, parsed.data);
      }
      server = { identity, tools: byName };
      servers.set(label.server, server);
    }
    const definition = server.tools.get(label.tool);
    if (!definition) missing.push(label);
    else tools.push({ ...label, definition, identity: server.identity });
  }
  return { tools, missing };
}
