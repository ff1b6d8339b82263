/**
 * The "lethal trifecta" across one server: a tool that brings in text strangers wrote, a tool
 * that reads private data and a tool that sends data out can together be steered by what was
 * read into leaking what was private. Each role alone is ordinary; the three together are a path.
 */
import type { Role } from "../taxonomy";

export interface FlowFinding {
  kind: "exfiltration-path";
  /** Tools that read untrusted content (web pages, inbound messages, issues). */
  untrustedInput: string[];
  /** Tools that read private data. */
  privateData: string[];
  /** Tools that send data out to a public place. */
  publicSink: string[];
  /** One paragraph for the server page. */
  summary: string;
}

function listNames(names: readonly string[], max = 4): string {
  const shown = names.slice(0, max).join(", ");
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/** The tools in each of the three roles, or undefined when one role is missing: the path itself. */
export interface ExfiltrationPath<T> {
  untrustedInput: T[];
  privateData: T[];
  publicSink: T[];
}

export function exfiltrationPath<T>(tools: readonly T[], rolesOf: (tool: T) => readonly Role[]): ExfiltrationPath<T> | undefined {
  const path: ExfiltrationPath<T> = { untrustedInput: [], privateData: [], publicSink: [] };
  for (const tool of tools) {
    const roles = rolesOf(tool);
    if (roles.includes("untrusted-input")) path.untrustedInput.push(tool);
    if (roles.includes("private-data")) path.privateData.push(tool);
    if (roles.includes("public-sink")) path.publicSink.push(tool);
  }
  return path.untrustedInput.length && path.privateData.length && path.publicSink.length ? path : undefined;
}

/** The exfiltration finding for a server's tools, or null when one of the three roles is missing. */
export function analyzeServerFlows(tools: readonly { name: string; verdict: { roles: readonly Role[] } }[]): FlowFinding | null {
  const path = exfiltrationPath(tools, (tool) => tool.verdict.roles);
  if (!path) return null;
  const [untrustedInput, privateData, publicSink] = [path.untrustedInput, path.privateData, path.publicSink].map((group) => group.map((tool) => tool.name)) as [string[], string[], string[]];
  return {
    kind: "exfiltration-path",
    untrustedInput,
    privateData,
    publicSink,
    summary:
      `This server can be steered into leaking data: text read by ${listNames(untrustedInput)} can carry instructions, ` +
      `${listNames(privateData)} can read private data, and ${listNames(publicSink)} can send it out. ` +
      `Grant these together only with approval on the sending tools.`,
  };
}
