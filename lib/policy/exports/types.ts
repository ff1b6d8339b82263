import type { Policy } from "../schema";

/** The same policy written in a format an agent's client reads. */
export interface PolicyExport {
  /** Stable id, e.g. "claude-code", "gemini-cli-settings", "gemini-cli-policy", "codex". */
  id: string;
  /** What a person sees on the tab, e.g. "Claude Code". */
  label: string;
  /** Suggested file name for download/copy, e.g. "settings.json", "config.toml". */
  fileName: string;
  /** For syntax labelling: "json" or "toml". */
  language: "json" | "toml";
  content: string;
  /** What this format cannot express from the policy (rate limits, argument rules, ...), said plainly; empty when nothing is lost. */
  caveats: string[];
}

export interface ExportContext {
  /** The server's slug as the client knows it (the key in its MCP server config). */
  server: string;
  policy: Policy;
  /** All tool names the server has, when known: lets formats without a default spell it out. */
  tools?: readonly string[];
}
