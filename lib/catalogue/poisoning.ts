import type { ToolEntry } from "../content";
import { scanDefinition, type PoisoningFinding } from "../poisoning";

/**
 * The flagged passage of a tool whose entry carries the tool-poisoning signal: its definition
 * read again as the model gets it. Null when the entry has no such signal (a reviewer may have
 * cleared it) or the scanner finds nothing in the stored definition.
 */
export function poisoningFinding(tool: Pick<ToolEntry, "name" | "description" | "title" | "inputSchema" | "annotations" | "signals">): PoisoningFinding | null {
  if (!tool.signals.includes("tool-poisoning")) return null;
  return scanDefinition({ name: tool.name, description: tool.description, inputSchema: tool.inputSchema, annotations: tool.annotations ?? (tool.title ? { title: tool.title } : undefined) });
}
