import type { ServerEntry, ToolEntry } from "../content";
import { correctionPath, renderCorrection } from "../content/corrections";
import { formatConfidence, verdictOrigin } from "./provenance";
import { absoluteUrl, paths } from "./site";

/**
 * "Report a wrong verdict": a new-issue address in the project's repository, prefilled with
 * the server, the tool, the verdict as it stands and a correction in the patch format
 * (lib/content/corrections.ts) for the reporter to edit. Whoever fixes it commits the patch.
 */

/** What the prefilled note says until the reporter replaces it; a correction with it left in is easy to spot. */
export const NOTE_PROMPT = "REPLACE: why the verdict is wrong, and how you know (the code, the docs, a test).";

export function reportIssueUrl(tool: ToolEntry, server: Pick<ServerEntry, "slug" | "title" | "importedAt">, repository: string): string {
  const origin = verdictOrigin(tool, server);
  const by = origin.by === "reviewed" ? "reviewed by a person" : `machine verdict${origin.confidence !== undefined ? `, ${formatConfidence(origin.confidence)}` : ""}`;
  const correction = renderCorrection({ server: server.slug, tool: tool.name, category: tool.category, risk: tool.risk, reviewed: true, note: NOTE_PROMPT });
  const body = [
    `Server: ${server.title} (${server.slug})`,
    `Tool: ${tool.name}`,
    `Page: ${absoluteUrl(paths.tool(server.slug, tool.slug))}`,
    `Current verdict: ${tool.category}, ${tool.risk} risk (${by})`,
    `Read from: ${tool.source}${origin.imported ? `, imported ${origin.imported}` : ""}`,
    "",
    "What is wrong, and how do you know?",
    "",
    "",
    `Correction: change the fields that are wrong, delete the ones that are right, and say why in note. It goes in ${correctionPath(server.slug, tool.slug)}; rationale, signals and roles can be corrected too.`,
    "",
    "```yaml",
    correction.trimEnd(),
    "```",
  ].join("\n");
  // Percent-encoded rather than URLSearchParams' "+" for spaces, which not every tracker reads as a space.
  const title = `Wrong verdict: ${server.slug} / ${tool.name}`;
  return `${repository}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
