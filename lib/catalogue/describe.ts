import type { ToolEntry } from "../content";
import { recommendationFor } from "../policy/recommend";
import { CATEGORY_INFO, ROLE_INFO } from "../taxonomy";
import { argumentRows } from "./arguments";

/**
 * "What it does", in plain sentences built from the entry: its category, the roles it
 * plays in a data flow, what its author's annotations claim, and how many arguments it takes.
 */
export function whatItDoes(tool: ToolEntry): string[] {
  const sentences = [`${CATEGORY_INFO[tool.category].label} tool: ${lowerFirst(CATEGORY_INFO[tool.category].summary)}`];
  for (const role of tool.roles) sentences.push(`${ROLE_INFO[role].label}: ${lowerFirst(ROLE_INFO[role].summary)}`);
  const hints = annotationHints(tool.annotations);
  if (hints.length) sentences.push(`Its author's annotations say it is ${hints.join(", ")} (hints from the server, not guarantees).`);
  const args = argumentRows(tool.inputSchema).filter((row) => row.depth === 0);
  const required = args.filter((row) => row.required).length;
  sentences.push(
    args.length === 0
      ? "It takes no arguments."
      : `It takes ${args.length} argument${args.length === 1 ? "" : "s"}${required ? `, ${required} of them required` : ", all optional"}.`,
  );
  return sentences;
}

/** The one-line recommendation shown beside the risk badge (a poisoned tool is hidden whatever its level). */
export function recommendationSummary(tool: Pick<ToolEntry, "risk"> & { signals?: readonly string[] }): string {
  return recommendationFor(tool.risk, tool.signals).summary;
}

function annotationHints(annotations: ToolEntry["annotations"]): string[] {
  if (!annotations) return [];
  const hints: string[] = [];
  if (annotations.readOnlyHint === true) hints.push("read-only");
  if (annotations.readOnlyHint === false) hints.push("not read-only");
  if (annotations.destructiveHint === true) hints.push("destructive");
  if (annotations.destructiveHint === false) hints.push("not destructive");
  if (annotations.idempotentHint === true) hints.push("idempotent");
  if (annotations.openWorldHint === true) hints.push("reaching outside systems");
  if (annotations.openWorldHint === false) hints.push("closed-world");
  return hints;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
