import path from "node:path";
import { listToolsLive, type LiveTarget } from "./live";
import { liveFacts, liveSource, readInstalledPackage, splitPackageSpec, type IdentityFlags } from "./identity";
import { readExistingServer } from "./existing";
import { planServerImport } from "./plan";
import { readSnapshot, snapshotFiles } from "./snapshot";
import type { Classifier, ServerListing, ServerPlan } from "./types";
import { Staging, diskIo, type WriteIo } from "./write";

/**
 * Runs an import: each source is fetched or read, planned and written on its own, so one
 * broken server never stops the others; the run's result lists every server's outcome.
 */

export interface ImportTask {
  /** How the person named it: a file path, `stdio "<command>"`, or a URL. */
  label: string;
  load(): Promise<ServerListing>;
}

export type SourceSpec =
  | { kind: "path"; path: string; flags: IdentityFlags }
  | { kind: "stdio"; commandLine: string; target: LiveTarget & { kind: "stdio" }; flags: IdentityFlags }
  | { kind: "http"; target: LiveTarget & { kind: "http" }; flags: IdentityFlags };

export interface ServerOutcome {
  label: string;
  status: "imported" | "partial" | "failed";
  slug?: string;
  title?: string;
  error?: string;
  plan?: Omit<ServerPlan, "files" | "carry">;
}

export interface ImportRun {
  out: string;
  dryRun?: boolean;
  servers: ServerOutcome[];
  seconds: number;
}

export interface ImportOptions {
  out: string;
  classify: Classifier;
  now?: string;
  io?: WriteIo;
  /** Called before each server with a line such as "[3/12] importing server-memory". */
  onProgress?: (line: string) => void;
  /** Skip reading what DIR holds (a fresh, throw-away import such as the build's). */
  ignoreExisting?: boolean;
  /** Plan and report only; DIR is not touched (e.g. to check live servers for changed definitions). */
  dryRun?: boolean;
}

/** Turns source specs into tasks; a folder becomes one task per snapshot file in it. */
export function tasksFor(specs: readonly SourceSpec[], options: { timeoutMs: number; cwd: string }): ImportTask[] {
  const tasks: ImportTask[] = [];
  for (const spec of specs) {
    if (spec.kind === "path") {
      let files: string[];
      try {
        files = snapshotFiles(spec.path);
      } catch (error) {
        tasks.push({ label: spec.path, load: () => Promise.reject(error) });
        continue;
      }
      if (files.length !== 1 && Object.keys(spec.flags).length > 0) {
        const error = new Error(`${spec.path} holds ${files.length} snapshots; --slug and the other identity flags name one server, so give them after a single file`);
        tasks.push({ label: spec.path, load: () => Promise.reject(error) });
        continue;
      }
      for (const file of files) {
        tasks.push({ label: file, load: async () => readSnapshot(file, snapshotOverrides(spec.flags)) });
      }
      continue;
    }
    const label = spec.kind === "stdio" ? `stdio "${spec.commandLine}"` : spec.target.url;
    tasks.push({
      label,
      load: async () => {
        const live = await listToolsLive(spec.target, options.timeoutMs);
        const packageName = spec.flags.package ? splitPackageSpec(spec.flags.package).name : undefined;
        const installed = packageName ? readInstalledPackage(packageName, options.cwd) : undefined;
        const facts = liveFacts(spec.flags, live, installed);
        return { facts, source: liveSource(spec.flags, facts, spec.target, live), rawTools: live.rawTools };
      },
    });
  }
  return tasks;
}

function snapshotOverrides(flags: IdentityFlags) {
  const spec = flags.package ? splitPackageSpec(flags.package) : undefined;
  return Object.fromEntries(
    Object.entries({ ...flags, package: spec?.name, version: flags.version ?? spec?.version }).filter(([, value]) => value !== undefined),
  );
}

export async function runImport(tasks: readonly ImportTask[], options: ImportOptions): Promise<ImportRun> {
  const started = performance.now();
  const now = options.now ?? new Date().toISOString();
  const out = path.resolve(options.out);
  const servers: ServerOutcome[] = [];
  const seen = new Map<string, string>();
  const staging = options.dryRun ? undefined : new Staging(out);
  // Interrupted runs remove their staging folder; a folder already swapped in stays complete.
  const onSignal = (signal: NodeJS.Signals) => {
    staging?.dispose();
    process.kill(process.pid, signal);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    for (const [i, task] of tasks.entries()) {
      options.onProgress?.(`[${i + 1}/${tasks.length}] importing ${task.label}`);
      servers.push(await importOne(task, { ...options, out, now }, staging, seen));
    }
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    staging?.dispose();
  }
  return { out, servers, seconds: (performance.now() - started) / 1000, ...(options.dryRun ? { dryRun: true } : {}) };
}

async function importOne(task: ImportTask, options: ImportOptions & { now: string }, staging: Staging | undefined, seen: Map<string, string>): Promise<ServerOutcome> {
  let listing: ServerListing;
  try {
    listing = await task.load();
  } catch (error) {
    return { label: task.label, status: "failed", error: message(error) };
  }
  const slug = listing.facts.slug;
  const twin = seen.get(slug);
  if (twin) return { label: task.label, status: "failed", slug, error: `names server "${slug}", which ${twin} already imported in this run` };
  try {
    const existing = options.ignoreExisting ? undefined : readExistingServer(path.join(options.out, "servers", slug));
    const plan = planServerImport(listing, existing, { classify: options.classify, now: options.now });
    staging?.commit(plan, options.io ?? diskIo);
    seen.set(slug, task.label);
    const { files: _files, carry: _carry, ...summary } = plan;
    return { label: task.label, status: plan.toolProblems.length > 0 ? "partial" : "imported", slug, title: plan.title, plan: summary };
  } catch (error) {
    return { label: task.label, status: "failed", slug, title: listing.facts.title, error: message(error) };
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
