import { parseEntry } from "../content/parse";
import { serverEntrySchema, toolEntrySchema, type ServerFrontMatter, type ToolFrontMatter } from "../content/schema";
import { isSafeSlug, toolSlugs } from "../content/slug";
import type { McpTool, ServerIdentity } from "../mcp/schema";
import { RISK_LEVELS } from "../taxonomy";
import { acceptTools, canonicalJson, definitionHash, sameJson, toolDefinition, type ToolProblem } from "./definition";
import { renderServerEntry, renderToolEntry } from "./markdown";
import type { Classifier, ExistingServer, ExistingTool, PlannedFile, ServerChanges, ServerListing, ServerPlan, ToolChange } from "./types";

/**
 * Pure: one server's listing and what DIR already holds for it in, the folder to write and
 * what changed out. Nothing here touches the disk; the writer swaps the planned folder in.
 *
 * Rules:
 * - every listed tool is classified afresh, except entries marked `reviewed: true`, which keep
 *   their verdict and notes while their MCP facts (description, schema, annotations, source)
 *   follow the server;
 * - a tool the server no longer lists is dropped, unless its entry is reviewed (kept, reported);
 * - every planned file is read back through the content parser before it is accepted, so the
 *   importer never writes an entry the site cannot load.
 */

export class PlanError extends Error {
  override name = "PlanError";
}

export interface PlanOptions {
  classify: Classifier;
  /** ISO timestamp written as importedAt. */
  now: string;
}

const VERDICT_FIELDS = ["category", "risk", "confidence", "rationale", "signals", "roles", "evidence", "policy"] as const;

export function planServerImport(listing: ServerListing, existing: ExistingServer | undefined, options: PlanOptions): ServerPlan {
  const slug = listing.facts.slug;
  if (!isSafeSlug(slug)) throw new PlanError(`server slug "${slug}" is not safe: use lower case letters, digits, - or _ (at most 80)`);

  const server = stableImportedAt(serverFrontMatter(listing, existing, options.now), existing?.server?.data);
  const serverFile = renderServerEntry(server, existing?.server?.notes ?? "");
  const serverCheck = readBack("server.md", serverFile, server, serverEntrySchema);
  if (serverCheck) throw new PlanError(`the server entry would not read back: ${serverCheck}`);

  const identity: ServerIdentity = { ...server, source: listing.source };
  const accepted = acceptTools(listing.rawTools);
  const toolProblems: ToolProblem[] = [...accepted.problems];
  const changes = emptyChanges(existing, server.version);

  // A tool whose new entry cannot be made keeps its previous entry, if it had one.
  const entries: { front: ToolFrontMatter; notes: string; index: number; previous?: ExistingTool; keepAsIs?: boolean }[] = [];
  accepted.tools.forEach((tool, i) => {
    const index = accepted.positions[i]!;
    const before = existing?.tools.get(tool.name);
    try {
      const front = stableImportedAt(toolFrontMatter(tool, slug, listing.source, options, identity, before, changes), before?.data);
      // Nothing changed: the file stays byte for byte, whoever formatted it.
      const unchanged = before !== undefined && sameJson(front, before.data);
      entries.push({ front, notes: before?.notes ?? "", index, previous: before, keepAsIs: unchanged });
    } catch (error) {
      toolProblems.push({ index, name: tool.name, message: `could not be classified: ${error instanceof Error ? error.message : String(error)}${before ? "; its previous entry is kept" : ""}` });
      if (before) entries.push({ front: before.data, notes: before.notes, index, previous: before, keepAsIs: true });
    }
  });

  const listed = new Set(accepted.tools.map((tool) => tool.name));
  for (const [name, old] of existing?.tools ?? []) {
    if (listed.has(name)) continue;
    changes.removed.push(name);
    if (old.data.reviewed) {
      changes.keptReviewed.push(name);
      entries.push({ front: old.data, notes: old.notes, index: -1, previous: old, keepAsIs: true });
    }
  }

  const slugs = toolSlugs(entries.map((entry) => entry.front.name));
  const files: PlannedFile[] = [{ path: "server.md", text: serverFile }];
  const riskCounts: Record<string, number> = Object.fromEntries(RISK_LEVELS.map((level) => [level, 0]));
  for (const entry of entries) {
    const path = `tools/${slugs.get(entry.front.name)}.md`;
    const previous = entry.previous;
    let front = entry.front;
    const asIs = entry.keepAsIs && previous?.text !== undefined;
    let text = asIs ? previous!.text! : renderToolEntry(front, entry.notes);
    const problem = asIs ? undefined : readBack(path, text, front, toolEntrySchema);
    if (problem) {
      toolProblems.push({ index: entry.index, name: front.name, message: `its entry would not read back (${problem})${previous ? "; its previous entry is kept" : ""}` });
      if (!previous) continue;
      front = previous.data;
      text = previous.text ?? renderToolEntry(front, previous.notes);
    }
    files.push({ path, text });
    riskCounts[front.risk] = (riskCounts[front.risk] ?? 0) + 1;
  }

  return {
    slug,
    title: server.title,
    files,
    carry: existing?.otherFiles ?? [],
    changes,
    toolProblems,
    toolCount: files.length - 1,
    riskCounts,
  };
}

/**
 * importedAt records when an entry last changed on import: an entry that comes out the same
 * keeps its old stamp, so re-running an import with nothing new leaves the files untouched.
 */
