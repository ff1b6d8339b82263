import { claudeCodeExport } from "./claude-code";
import { codexExport } from "./codex";
import { geminiPolicyExport } from "./gemini-policy";
import { geminiSettingsExport } from "./gemini-settings";
import type { ExportContext, PolicyExport } from "./types";

export type { ExportContext, PolicyExport } from "./types";

/**
 * The same policy in every client format the catalogue offers, in a fixed order:
 * Claude Code, Gemini CLI settings, Gemini CLI policy engine, Codex. Each export lists in
 * `caveats` what its format cannot say (rate limits, argument checks, hide, defaults).
 */
export function policyExports(ctx: ExportContext): PolicyExport[] {
  return [claudeCodeExport(ctx), geminiSettingsExport(ctx), geminiPolicyExport(ctx), codexExport(ctx)];
}
