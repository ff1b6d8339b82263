import type { Policy } from "../schema";

/** Something a client format cannot say about the policy, said plainly. */
export interface Caveat {
  /** A few words for the one-line summary, e.g. "rate limits", "hide". */
  topic: string;
  text: string;
}

/** The same policy written in a format an agent's client reads. */
export interface PolicyExport {
  /** Stable id, also the --format of `catalogue policy export`: "claude-code", "gemini-settings", "gemini-policy" or "codex". */
  id: ExportFormat;
  /** What a person sees on the tab, e.g. "Claude Code". */
  label: string;
  /** Suggested file name for download/copy, e.g. "settings.json", "config.toml". */
  fileName: string;
  /** Where the file goes, e.g. "~/.claude/settings.json, or .claude/settings.json in a project". */
  location: string;
  /** For syntax labelling: "json" or "toml". */
  language: "json" | "toml";
  /** The whole file, ready to save where `location` says. */
  content: string;
  /** The rules alone, to merge into a file the person already has. */
  rules: string;
  /** How to merge `rules` into an existing file. */
  mergeHint: string;
  /** The client release whose own code loaded this format in our tests, e.g. "Codex 0.169.0". */
  testedWith: string;
  /** What this format cannot express from the policy (rate limits, argument rules, ...); empty when nothing is lost. */
  caveats: Caveat[];
}

export const EXPORT_FORMATS = ["claude-code", "gemini-settings", "gemini-policy", "codex"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How the client starts the server: the command and arguments of its MCP server entry. */
export interface ServerLaunch {
  command: string;
  args: string[];
}

export interface ExportContext {
  /**
   * The server's name in the person's client config (the key of its MCP server entry).
   * Claude Code, Gemini CLI and Codex match rules by this name, so it must be theirs, not
   * the catalogue's. Letters, digits, "-" and "_" only (see clientNameProblem).
   */
  name: string;
  policy: Policy;
  /** All tool names the server has, when known: lets formats without a default spell it out. */
  tools?: readonly string[];
  /**
   * Write rules for this one tool only, leaving every other tool and the server's defaults
   * alone: what a tool page offers, to add to an existing setup.
   */
  only?: string;
  /** How the server is started, for the whole-file exports that hold the server entry. */
  launch?: ServerLaunch;
}
