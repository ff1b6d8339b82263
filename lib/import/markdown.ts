import yaml from "js-yaml";
import type { ServerFrontMatter, ToolFrontMatter } from "../content/schema";

/**
 * Pure: entries to markdown text. Front matter is dumped with the same YAML core schema the
 * loader reads with, without anchors, so every value comes back exactly as written.
 */

const TOOL_KEY_ORDER: (keyof ToolFrontMatter)[] = [
  "name",
  "server",
  "title",
  "description",
  "category",
  "risk",
  "confidence",
  "rationale",
  "signals",
  "roles",
  "evidence",
  "policy",
  "inputSchema",
  "annotations",
  "source",
  "reviewed",
  "definitionHash",
  "importedAt",
];

const SERVER_KEY_ORDER: (keyof ServerFrontMatter)[] = [
  "slug",
  "title",
  "description",
  "repository",
  "package",
  "version",
  "source",
  "toolCount",
  "importedAt",
];

export function renderToolEntry(front: ToolFrontMatter, notes = ""): string {
  return renderEntry(ordered(front, TOOL_KEY_ORDER), notes);
}

export function renderServerEntry(front: ServerFrontMatter, notes = ""): string {
  return renderEntry(ordered(front, SERVER_KEY_ORDER), notes);
}

function ordered<T extends object>(front: T, order: (keyof T)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) if (front[key] !== undefined) out[key as string] = front[key];
  for (const [key, value] of Object.entries(front)) if (!(key in out) && value !== undefined) out[key] = value;
  return out;
}

function renderEntry(front: Record<string, unknown>, notes: string): string {
  const text = yaml.dump(front, { schema: yaml.CORE_SCHEMA, noRefs: true, lineWidth: 100, quotingType: '"' });
  const body = notes.trim();
  return `---\n${text}---\n${body ? `\n${body}\n` : ""}`;
}
