import type { ServerEntry, ToolEntry } from "../content";

/**
 * Where a verdict comes from, for the tool and server pages: the exact version or commit
 * the definition was read from, when it was imported, and whether a machine or a person
 * made the verdict. Sources are strangers' strings (corpus files), so a link is made only
 * from parts that match a strict shape; anything else is shown as text.
 */

export interface SourceLink {
  /** What to show: "npm @scope/pkg@1.2.3" or "github.com/owner/repo at e0f7fad". */
  label: string;
  /** The page of that exact version or commit; absent when the source has no known shape. */
  href?: string;
  /** What follows the version: the files read, or how the list was taken. */
  detail?: string;
}

const NPM_SOURCE = /^npm:((?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*)@([0-9A-Za-z][0-9A-Za-z.+-]*)(?:\s+\((.+)\))?$/;
const GITHUB_SOURCE = /^github:([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})@([0-9a-f]{7,40})(?::(.+))?$/;

/** `npm:<pkg>@<version>` links to npm's page of that version; `github:<owner>/<repo>@<commit>:<paths>` to the repository at that commit. */
export function sourceLink(source: string): SourceLink {
  const text = source.trim();
  const npm = NPM_SOURCE.exec(text);
  if (npm) {
    const [, name, version, detail] = npm as unknown as [string, string, string, string | undefined];
    return { label: `npm ${name}@${version}`, href: `https://www.npmjs.com/package/${name}/v/${version}`, ...(detail ? { detail: detail.trim() } : {}) };
  }
  const github = GITHUB_SOURCE.exec(text);
  if (github && github[2] !== "." && github[2] !== "..") {
    const [, owner, repo, commit, detail] = github as unknown as [string, string, string, string, string | undefined];
    return {
      label: `github.com/${owner}/${repo} at ${commit.slice(0, 7)}`,
      href: `https://github.com/${owner}/${repo}/tree/${commit}`,
      ...(detail?.trim() ? { detail: detail.trim() } : {}),
    };
  }
  return { label: text };
}

/** The day part of an ISO timestamp ("2026-11-21T08:39:58Z" → "2026-11-21"); undefined for anything else. */
export function importedDate(value: string | undefined): string | undefined {
  const match = value ? /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value.trim()) : null;
  return match?.[1];
}

export interface VerdictOrigin {
  source: SourceLink;
  /** The day the entry was last imported (its verdict last changed on import), when recorded. */
  imported?: string;
  /** "reviewed": a person checked or corrected the verdict; "machine": the classifier's alone. */
  by: "reviewed" | "machine";
  /** The classifier's confidence, 0 to 1, for a machine verdict that records one. */
  confidence?: number;
  /** What the person's correction says, when the verdict was corrected. */
  note?: string;
}

export function verdictOrigin(tool: ToolEntry, server?: Pick<ServerEntry, "importedAt">): VerdictOrigin {
  const imported = importedDate(tool.importedAt) ?? importedDate(server?.importedAt);
  return {
    source: sourceLink(tool.source),
    ...(imported ? { imported } : {}),
    by: tool.reviewed ? "reviewed" : "machine",
    ...(!tool.reviewed && tool.confidence !== undefined ? { confidence: tool.confidence } : {}),
    ...(tool.correction ? { note: tool.correction.note } : {}),
  };
}

/** "confidence 0.92", always two decimals so a column of them lines up. */
export function formatConfidence(confidence: number): string {
  return `confidence ${confidence.toFixed(2)}`;
}

export interface ServerVerdicts {
  machine: number;
  reviewed: number;
  /** Lowest and highest confidence among the machine verdicts that record one. */
  confidence?: { min: number; max: number };
}

/** How a server's verdicts were made, for its page: counts of machine and reviewed verdicts. */
export function serverVerdicts(tools: readonly ToolEntry[]): ServerVerdicts {
  const machine = tools.filter((tool) => !tool.reviewed);
  const confidences = machine.map((tool) => tool.confidence).filter((c): c is number => c !== undefined);
  return {
    machine: machine.length,
    reviewed: tools.length - machine.length,
    ...(confidences.length ? { confidence: { min: Math.min(...confidences), max: Math.max(...confidences) } } : {}),
  };
}
