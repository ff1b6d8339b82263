import yaml from "js-yaml";
import { z } from "zod";
import { RECOMMENDATION_TABLE, recommendPolicy } from "../policy/recommend";
import { RISK_INFO } from "../taxonomy";
import { validateFields } from "./parse";
import type { ContentProblem } from "./problems";
import { toolEntrySchema, type ServerEntry, type ToolEntry } from "./schema";

/**
 * Corrections: a person's fix to a machine verdict, kept apart from the entry so a re-import
 * never loses it. One YAML file per tool, `corrections/<server>/<tool slug>.yaml` in any content
 * root, holding a patch:
 *
 *   server: modelcontextprotocol-server-github
 *   tool: create_issue
 *   risk: high                 # any of category, risk, rationale, signals, roles
 *   reviewed: true
 *   note: Issues in public repositories are read by everyone; ...
 *
 * The patch fields are the entry schema's own, so a correction is checked exactly as an entry
 * is. Applied when entries load: the correction overrides the verdict and marks it reviewed.
 */

export const correctionSchema = toolEntrySchema
  .pick({ category: true, risk: true, rationale: true, signals: true })
  .partial()
  .extend({
    /** Slug of the server; must match the folder. */
    server: toolEntrySchema.shape.server,
    /** The tool's name exactly as the server declares it. */
    tool: toolEntrySchema.shape.name,
    // The entry's roles default to []; a patch that leaves them out must leave them alone.
    roles: toolEntrySchema.shape.roles.unwrap().optional(),
    /** A correction is a person's word; saying so is required, not implied. */
    reviewed: z.literal(true, { error: "must be true: a correction is a person's review" }),
    /** What was wrong with the verdict, or why it stands; shown on the tool's page. */
    note: toolEntrySchema.shape.rationale,
  });

export type Correction = z.infer<typeof correctionSchema>;

export interface CorrectionFile {
  /** The content root the file was read from: the earlier root wins. */
  root: string;
  file: string;
  /** The server folder the file sits in. */
  folder: string;
  /** The file name without .yaml. */
  name: string;
  correction: Correction;
}

/** Where a correction for a tool belongs, relative to a content root. */
export function correctionPath(server: string, toolSlug: string): string {
  return `corrections/${server}/${toolSlug}.yaml`;
}

/** Pure: one correction file's text in, the validated patch (or problems naming file and field) out. */
export function parseCorrection(file: string, text: string): { ok: true; correction: Correction } | { ok: false; problems: ContentProblem[] } {
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, problems: [{ file, field: "", message: `is not valid YAML: ${reason}` }] };
  }
  if (data === undefined || data === null) return { ok: false, problems: [{ file, field: "", message: "is empty: a correction needs server, tool, reviewed and note" }] };
  if (typeof data !== "object" || Array.isArray(data)) return { ok: false, problems: [{ file, field: "", message: "must be a mapping of fields (server, tool, reviewed, note, ...)" }] };
  const result = validateFields(file, data, correctionSchema);
  return result.ok ? { ok: true, correction: result.data } : result;
}

/** The text of a correction file, as the report link offers it and a person commits it. */
export function renderCorrection(correction: Correction): string {
  const ordered = {
    server: correction.server,
    tool: correction.tool,
    ...(correction.category !== undefined ? { category: correction.category } : {}),
    ...(correction.risk !== undefined ? { risk: correction.risk } : {}),
    ...(correction.rationale !== undefined ? { rationale: correction.rationale } : {}),
    ...(correction.signals !== undefined ? { signals: correction.signals } : {}),
    ...(correction.roles !== undefined ? { roles: correction.roles } : {}),
    reviewed: true,
    note: correction.note,
  };
  return yaml.dump(ordered, { schema: yaml.CORE_SCHEMA, lineWidth: 100 });
}

/**
 * Pure: the servers with their corrections applied. Files come in root priority order; where
 * two roots correct the same tool, the earlier wins, as for entries. A correction for a server
 * this build does not hold, or for a tool of a server only partly catalogued, waits silently:
 * a build without the imported corpus must still load. One naming a tool a fully catalogued
 * server lacks is a problem, since the tool was renamed or removed and the fix is stale.
 */
export function applyCorrections(servers: readonly ServerEntry[], files: readonly CorrectionFile[], problems: ContentProblem[]): ServerEntry[] {
  const bySlug = new Map(servers.map((server) => [server.slug, server]));
  const chosen = new Map<ServerEntry, Map<string, CorrectionFile>>();
  const seenIn = new Map<string, CorrectionFile>();

  for (const item of files) {
    const { file, correction } = item;
    if (correction.server !== item.folder) {
      problems.push({ file, field: "server", message: `is "${correction.server}" but the correction is in the folder of "${item.folder}"` });
      continue;
    }
    const key = JSON.stringify([correction.server, correction.tool]);
    const twin = seenIn.get(key);
    if (twin && twin.root === item.root) {
      problems.push({ file, field: "tool", message: `"${correction.tool}" is already corrected by ${twin.file}; one correction per tool` });
      continue;
    }
    if (twin) continue;
    seenIn.set(key, item);

    const server = bySlug.get(correction.server);
    if (!server) continue;
    const tool = server.tools.find((t) => t.name === correction.tool);
    if (!tool) {
      const partial = server.toolCount !== undefined && server.toolCount > server.tools.length;
      if (!partial) problems.push({ file, field: "tool", message: `names "${correction.tool}", which server "${server.slug}" does not have (renamed or removed?)` });
      continue;
    }
    if (item.name !== tool.slug) {
      problems.push({ file, field: "tool", message: `the correction for tool "${tool.name}" must be named ${tool.slug}.yaml` });
      continue;
    }
    const forServer = chosen.get(server) ?? new Map<string, CorrectionFile>();
    forServer.set(tool.name, item);
    chosen.set(server, forServer);
  }

  return servers.map((server) => {
    const forServer = chosen.get(server);
    if (!forServer) return server;
    return { ...server, tools: server.tools.map((tool) => (forServer.has(tool.name) ? correctTool(tool, forServer.get(tool.name)!) : tool)) };
  });
}

/** One tool with its correction: the person's fields win, the machine's confidence goes, and the policy follows a changed risk. */
export function correctTool(tool: ToolEntry, { file, correction }: Pick<CorrectionFile, "file" | "correction">): ToolEntry {
  const { server: _server, tool: _tool, reviewed: _reviewed, note, ...patch } = correction;
  const { confidence: _confidence, ...rest } = tool;
  const corrected: ToolEntry = { ...rest, ...patch, reviewed: true, correction: { file, note } };
  if (patch.risk !== undefined && patch.risk !== tool.risk) {
    const reason = `Rated ${RISK_INFO[patch.risk].label.toLowerCase()} risk on a person's review; recommended: ${RECOMMENDATION_TABLE[patch.risk].summary}. ${note}`;
    corrected.policy = recommendPolicy(tool.name, patch.risk, reason);
  }
  return corrected;
}
