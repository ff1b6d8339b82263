import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { liveFacts, readInstalledPackage } from "./identity";
import { listToolsLive, type LiveTarget } from "./live";
import { chooseBin, failureOutcome, isolatedEnv, isReserved, OUTCOME_LABELS, type NpmOutcome, type NpmSpec } from "./npm";
import { runImport, type ImportTask } from "./run";
import type { Classifier } from "./types";

/**
 * `catalogue import --npm PACKAGE... | --npm-list FILE`: for each package, install it into a
 * throwaway folder (install scripts off, a fresh HOME, no credentials in the environment),
 * start its bin over stdio, list its tools within the timeout, import them into DIR, and
 * remove the folder. Each package's outcome is written to a state file as soon as it is
 * known, so an interrupted batch resumes where it stopped. Packages named in the reserved
 * list are refused before anything is installed.
 */

export interface NpmBatchEntry {
  spec: NpmSpec;
  args: string[];
}

export interface NpmResult {
  spec: string;
  outcome: NpmOutcome;
  detail?: string;
  package?: string;
  version?: string;
  slug?: string;
  tools?: number;
  /** Taken from the state file of an earlier run, not tried again. */
  resumed?: boolean;
}

export interface NpmBatchOptions {
  entries: readonly NpmBatchEntry[];
  out: string;
  cwd: string;
  classify: Classifier;
  /** Limit for connecting and for each request to a started server. */
  timeoutMs: number;
  installTimeoutMs: number;
  /** Lists of reserved package names; files that do not exist are skipped. */
  reservedFiles: readonly string[];
  stateFile: string;
  /** Try again packages the state file already has an outcome for. */
  retry?: boolean;
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
}

interface StateFile {
  version: 1;
  results: Record<string, NpmResult>;
}

function readState(file: string): StateFile {
  try {
    const state = JSON.parse(fs.readFileSync(file, "utf8")) as StateFile;
    if (state.version === 1 && state.results && typeof state.results === "object") return state;
  } catch {
    // none yet, or unreadable: start afresh
  }
  return { version: 1, results: {} };
}

function writeState(file: string, state: StateFile): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(partial, file);
}

/** The name in a tarball's package.json, read without installing it. */
function tarballName(file: string): string | undefined {
  const result = spawnSync("tar", ["-xzOf", file, "package/package.json"], { encoding: "utf8", maxBuffer: 10 * 1024 * 1024 });
  if (result.status !== 0) return undefined;
  try {
    const name = (JSON.parse(result.stdout) as { name?: unknown }).name;
    return typeof name === "string" ? name : undefined;
  } catch {
    return undefined;
  }
}

function run(command: string, args: string[], options: { cwd: string; env: Record<string, string>; timeoutMs: number }): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-4000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: null, output: error.message, timedOut });
    });
  });
}

class NoTools extends Error {}

export async function runNpmBatch(options: NpmBatchOptions): Promise<NpmResult[]> {
  const log = options.log ?? (() => {});
  const parentEnv = options.env ?? process.env;
  const reservedText = options.reservedFiles.filter((file) => fs.existsSync(file)).map((file) => fs.readFileSync(file, "utf8")).join("\n");
  const state = readState(options.stateFile);
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-npm-cache-"));
  const results: NpmResult[] = [];
  try {
    for (const [i, entry] of options.entries.entries()) {
      const raw = entry.spec.raw;
      const known = state.results[raw];
      if (known && !options.retry) {
        results.push({ ...known, resumed: true });
        log(`[${i + 1}/${options.entries.length}] ${raw}: ${OUTCOME_LABELS[known.outcome]} in an earlier run (--retry tries again)`);
        continue;
      }
      log(`[${i + 1}/${options.entries.length}] ${raw}: installing`);
      const result = await importPackage(entry, { ...options, parentEnv, reservedText, cache });
      log(`[${i + 1}/${options.entries.length}] ${raw}: ${OUTCOME_LABELS[result.outcome]}${result.tools !== undefined ? ` (${result.tools} tools)` : ""}${result.detail ? `: ${result.detail}` : ""}`);
      results.push(result);
      state.results[raw] = result;
      writeState(options.stateFile, state);
    }
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
  }
  return results;
}