function stableImportedAt<T extends { importedAt?: string }>(fresh: T, before: T | undefined): T {
  if (!before?.importedAt) return fresh;
  const strip = ({ importedAt: _, ...rest }: T) => canonicalJson(rest);
  return strip(fresh) === strip(before) ? { ...fresh, importedAt: before.importedAt } : fresh;
}

function emptyChanges(existing: ExistingServer | undefined, versionAfter: string | undefined): ServerChanges {
  return {
    firstImport: !existing || (!existing.server && existing.tools.size === 0),
    added: [],
    removed: [],
    keptReviewed: [],
    redefined: [],
    rejudged: [],
    reworded: [],
    reviewedDisagreements: [],
    versionBefore: existing?.server?.data.version,
    versionAfter,
  };
}

function serverFrontMatter(listing: ServerListing, existing: ExistingServer | undefined, now: string): ServerFrontMatter {
  const facts = listing.facts;
  const old = existing?.server?.data;
  const repository = httpUrl(facts.repository) ?? old?.repository;
  return {
    slug: facts.slug,
    title: nonEmpty(facts.title) ?? old?.title ?? facts.slug,
    description: nonEmpty(facts.description) ?? old?.description ?? "",
    ...(repository ? { repository } : {}),
    ...((nonEmpty(facts.package) ?? old?.package) ? { package: nonEmpty(facts.package) ?? old?.package } : {}),
    ...((nonEmpty(facts.version) ?? old?.version) ? { version: nonEmpty(facts.version) ?? old?.version } : {}),
    source: listing.source,
    ...(old?.toolCount !== undefined ? { toolCount: old.toolCount } : {}),
    importedAt: now,
  };
}

function toolFrontMatter(
  tool: McpTool,
  server: string,
  source: string,
  options: PlanOptions,
  identity: ServerIdentity,
  before: ExistingTool | undefined,
  changes: ServerChanges,
): ToolFrontMatter {
  const verdict = options.classify(tool, identity);
  const definition = toolDefinition(tool);
  const hash = definitionHash(tool);
  const title = tool.title ?? tool.annotations?.title;
  const fresh: ToolFrontMatter = {
    name: tool.name,
    server,
    ...(title !== undefined ? { title } : {}),
    description: definition.description,
    category: verdict.category,
    risk: verdict.risk,
    confidence: round(verdict.confidence),
    rationale: verdict.rationale,
    signals: [...verdict.signals],
    roles: [...verdict.roles],
    evidence: verdict.evidence.length > 0 ? [...verdict.evidence] : [tool.name],
    policy: verdict.policy,
    inputSchema: definition.inputSchema,
    ...(definition.annotations ? { annotations: definition.annotations } : {}),
    source,
    reviewed: false,
    definitionHash: hash,
    importedAt: options.now,
  };

  if (!before) {
    changes.added.push(tool.name);
    return fresh;
  }

  const old = before.data;
  const oldHash = old.definitionHash ?? definitionHash({ name: old.name, description: old.description, inputSchema: old.inputSchema, annotations: old.annotations } as McpTool);
  const change: ToolChange = {
    name: tool.name,
    changed: changedParts(old, definition),
    before: { risk: old.risk, category: old.category },
    after: { risk: fresh.risk, category: fresh.category },
    reviewed: old.reviewed,
  };
  if (oldHash !== hash) changes.redefined.push(change);

  if (old.reviewed) {
    if (old.risk !== fresh.risk || old.category !== fresh.category) changes.reviewedDisagreements.push(change);
    const kept: ToolFrontMatter = { ...fresh, reviewed: true };
    for (const field of VERDICT_FIELDS) {
      if (old[field] === undefined) delete kept[field];
      else (kept as Record<string, unknown>)[field] = old[field];
    }
    return kept;
  }
  if (oldHash === hash && (old.risk !== fresh.risk || old.category !== fresh.category)) changes.rejudged.push(change);
  else if (oldHash === hash && VERDICT_FIELDS.some((field) => !sameJson(old[field], fresh[field]))) changes.reworded.push(tool.name);
  return fresh;
}

function changedParts(old: ToolFrontMatter, now: ReturnType<typeof toolDefinition>): ToolChange["changed"] {
  const parts: ToolChange["changed"] = [];
  if (old.description !== now.description) parts.push("description");
  if (canonicalJson(old.inputSchema) !== canonicalJson(now.inputSchema)) parts.push("inputSchema");
  if (canonicalJson(old.annotations ?? null) !== canonicalJson(now.annotations ?? null)) parts.push("annotations");
  return parts;
}

/** Parses a rendered entry back; returns what differs, or undefined when it is exact. */
function readBack(path: string, text: string, front: object, schema: typeof toolEntrySchema | typeof serverEntrySchema): string | undefined {
  const parsed = parseEntry(path, text, schema);
  if (!parsed.ok) return parsed.problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join("; ");
  if (!sameJson(parsed.data, front)) return "the front matter changed on the way through YAML";
  return undefined;
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const cleaned = value.trim().replace(/^git\+/, "").replace(/\.git$/, "");
  try {
    const url = new URL(cleaned);
    return url.protocol === "https:" || url.protocol === "http:" ? cleaned : undefined;
  } catch {
    return undefined;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
