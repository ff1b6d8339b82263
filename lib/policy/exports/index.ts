import { claudeCodeExport } from "./claude-code";
import { clientNameProblem } from "./client-name";
import { codexExport } from "./codex";
import { geminiPolicyExport } from "./gemini-policy";
import { geminiSettingsExport } from "./gemini-settings";
import type { ExportContext, ExportFormat, PolicyExport } from "./types";

export type { Caveat, ExportContext, ExportFormat, PolicyExport, ServerLaunch } from "./types";
export { EXPORT_FORMATS } from "./types";
export { clientNameProblem, defaultNameNote } from "./client-name";
export { npxLaunch } from "./launch";
export { TESTED_CLIENTS } from "./tested-clients";

const WRITERS: Record<ExportFormat, (ctx: ExportContext) => PolicyExport> = {
  "claude-code": claudeCodeExport,
  "gemini-settings": geminiSettingsExport,
  "gemini-policy": geminiPolicyExport,
  codex: codexExport,
};

/**
 * The same policy in every client format the catalogue offers, in a fixed order:
 * Claude Code, Gemini CLI settings, Gemini CLI policy engine, Codex. Each export lists in
 * `caveats` what its format cannot say (rate limits, argument checks, hide, defaults).
 * The site's pages, the builder and `catalogue policy export` all write through here.
 */
export function policyExports(ctx: ExportContext): PolicyExport[] {
  assertName(ctx.name);
  return Object.values(WRITERS).map((write) => write(ctx));
}

export function policyExport(format: ExportFormat, ctx: ExportContext): PolicyExport {
  assertName(ctx.name);
  return WRITERS[format](ctx);
}

function assertName(name: string): void {
  const problem = clientNameProblem(name);
  if (problem) throw new Error(`the server name ${JSON.stringify(name)} ${problem}`);
}

/** "3 caveats: rate limits, hide, tool names": the one line shown before the details. */
export function caveatSummary(exported: PolicyExport): string {
  const topics = [...new Set(exported.caveats.map((c) => c.topic))];
  if (topics.length === 0) return `${exported.label} can say everything this policy says.`;
  return `What ${exported.label} cannot say or needs from you: ${topics.join(", ")}.`;
}

/** The name a browser saves an export's rules alone under ("claude-code-rules.json"): the format's own file name is the whole file's. */
export function rulesFileName(exported: PolicyExport): string {
  return `${exported.id}-rules.${exported.language}`;
}
