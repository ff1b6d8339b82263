import { createHash } from "node:crypto";
import { mcpToolSchema, type McpTool } from "../mcp/schema";

/**
 * Pure: a server's raw `tools/list` array in, the tools we accept out, with one problem per
 * tool we refuse. Tool names are written by strangers; a name we cannot store faithfully in a
 * front matter field (empty, control characters, padding, absurd length) is refused rather
 * than silently changed, and two tools of one name make the listing ambiguous.
 */

/** Longest tool name we store; the MCP spec asks for at most 128 characters. */
export const MAX_TOOL_NAME = 512;

export interface ToolProblem {
  /** Position in the server's list, so a nameless tool can still be found. */
  index: number;
  name?: string;
  message: string;
}

export interface AcceptedTools {
  tools: McpTool[];
  /** Each accepted tool's position in the server's list, for messages. */
  positions: number[];
  problems: ToolProblem[];
}

// C0 and C1 controls, plus the line and paragraph separators YAML treats as line breaks.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function nameProblem(name: string): string | undefined {
  if (name.trim() === "") return "has an empty name";
  if (CONTROL.test(name)) return `has control characters in its name (${JSON.stringify(name).slice(0, 80)})`;
  if (name !== name.trim()) return `has spaces around its name (${JSON.stringify(name)})`;
  if (name.length > MAX_TOOL_NAME) return `has a name of ${name.length} characters (at most ${MAX_TOOL_NAME})`;
  return undefined;
}

export function acceptTools(raw: readonly unknown[]): AcceptedTools {
  const tools: McpTool[] = [];
  const positions: number[] = [];
  const problems: ToolProblem[] = [];
  const seen = new Map<string, number>();
  raw.forEach((candidate, index) => {
    const parsed = mcpToolSchema.safeParse(candidate);
    const rawName = typeof (candidate as { name?: unknown } | null)?.name === "string" ? (candidate as { name: string }).name : undefined;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ` : "";
      const missing = issue?.code === "invalid_type" && valueAt(candidate, issue.path) === undefined;
      const what = !issue ? "not a tool object" : missing ? "is required" : issue.message.replace(/^Invalid input: /, "");
      problems.push({ index, name: rawName, message: `is malformed: ${where}${what}` });
      return;
    }
    const tool = parsed.data;
    const bad = nameProblem(tool.name);
    if (bad) {
      problems.push({ index, name: tool.name, message: bad });
      return;
    }
    const twin = seen.get(tool.name);
    if (twin !== undefined) {
      problems.push({ index, name: tool.name, message: `repeats the name of tool #${twin + 1}; a server lists each name once` });
      return;
    }
    seen.set(tool.name, index);
    tools.push(tool);
    positions.push(index);
  });
  return { tools, positions, problems };
}

function valueAt(value: unknown, keys: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of keys) {
    if (!current || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The definition fields a rug pull would change; their hash is stored with each entry. */
export function toolDefinition(tool: McpTool): { name: string; description: string; inputSchema: Record<string, unknown>; annotations?: Record<string, unknown> } {
  return {
    name: tool.name,
    description: tool.description ?? "",
    inputSchema: (tool.inputSchema ?? {}) as Record<string, unknown>,
    ...(tool.annotations ? { annotations: tool.annotations as Record<string, unknown> } : {}),
  };
}

/** sha256 over canonical JSON (sorted keys) of name, description, inputSchema and annotations. */
export function definitionHash(tool: McpTool): string {
  return `sha256:${createHash("sha256").update(canonicalJson(toolDefinition(tool)), "utf8").digest("hex")}`;
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Whether two JSON values are equal, ignoring key order; what canonicalJson compares, faster. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameJson(item ?? null, other[i] ?? null));
  }
  const left = Object.entries(a as Record<string, unknown>).filter(([, v]) => v !== undefined);
  const right = b as Record<string, unknown>;
  const rightCount = Object.values(right).filter((v) => v !== undefined).length;
  return left.length === rightCount && left.every(([key, value]) => Object.hasOwn(right, key) && sameJson(value, right[key]));
}

