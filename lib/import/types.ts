import type { ServerFrontMatter, ToolFrontMatter } from "../content/schema";
import type { Verdict } from "../classify/types";
import type { McpTool, ServerIdentity } from "../mcp/schema";
import type { ToolProblem } from "./definition";

/** The classifier as the importer uses it (lib/classify's classifyTool). */
export type Classifier = (tool: McpTool, server: ServerIdentity) => Verdict;

/** Who a server is, as far as the snapshot, the flags and the server itself tell. */
export interface ServerFacts {
  slug: string;
  title?: string;
  description?: string;
  repository?: string;
  package?: string;
  version?: string;
}

/** One server's tool list, fetched or read, before it is judged. */
export interface ServerListing {
  facts: ServerFacts;
  /** Provenance written into every entry, e.g. "npm:pkg@1.2.3 (tools/list over stdio)". */
  source: string;
  /** Exactly what the server listed, not yet validated. */
  rawTools: readonly unknown[];
}

export interface ExistingTool {
  data: ToolFrontMatter;
  notes: string;
  file: string;
  /** The file as it is, written back unchanged when the entry is kept as it was. */
  text?: string;
}

/** What a previous import (or a person) left in DIR/servers/<slug>/. */
export interface ExistingServer {
  server?: { data: ServerFrontMatter; notes: string };
  tools: Map<string, ExistingTool>;
  /** Files in the folder that are not entries; carried over untouched. */
  otherFiles: string[];
}

export interface ToolChange {
  name: string;
  /** Which parts of the definition differ from the last import. */
  changed: ("description" | "inputSchema" | "annotations")[];
  before?: { risk: string; category: string };
  after?: { risk: string; category: string };
  reviewed: boolean;
}

export interface ServerChanges {
  firstImport: boolean;
  added: string[];
  /** Gone from the server; `kept` lists the reviewed ones whose files stay. */
  removed: string[];
  keptReviewed: string[];
  /** Definition hash differs: the rug-pull signal. */
  redefined: ToolChange[];
  /** Risk or category moved while the definition stayed the same (e.g. a new classifier). */
  rejudged: ToolChange[];
  /** Same definition and risk, but the verdict's signals, rationale, evidence or policy changed. */
  reworded: string[];
  /** Reviewed entries whose verdict was kept although the classifier now says otherwise. */
  reviewedDisagreements: ToolChange[];
  versionBefore?: string;
  versionAfter?: string;
}

/** A file to write inside the server folder, path relative to it with "/" separators. */
export interface PlannedFile {
  path: string;
  text: string;
}

export interface ServerPlan {
  slug: string;
  title: string;
  files: PlannedFile[];
  /** Files of the old folder to carry over as they are. */
  carry: string[];
  changes: ServerChanges;
  /** Tools refused (malformed, bad names, entries that would not read back). */
  toolProblems: ToolProblem[];
  toolCount: number;
  riskCounts: Record<string, number>;
}
