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

/** The exfiltration finding for a server's tools, or null when one of the three roles is missing. */
export function analyzeServerFlows(tools: readonly { name: string; verdict: { roles: readonly Role[] } }[]): FlowFinding | null {
  const untrustedInput: string[] = [];
  const privateData: string[] = [];
  const publicSink: string[] = [];
  for (const { name, verdict } of tools) {
    if (verdict.roles.includes("untrusted-input")) untrustedInput.push(name);
    if (verdict.roles.includes("private-data")) privateData.push(name);
    if (verdict.roles.includes("public-sink")) publicSink.push(name);
  }
  if (!untrustedInput.length || !privateData.length || !publicSink.length) return null;
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
