/**
 * The client releases whose own code loads our exports in tests/clients (pinned in
 * tests/clients/package.json; a unit test keeps the two equal). Each export says it was
 * tested with these, on the site and in `catalogue policy export`.
 */
export const TESTED_CLIENTS = {
  claudeCode: { client: "Claude Code", package: "@anthropic-ai/claude-code", version: "2.1.332" },
  geminiCli: { client: "Gemini CLI", package: "@google/gemini-cli-core", version: "0.61.0" },
  codex: { client: "Codex", package: "@openai/codex", version: "0.169.0" },
} as const;

export type TestedClient = (typeof TESTED_CLIENTS)[keyof typeof TESTED_CLIENTS];

/** "Codex 0.169.0" */
export function testedWith(client: TestedClient): string {
  return `${client.client} ${client.version}`;
}
