import type { Catalogue, ServerEntry, ToolEntry } from "../content";
import type { Policy } from "../policy/schema";
import { coverage, riskMix, serverPolicy, type RiskMix } from "./queries";
import { absoluteUrl, paths } from "./site";

/**
 * The machine-readable copies of the catalogue (/data/**). These shapes are a public
 * contract documented at /docs/data/: add fields, never rename or remove them.
 */

export interface ToolRecord {
  server: string;
  name: string;
  slug: string;
  title?: string;
  description: string;
  category: ToolEntry["category"];
  risk: ToolEntry["risk"];
  confidence?: number;
  rationale: string;
  signals: string[];
  roles: string[];
  evidence: string[];
  policy: Policy;
  inputSchema: Record<string, unknown>;
  annotations?: ToolEntry["annotations"];
  source: string;
  reviewed: boolean;
  /** What a person's correction says, when the verdict was corrected. */
  reviewNote?: string;
  /** When the entry was last imported (ISO timestamp), when recorded. */
  importedAt?: string;
  notes?: string;
  url: string;
  policyUrl: string;
}

export interface ServerSummaryRecord {
  slug: string;
  title: string;
  description: string;
  repository?: string;
  package?: string;
  /** Tools in this catalogue. */
  catalogued: number;
  /** Tools the server lists in all, when known to be more than catalogued. */
  toolCount?: number;
  risk: RiskMix;
  url: string;
  dataUrl: string;
  policyUrl: string;
}

export interface ServerRecord extends Omit<ServerSummaryRecord, "dataUrl"> {
  version?: string;
  source: string;
  notes?: string;
  policy: Policy;
  tools: ToolRecord[];
}

export function toolRecord(tool: ToolEntry): ToolRecord {
  return {
    server: tool.server,
    name: tool.name,
    slug: tool.slug,
    ...(tool.title !== undefined ? { title: tool.title } : {}),
    description: tool.description,
    category: tool.category,
    risk: tool.risk,
    ...(tool.confidence !== undefined ? { confidence: tool.confidence } : {}),
    rationale: tool.rationale,
    signals: [...tool.signals],
    roles: [...tool.roles],
    evidence: [...tool.evidence],
    policy: tool.policy,
    inputSchema: tool.inputSchema,
    ...(tool.annotations ? { annotations: tool.annotations } : {}),
    source: tool.source,
    reviewed: tool.reviewed,
    ...(tool.correction ? { reviewNote: tool.correction.note } : {}),
    ...(tool.importedAt ? { importedAt: tool.importedAt } : {}),
    ...(tool.notes ? { notes: tool.notes } : {}),
    url: absoluteUrl(paths.tool(tool.server, tool.slug)),
    policyUrl: absoluteUrl(paths.toolPolicy(tool.server, tool.slug)),
  };
}

export function serverSummaryRecord(server: ServerEntry): ServerSummaryRecord {
  const more = coverage(server);
  return {
    slug: server.slug,
    title: server.title,
    description: server.description,
    ...(server.repository ? { repository: server.repository } : {}),
    ...(server.package ? { package: server.package } : {}),
    catalogued: server.tools.length,
    ...(more ? { toolCount: more.total } : {}),
    risk: riskMix(server.tools),
    url: absoluteUrl(paths.server(server.slug)),
    dataUrl: absoluteUrl(paths.serverData(server.slug)),
    policyUrl: absoluteUrl(paths.serverPolicy(server.slug)),
  };
}

export function serverRecord(server: ServerEntry): ServerRecord {
  const { dataUrl: _dataUrl, ...summary } = serverSummaryRecord(server);
  return {
    ...summary,
    ...(server.version ? { version: server.version } : {}),
    source: server.source,
    ...(server.notes ? { notes: server.notes } : {}),
    policy: serverPolicy(server),
    tools: server.tools.map(toolRecord),
  };
}

export function serversListing(catalogue: Catalogue): { servers: ServerSummaryRecord[] } {
  return { servers: catalogue.servers.map(serverSummaryRecord) };
}

/** The whole catalogue as JSON Lines: one ToolRecord per line, servers and tools in catalogue order. */
export function catalogueJsonLines(catalogue: Catalogue): string {
  return catalogue.servers.flatMap((server) => server.tools.map((tool) => `${JSON.stringify(toolRecord(tool))}\n`)).join("");
}

/** Policies are served as the file a person saves: pretty-printed, ending in a newline. */
export function policyFileText(policy: Policy): string {
  return `${JSON.stringify(policy, null, 2)}\n`;
}