async function importPackage(
  entry: NpmBatchEntry,
  options: NpmBatchOptions & { parentEnv: Record<string, string | undefined>; reservedText: string; cache: string },
): Promise<NpmResult> {
  const { spec } = entry;
  const raw = spec.raw;
  const tarball = spec.kind === "tarball" ? path.resolve(options.cwd, spec.file) : undefined;
  if (tarball && !fs.existsSync(tarball)) return { spec: raw, outcome: "install-failed", detail: `${tarball} does not exist` };
  const name = spec.kind === "registry" ? spec.name : tarballName(tarball!);
  if (!name) return { spec: raw, outcome: "install-failed", detail: "the tarball has no readable package/package.json" };
  if (options.reservedText && isReserved(name, options.reservedText)) {
    return { spec: raw, outcome: "refused", package: name, detail: "named in the reserved list; not installed" };
  }

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-npm-"));
  try {
    const home = path.join(folder, "home");
    const prefix = path.join(folder, "install");
    const work = path.join(folder, "work");
    for (const dir of [home, prefix, work]) fs.mkdirSync(dir);
    fs.writeFileSync(path.join(prefix, "package.json"), JSON.stringify({ name: "catalogue-npm-import", private: true }));
    const registry = options.parentEnv.npm_config_registry;
    const installEnv = isolatedEnv(options.parentEnv, home, {
      npm_config_cache: options.cache,
      npm_config_update_notifier: "false",
      ...(registry && !/\/\/[^/@\s]*@/.test(registry) ? { npm_config_registry: registry } : {}),
    });
    const args = ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--no-package-lock", "--omit=dev", "--prefix", prefix, ...(tarball ? ["--offline", tarball] : [raw])];
    const install = await run("npm", args, { cwd: prefix, env: installEnv, timeoutMs: options.installTimeoutMs });
    if (install.code !== 0) {
      const why = install.timedOut ? `no install within ${options.installTimeoutMs / 1000} s` : lastLines(install.output);
      return { spec: raw, outcome: "install-failed", package: name, detail: why };
    }
    const installed = readInstalledPackage(name, prefix);
    const manifestFile = path.join(prefix, "node_modules", ...name.split("/"), "package.json");
    const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as { version?: string; bin?: string | Record<string, string> };
    const version = installed?.version ?? manifest.version;
    const bin = chooseBin(name, manifest.bin);
    if (!bin) return { spec: raw, outcome: "no-bin", package: name, version, detail: "the package declares no bin" };
    const target = startTarget(prefix, name, bin, entry.args, isolatedEnv(options.parentEnv, home), work);

    const task: ImportTask = {
      label: raw,
      load: async () => {
        const live = await listToolsLive(target, options.timeoutMs);
        if (live.rawTools.length === 0) throw new NoTools("it listed no tools (it may need credentials or arguments to offer any)");
        const facts = liveFacts({ package: `${name}@${version}` }, live, installed);
        return { facts, source: `npm:${name}@${version} (tools/list over stdio)`, rawTools: live.rawTools };
      },
    };
    const imported = await runImport([task], { out: options.out, classify: options.classify });
    const outcome = imported.servers[0]!;
    if (outcome.status === "failed") {
      const message = outcome.error ?? "failed";
      const kind = /listed no tools/.test(message) ? "no-tools" : failureOutcome(message);
      return { spec: raw, outcome: kind, package: name, version, detail: message.slice(0, 500) };
    }
    return {
      spec: raw,
      outcome: "imported",
      package: name,
      version,
      slug: outcome.slug,
      tools: outcome.plan?.toolCount,
      ...(outcome.status === "partial" ? { detail: `${outcome.plan?.toolProblems.length} tools refused as malformed` } : {}),
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** JavaScript bins run with this Node (no shebang or exec bit needed); others through npm's .bin link. */
function startTarget(prefix: string, name: string, bin: { name: string; file: string }, args: string[], env: Record<string, string>, cwd: string): LiveTarget & { kind: "stdio" } {
  const file = path.join(prefix, "node_modules", ...name.split("/"), bin.file);
  let firstLine = "";
  try {
    firstLine = fs.readFileSync(file, "utf8").slice(0, 200).split("\n")[0] ?? "";
  } catch {
    // unreadable: let starting it report the problem
  }
  const isNode = /\.(c|m)?js$/.test(file) || /^#!.*\bnode\b/.test(firstLine);
  if (isNode) return { kind: "stdio", command: process.execPath, args: [file, ...args], env, cwd };
  return { kind: "stdio", command: path.join(prefix, "node_modules", ".bin", bin.name), args, env, cwd };
}

function lastLines(text: string): string {
  return text.trim().split("\n").slice(-3).join(" | ").slice(-400);
}

/** The batch report: how many of each outcome, then each package that did not import. */
export function formatNpmReport(results: readonly NpmResult[]): string {
  const counts = new Map<NpmOutcome, number>();
  for (const result of results) counts.set(result.outcome, (counts.get(result.outcome) ?? 0) + 1);
  const order: NpmOutcome[] = ["imported", "needs-credentials", "crashed", "timed-out", "no-tools", "no-bin", "install-failed", "refused"];
  const lines = [`npm import: ${results.length} packages: ${order.filter((o) => counts.has(o)).map((o) => `${counts.get(o)} ${OUTCOME_LABELS[o]}`).join(", ")}`];
  for (const outcome of order) {
    for (const result of results.filter((r) => r.outcome === outcome)) {
      const what = result.outcome === "imported" ? `${result.slug} (${result.tools} tools)` : (result.detail ?? "");
      lines.push(`  ${OUTCOME_LABELS[outcome].padEnd(19)} ${result.spec}${result.version ? ` (${result.version})` : ""}: ${what}${result.resumed ? " [earlier run]" : ""}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
