import { z } from "zod";
import { CATEGORIES, RISK_LEVELS, riskRank, type RiskLevel } from "../taxonomy";
import { markdownToText } from "../catalogue/markdown-text";
import { paths } from "../catalogue/site";
import type { Catalogue } from "../content";
import type { SearchRecord } from "./types";

/**
 * Pure: where search records come from. The catalogue (servers with classified tools) comes
 * first, each server followed by its tools; then the server index file, one JSON object a
 * line: {name, title, description, repository, package?, categories} for a server without a tool list,
 * optionally with `tools: [{name, title?, description, category, risk}]` (the synthetic
 * generator writes those) and `synthetic: true` for made-up records.
 */

const indexToolSchema = z.object({
  name: z.string().min(1),
  title: z.string().optional(),
  description: z.string().default(""),
  category: z.enum(CATEGORIES),
  risk: z.enum(RISK_LEVELS),
});

export const indexServerSchema = z.object({
  name: z.string().trim().min(1, { error: "must not be empty" }),
  title: z.string().optional(),
  description: z.string().default(""),
  repository: z.string().optional(),
  /** Its npm package, when the index knows it: another way to recognise a catalogued server. */
  package: z.string().optional(),
  categories: z.array(z.string()).default([]),
  source: z.string().optional(),
  synthetic: z.boolean().optional(),
  tools: z.array(indexToolSchema).optional(),
});

export type IndexServer = z.infer<typeof indexServerSchema>;

export class IndexFileError extends Error {
  override name = "IndexFileError";
}

/** Parses a server index file; every bad line is reported with the file and its line number. */
export function parseIndexFile(text: string, file: string, options: { allowSynthetic: boolean }): IndexServer[] {
  const servers: IndexServer[] = [];
  const problems: string[] = [];
  const lines = text.split("\n");
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`${where}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    const parsed = indexServerSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join(".") || "(line)";
        problems.push(`${where}: ${field}: ${issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message}`);
      }
      return;
    }
    if (parsed.data.synthetic && !options.allowSynthetic) {
      problems.push(`${where}: is a synthetic record; synthetic data is for benchmarks only and never goes into the site's index`);
      return;
    }
    servers.push(parsed.data);
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, 20);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : "";
    throw new IndexFileError(`The server index has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n  - ${shown.join("\n  - ")}${more}`);
  }
  return servers;
}

function highest(risks: RiskLevel[]): RiskLevel | undefined {
  return risks.reduce<RiskLevel | undefined>((top, r) => (top === undefined || riskRank(r) > riskRank(top) ? r : top), undefined);
}

export function catalogueRecords(catalogue: Catalogue): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const server of catalogue.servers) {
    const risk = highest(server.tools.map((t) => t.risk));
    records.push({
      kind: "server",
      name: server.slug,
      title: server.title,
      // Descriptions often come from READMEs: results show the words, not the markdown.
      description: markdownToText(server.description),
      href: paths.server(server.slug),
      ...(risk ? { risk } : {}),
      ...(server.repository ? { repository: server.repository } : {}),
      toolCount: server.toolCount ?? server.tools.length,
    });
    for (const tool of server.tools) {
      records.push({
        kind: "tool",
        name: tool.name,
        ...(tool.title ? { title: tool.title } : {}),
        server: server.slug,
        description: tool.description,
        risk: tool.risk,
        category: tool.category,
        href: paths.tool(server.slug, tool.slug),
      });
    }
  }
  return records;
}

/**
 * Index servers not already in the catalogue, after it. An index entry is the catalogue's
 * server, and is left out so the server shows once (as its catalogue page), when it has
 * the same name (a slug or title), the same npm package (its own `package` field or its
 * name), or the same repository once addresses are normalised (repositoryKey). A monorepo
 * holds many servers (awslabs/mcp, modelcontextprotocol/servers), so a repository counts
 * only when one catalogue server and one index entry hold it.
 */
export function indexRecords(servers: readonly IndexServer[], catalogue: Catalogue): SearchRecord[] {
  const knownNames = new Set(catalogue.servers.flatMap((s) => [s.slug.toLowerCase(), s.title.toLowerCase()]));
  const knownPackages = new Set(catalogue.servers.map((s) => packageKey(s.package)).filter((key) => key !== undefined));
  const catalogueRepos = countBy(catalogue.servers.map((s) => repositoryKey(s.repository)));
  const indexRepos = countBy(servers.map((s) => repositoryKey(s.repository)));
  const seen = new Set<string>();
  const records: SearchRecord[] = [];
  for (const server of servers) {
    const key = server.name.toLowerCase();
    if (seen.has(key) || knownNames.has(key)) continue;
    const pkg = packageKey(server.package) ?? packageKey(server.name);
    if (pkg && knownPackages.has(pkg) && !server.tools) continue;
    const repo = repositoryKey(server.repository);
    if (repo && catalogueRepos.get(repo) === 1 && indexRepos.get(repo) === 1 && !server.tools) continue;
    seen.add(key);
    const tools = server.tools ?? [];
    const risk = highest(tools.map((t) => t.risk));
    records.push({
      kind: "server",
      name: server.name,
      ...(server.title ? { title: server.title } : {}),
      description: markdownToText(server.description),
      ...(server.repository ? { repository: server.repository } : {}),
      ...(server.categories.length > 0 ? { topics: server.categories } : {}),
      ...(risk ? { risk } : {}),
      ...(server.tools ? { toolCount: tools.length } : {}),
      ...(server.synthetic ? { synthetic: true } : {}),
    });
    for (const tool of tools) {
      records.push({
        kind: "tool",
        name: tool.name,
        ...(tool.title ? { title: tool.title } : {}),
        server: server.name,
        description: tool.description,
        risk: tool.risk,
        category: tool.category,
        ...(server.synthetic ? { synthetic: true } : {}),
      });
    }
  }
  return records;
}

function countBy(keys: readonly (string | undefined)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * One spelling per repository: "https://github.com/Org/Repo.git", "git+https://www.github.com/org/repo/"
 * and "github.com/org/repo" are the same; a folder inside one (…/tree/main/src/redis) stays
 * distinct from the repository root, because monorepos keep one server a folder.
 */
export function repositoryKey(repository: string | undefined): string | undefined {
  let text = repository?.trim().toLowerCase();
  if (!text) return undefined;
  text = text
    .replace(/^git\+/, "")
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^git@([^:/]+):/, "$1/")
    .replace(/^www\./, "")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "")
    .replace(/\.git$/, "")
    .replace(/\/(?:tree|blob)\/(?:main|master|head)(?=\/|$)/, "");
  return text.replace(/\/+$/, "") || undefined;
}

/** An npm package name compared without case or a version: "@Scope/Pkg@1.2.0" is "@scope/pkg". */
export function packageKey(name: string | undefined): string | undefined {
  const text = name?.trim().toLowerCase();
  if (!text) return undefined;
  const version = text.indexOf("@", 1);
  return (version > 0 ? text.slice(0, version) : text) || undefined;
}
