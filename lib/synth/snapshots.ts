import type { Category } from "../taxonomy";
import { syntheticServers, type SyntheticServer, type SyntheticTool } from "./generate";
import { Random } from "./random";

/**
 * Pure: synthetic tool-list snapshots ({server, tools} as the importer reads a corpus file)
 * for the build benchmark. The servers and tools are lib/synth's; what a snapshot adds is
 * what a real `tools/list` answer carries and the synthetic index leaves out: an input schema
 * with described arguments and, for some tools, annotations. The verdicts are not taken from
 * the generator: the importer runs the real classifier over these definitions.
 *
 * Every snapshot says it is synthetic in its server description and source, so a page built
 * from one can never pass for a real server.
 */

export interface SyntheticSnapshot {
  server: { slug: string; title: string; description: string; repository: string; source: string };
  tools: SnapshotTool[];
}

export interface SnapshotTool {
  name: string;
  title?: string;
  description: string;
  inputSchema: { type: "object"; properties: Record<string, ArgumentSchema>; required?: string[] };
  annotations?: { readOnlyHint?: boolean; destructiveHint?: boolean };
}

interface ArgumentSchema {
  type: string;
  description: string;
  enum?: string[];
  items?: { type: string };
}

export const SYNTHETIC_SOURCE = "synthetic benchmark snapshot (lib/synth); not a real server";

/** Snapshots holding exactly `toolCount` tools (the last server is cut short), same for the same seed. */
export function syntheticSnapshots(toolCount: number, seed = 20261121): SyntheticSnapshot[] {
  const random = new Random(seed ^ 0x5eed);
  const snapshots: SyntheticSnapshot[] = [];
  const slugs = new Set<string>();
  let remaining = toolCount;
  for (const server of syntheticServers(Number.MAX_SAFE_INTEGER, seed)) {
    if (remaining <= 0) break;
    const tools = server.tools.slice(0, remaining);
    remaining -= tools.length;
    snapshots.push({ server: serverIdentity(server, slugs), tools: tools.map((tool) => snapshotTool(random, tool)) });
  }
  return snapshots;
}

function serverIdentity(server: SyntheticServer, taken: Set<string>): SyntheticSnapshot["server"] {
  const base = `synth-${server.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "")}`.slice(0, 70);
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return {
    slug,
    title: `${server.title} (synthetic)`,
    description: `${server.description} Synthetic benchmark server: it does not exist.`,
    repository: server.repository,
    source: SYNTHETIC_SOURCE,
  };
}

function snapshotTool(random: Random, tool: SyntheticTool): SnapshotTool {
  const args = ARGUMENTS[tool.category];
  const count = 1 + random.int(args.length);
  const chosen = args.slice(0, count);
  const properties = Object.fromEntries(chosen.map(([name, schema]) => [name, schema]));
  const required = chosen.filter((_, i) => i === 0 || random.chance(0.3)).map(([name]) => name);
  const result: SnapshotTool = {
    name: tool.name,
    ...(tool.title ? { title: tool.title } : {}),
    description: tool.description,
    inputSchema: { type: "object", properties, required },
  };
  // About a third of real definitions carry hints; only the honest ones are made up here.
  if (random.chance(0.35)) {
    if (tool.category === "read") result.annotations = { readOnlyHint: true };
    else if (tool.category === "destructive") result.annotations = { destructiveHint: true };
  }
  return result;
}

const id: [string, ArgumentSchema] = ["id", { type: "string", description: "The id of the item, as returned by the list tool." }];
const limit: [string, ArgumentSchema] = ["limit", { type: "integer", description: "How many results to return (1 to 100, default 20)." }];
const cursor: [string, ArgumentSchema] = ["cursor", { type: "string", description: "Opaque cursor from a previous call, for the next page." }];
const filter: [string, ArgumentSchema] = ["status", { type: "string", description: "Only items with this status.", enum: ["open", "closed", "all"] }];

const ARGUMENTS: Record<Category, [string, ArgumentSchema][]> = {
  read: [id, limit, cursor, filter, ["fields", { type: "array", description: "Fields to include in each result.", items: { type: "string" } }]],
  write: [
    id,
    ["title", { type: "string", description: "The new title." }],
    ["body", { type: "string", description: "Text content, Markdown allowed." }],
    ["labels", { type: "array", description: "Labels to set on the item.", items: { type: "string" } }],
    ["notify", { type: "boolean", description: "Whether to notify watchers of the change." }],
  ],
  destructive: [id, ["force", { type: "boolean", description: "Skip the confirmation step and delete at once." }], ["reason", { type: "string", description: "Why, kept in the audit log." }]],
  execute: [
    ["code", { type: "string", description: "The statement or script to run, as is." }],
    ["timeout_ms", { type: "integer", description: "Stop after this many milliseconds." }],
    ["database", { type: "string", description: "Which database or environment to run it in." }],
  ],
  financial: [
    ["amount", { type: "number", description: "The amount, in the currency's smallest unit." }],
    ["currency", { type: "string", description: "Three-letter ISO currency code, e.g. usd." }],
    ["customer_id", { type: "string", description: "Who is charged or paid." }],
    ["memo", { type: "string", description: "A note shown on the statement." }],
  ],
};
