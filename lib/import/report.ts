import type { ToolChange } from "./types";
import type { ImportRun, ServerOutcome } from "./run";

/**
 * Pure: an import run in, the report a person reads (stderr) or a program reads (--json) out.
 * A changed definition is the rug-pull signal: a tool that was judged on one text and now
 * says something else. It is printed first and in capitals.
 */

const LIST_LIMIT = 12;

/** With `quiet`, servers that imported with nothing to say are left out. */
export function formatReport(run: ImportRun, options: { quiet?: boolean } = {}): string {
  const lines: string[] = [];
  for (const server of run.servers) {
    const own = serverLines(server);
    const uneventful = server.status === "imported" && (own.length === 1 || (own.length === 2 && own[1] === "  no changes since the last import"));
    if (!(options.quiet && uneventful)) lines.push(...own);
  }
  lines.push(summaryLine(run));
  return `${lines.join("\n")}\n`;
}

function serverLines(server: ServerOutcome): string[] {
  if (server.status === "failed" || !server.plan) {
    return [`FAILED ${server.label}${server.slug ? ` (server "${server.slug}")` : ""}: ${server.error ?? "unknown error"}`];
  }
  const plan = server.plan;
  const c = plan.changes;
  const risks = Object.entries(plan.riskCounts)
    .reverse()
    .filter(([, n]) => n > 0)
    .map(([level, n]) => `${n} ${level}`)
    .join(", ");
  const lines = [`${server.slug}: ${plan.toolCount} tool${plan.toolCount === 1 ? "" : "s"}${risks ? ` (${risks})` : ""}${c.firstImport ? ", first import" : ""}`];
  const indent = (text: string) => lines.push(`  ${text}`);

  for (const change of c.redefined) {
    indent(`WARNING DEFINITION CHANGED (possible rug pull): ${change.name}: ${change.changed.join(", ") || "definition hash"} differ${change.changed.length === 1 ? "s" : ""} from the last import${riskMove(change)}${change.reviewed ? "; it was reviewed, so its verdict was kept: review it again" : ""}`);
  }
  if (c.versionBefore && c.versionAfter && c.versionBefore !== c.versionAfter) indent(`version ${c.versionBefore} -> ${c.versionAfter}`);
  if (!c.firstImport && c.added.length > 0) indent(`added ${c.added.length}: ${names(c.added)}`);
  const dropped = c.removed.filter((name) => !c.keptReviewed.includes(name));
  if (dropped.length > 0) indent(`removed ${dropped.length}: ${names(dropped)}`);
  if (c.keptReviewed.length > 0) indent(`no longer listed but kept because reviewed (delete by hand if the tool is gone): ${names(c.keptReviewed)}`);
  for (const change of c.rejudged) indent(`risk changed: ${change.name}${riskMove(change)}`);
  if (c.reworded.length > 0) indent(`verdict reworded (signals, rationale, evidence or policy; same risk) ${c.reworded.length}: ${names(c.reworded)}`);
  for (const change of c.reviewedDisagreements) indent(`reviewed verdict kept for ${change.name}; the classifier now says ${change.after?.category}/${change.after?.risk}`);
  for (const problem of plan.toolProblems) {
    indent(`REFUSED tool #${problem.index + 1}${problem.name !== undefined ? ` ${JSON.stringify(problem.name).slice(0, 90)}` : ""}: ${problem.message}`);
  }
  if (!c.firstImport && lines.length === 1) indent("no changes since the last import");
  return lines;
}

function riskMove(change: ToolChange): string {
  const { before, after } = change;
  if (!before || !after || (before.risk === after.risk && before.category === after.category)) return "";
  return `; ${before.category}/${before.risk} -> ${after.category}/${after.risk}`;
}

function names(list: readonly string[]): string {
  const shown = list.slice(0, LIST_LIMIT).join(", ");
  return list.length > LIST_LIMIT ? `${shown}, and ${list.length - LIST_LIMIT} more` : shown;
}

function summaryLine(run: ImportRun): string {
  const ok = run.servers.filter((s) => s.status !== "failed");
  const failed = run.servers.length - ok.length;
  const partial = ok.filter((s) => s.status === "partial").length;
  const tools = ok.reduce((sum, s) => sum + (s.plan?.toolCount ?? 0), 0);
  const redefined = ok.reduce((sum, s) => sum + (s.plan?.changes.redefined.length ?? 0), 0);
  const verb = run.dryRun ? "checked" : "imported";
  const where = run.dryRun ? `against ${run.out} (dry run: nothing written)` : `into ${run.out}`;
  const parts = [`${verb} ${ok.length} of ${run.servers.length} server${run.servers.length === 1 ? "" : "s"} (${tools} tools) ${where} in ${run.seconds.toFixed(1)} s`];
  if (partial > 0) parts.push(`${partial} with refused tools`);
  if (failed > 0) parts.push(`${failed} FAILED`);
  if (redefined > 0) parts.push(`${redefined} tool definition${redefined === 1 ? "" : "s"} CHANGED`);
  return parts.join("; ");
}

/** The machine-readable report (--json). */
export function reportJson(run: ImportRun): object {
  return {
    out: run.out,
    dryRun: run.dryRun ?? false,
    seconds: Number(run.seconds.toFixed(3)),
    ok: run.servers.every((s) => s.status === "imported"),
    servers: run.servers.map((s) => ({
      source: s.label,
      status: s.status,
      slug: s.slug ?? null,
      title: s.title ?? null,
      error: s.error ?? null,
      toolCount: s.plan?.toolCount ?? 0,
      risk: s.plan?.riskCounts ?? null,
      changes: s.plan?.changes ?? null,
      refused: s.plan?.toolProblems ?? [],
    })),
  };
}

export function exitCode(run: ImportRun): number {
  return run.servers.every((s) => s.status === "imported") ? 0 : 1;
}
