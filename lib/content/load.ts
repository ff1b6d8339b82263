import fs from "node:fs";
import path from "node:path";
import { approveSendingOnExfiltrationPaths } from "../policy/flow-approval";
import { applyCorrections, parseCorrection, type CorrectionFile } from "./corrections";
import { parseEntry } from "./parse";
import { ContentError, type ContentProblem } from "./problems";
import { serverEntrySchema, toolEntrySchema, type ServerEntry, type ToolEntry, type ServerFrontMatter } from "./schema";
import { toolSlugs } from "./slug";

/**
 * Reads catalogue entries from one or more roots, each laid out as
 * <root>/servers/<server>/server.md and <root>/servers/<server>/tools/<tool>.md, with a
 * person's corrections in <root>/corrections/<server>/<tool>.yaml.
 * Roots are in priority order: where two roots hold the same server or tool, the earlier
 * one wins, so committed entries override imported ones.
 *
 * Then, in order: corrections override the machine's verdicts, and on a server whose tools
 * make an exfiltration path the sending tools' policies need approval, so every page, file
 * and export built from an entry's policy agrees with the server's data-flow warning.
 */

export interface Catalogue {
  servers: ServerEntry[];
}

interface RootServer {
  root: string;
  slug: string;
  server?: { data: ServerFrontMatter; body: string; file: string };
  tools: ToolEntry[];
}

export function loadCatalogue(roots: readonly string[]): Catalogue {
  const problems: ContentProblem[] = [];
  const perRoot = roots.flatMap((root) => readRoot(root, problems));
  const corrections = roots.flatMap((root) => readCorrections(root, problems));
  const servers = applyCorrections(mergeRoots(perRoot, problems), corrections, problems).map((server) => ({
    ...server,
    tools: approveSendingOnExfiltrationPaths(server.tools),
  }));
  if (problems.length > 0) throw new ContentError(problems);
  return { servers };
}

function readCorrections(root: string, problems: ContentProblem[]): CorrectionFile[] {
  const dir = path.join(root, "corrections");
  if (!fs.existsSync(dir)) return [];
  const files: CorrectionFile[] = [];
  for (const folder of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!folder.isDirectory()) continue;
    for (const fileName of fs.readdirSync(path.join(dir, folder.name)).sort()) {
      const file = path.join(dir, folder.name, fileName);
      if (!fileName.endsWith(".yaml")) {
        if (fileName.endsWith(".yml")) problems.push({ file, field: "", message: "corrections end in .yaml" });
        continue;
      }
      const parsed = parseCorrection(file, fs.readFileSync(file, "utf8"));
      if (!parsed.ok) problems.push(...parsed.problems);
      else files.push({ root, file, folder: folder.name, name: fileName.slice(0, -".yaml".length), correction: parsed.correction });
    }
  }
  return files;
}

function readRoot(root: string, problems: ContentProblem[]): RootServer[] {
  const serversDir = path.join(root, "servers");
  if (!fs.existsSync(serversDir)) return [];
  const result: RootServer[] = [];
  for (const dirent of fs.readdirSync(serversDir, { withFileTypes: true })) {
    if (!dirent.isDirectory()) continue;
    result.push(readServerFolder(root, dirent.name, problems));
  }
  return result;
}

function readServerFolder(root: string, slug: string, problems: ContentProblem[]): RootServer {
  const dir = path.join(root, "servers", slug);
  const entry: RootServer = { root, slug, tools: [] };
  const serverFile = path.join(dir, "server.md");
  if (fs.existsSync(serverFile)) {
    const parsed = parseEntry(serverFile, fs.readFileSync(serverFile, "utf8"), serverEntrySchema);
    if (!parsed.ok) problems.push(...parsed.problems);
    else if (parsed.data.slug !== slug) {
      problems.push({ file: serverFile, field: "slug", message: `is "${parsed.data.slug}" but the folder is "${slug}"` });
    } else entry.server = { data: parsed.data, body: parsed.body, file: serverFile };
  }

  const toolsDir = path.join(dir, "tools");
  if (!fs.existsSync(toolsDir)) return entry;
  const byName = new Map<string, string>();
  for (const fileName of fs.readdirSync(toolsDir).sort()) {
    if (!fileName.endsWith(".md")) continue;
    const file = path.join(toolsDir, fileName);
    const parsed = parseEntry(file, fs.readFileSync(file, "utf8"), toolEntrySchema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const tool = parsed.data;
    if (tool.server !== slug) {
      problems.push({ file, field: "server", message: `is "${tool.server}" but the entry is in the folder of "${slug}"` });
      continue;
    }
    const twin = byName.get(tool.name);
    if (twin) {
      problems.push({ file, field: "name", message: `"${tool.name}" is already defined by ${twin}; a server has one tool of each name` });
      continue;
    }
    byName.set(tool.name, file);
    problems.push(...policyScopeProblems(file, tool.name, tool.policy));
    entry.tools.push({ ...tool, slug: "", notes: parsed.body, file });
  }

  const slugs = toolSlugs(entry.tools.map((t) => t.name));
  for (const tool of entry.tools) {
    const expected = `${slugs.get(tool.name)}.md`;
    if (path.basename(tool.file) !== expected) {
      problems.push({ file: tool.file, field: "name", message: `the file for tool "${tool.name}" must be named ${expected}` });
    }
  }
  return entry;
}

/** A tool's recommended policy speaks of that tool only; anything else is a mistake in the entry. */
function policyScopeProblems(file: string, toolName: string, policy: ToolEntry["policy"]): ContentProblem[] {
  const others = [...(policy.hide ?? []), ...Object.keys(policy.tools ?? {})].filter((name) => name !== toolName);
  return others.map((name) => ({
    file,
    field: "policy",
    message: `names tool "${name}"; a tool's policy may only name "${toolName}"`,
  }));
}

function mergeRoots(perRoot: RootServer[], problems: ContentProblem[]): ServerEntry[] {
  const bySlug = new Map<string, RootServer[]>();
  for (const item of perRoot) bySlug.set(item.slug, [...(bySlug.get(item.slug) ?? []), item]);

  const servers: ServerEntry[] = [];
  for (const [slug, items] of bySlug) {
    const head = items.find((item) => item.server)?.server;
    if (!head) {
      // Only report a missing server.md when no root supplied one and the folder has content.
      const first = items[0];
      if (first) problems.push({ file: path.join(first.root, "servers", slug, "server.md"), field: "", message: "is missing: every server folder needs a server.md" });
      continue;
    }
    const tools = new Map<string, ToolEntry>();
    for (const item of items) for (const tool of item.tools) if (!tools.has(tool.name)) tools.set(tool.name, tool);
    const merged = [...tools.values()];
    const slugs = toolSlugs(merged.map((t) => t.name));
    for (const tool of merged) tool.slug = slugs.get(tool.name) ?? tool.slug;
    merged.sort((a, b) => a.name.localeCompare(b.name));
    servers.push({ ...head.data, notes: head.body, file: head.file, tools: merged });
  }
  return servers.sort((a, b) => a.title.localeCompare(b.title));
}
