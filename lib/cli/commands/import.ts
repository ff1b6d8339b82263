import fs from "node:fs";
import path from "node:path";
import { classifyTool } from "../../classify";
import { splitCommandLine } from "../../import/command-line";
import { readLiveConfig } from "../../import/config";
import type { IdentityFlags } from "../../import/identity";
import { parseNpmList, parseNpmSpec } from "../../import/npm";
import { formatNpmReport, runNpmBatch, type NpmBatchEntry } from "../../import/npm-batch";
import { exitCode, formatReport, reportJson } from "../../import/report";
import { runImport, tasksFor, type SourceSpec } from "../../import/run";
import { UsageError } from "../usage";

export const summary = "import MCP servers (snapshots, or live over stdio / Streamable HTTP) into catalogue entries";

const HELP = `usage: catalogue import SOURCE... --out DIR [--timeout SECONDS] [--json]

Classifies every tool of every SOURCE and writes one markdown entry per tool and one per
server into DIR/servers/<server>/ (server.md and tools/<tool>.md). Each server folder is
swapped in whole, so a failure leaves it as it was. Entries marked "reviewed: true" keep
their verdict and notes. Prints what changed since the last import to stderr.

SOURCE, one or more, mixed freely:
  FILE                  a tools/list result {"tools": [...]} or {"server": {...}, "tools": [...]}
  FOLDER                every *.json snapshot in it, one server each
  --stdio "COMMAND"     start a server over stdio (the line is split into words like a
                        shell would, but no shell runs it); its environment is the SDK's
                        safe default plus any --env
  --url ADDRESS         a server over Streamable HTTP (http or https)
  --config FILE         the live servers listed in a config file (lib/import/live-servers.json)
  --npm PACKAGE[@VERSION]...
                        npm packages (or .tgz files), each installed in a throwaway folder with
                        install scripts off, a fresh HOME and no credentials in its environment;
                        its bin is started over stdio, its tools listed and imported, the
                        folder removed. Prints a report: imported, needs credentials, crashed,
                        timed out. Packages named in ../shared/eval/RESERVED.md are refused.
  --npm-list FILE       the same for a list: one PACKAGE[@VERSION] a line, then any arguments
                        for its server; # starts a comment

Server identity, for the SOURCE the flags follow (live servers; or a single snapshot file):
  --slug SLUG           folder and URL name (default: from the server's initialize name)
  --title TEXT          display name (default: the server's title or name)
  --description TEXT    one-paragraph description (default: the server's or its package's)
  --package NAME[@VER]  npm package it ships in; the version defaults to the installed one
  --server-version VER  version, when not an npm package
  --repository URL      source repository (default: from the installed package.json)
  --source TEXT         provenance written to every entry (default: npm:NAME@VER (tools/list over stdio))
  --env KEY=VALUE       environment variable for a --stdio server (repeatable)
  --cwd DIR             working folder for a --stdio server
  --header "NAME: VALUE" HTTP header for a --url server (repeatable)

Options:
  --out DIR             content root to write into (required), e.g. content
  --timeout SECONDS     limit for connecting and for each request to a live server (default 30)
  --json                print a machine-readable report on stdout
  --quiet               no progress lines, only problems and the summary
  --dry-run             read, classify and report what changed, but write nothing

For --npm and --npm-list:
  --state FILE          where each package's outcome is kept, so a stopped batch resumes
                        (default DIR/.npm-import-state.json)
  --retry               try again packages the state file already has an outcome for
  --install-timeout SECONDS  limit for one npm install (default 300)
  --reserved FILE       another list of package names to refuse (repeatable)

Exit code 0 when every server imported cleanly, 1 when any failed or had tools refused,
2 for a usage mistake.

Examples:
  npm run --silent catalogue -- import ../shared/corpus/servers --out /tmp/catalogue
  npm run --silent catalogue -- import --stdio "npx mcp-server-memory" --package @modelcontextprotocol/server-memory --out content
  npm run --silent catalogue -- import --url http://127.0.0.1:3001/mcp --slug everything --out /tmp/c
  npm run import:live     (the committed live servers: --config lib/import/live-servers.json --out content)
  npm run --silent catalogue -- import --npm @modelcontextprotocol/server-memory@2026.8.31 --out /tmp/c
  npm run --silent catalogue -- import --npm-list servers.txt --out /tmp/c --timeout 20
`;

interface Parsed {
  specs: SourceSpec[];
  out: string;
  timeoutMs: number;
  json: boolean;
  quiet: boolean;
  dryRun: boolean;
  /** Packages for --npm and --npm-list, when given. */
  npm?: NpmBatchEntry[];
  npmOptions?: { stateFile?: string; retry: boolean; installTimeoutMs: number; reserved: string[] };
}

const IDENTITY_FLAGS: Record<string, keyof IdentityFlags> = {
  "--slug": "slug",
  "--title": "title",
  "--description": "description",
  "--package": "package",
  "--server-version": "version",
  "--repository": "repository",
  "--source": "source",
};

export function parseImportArgs(args: readonly string[], cwd = process.cwd()): Parsed | "help" {
  const specs: SourceSpec[] = [];
  let out: string | undefined;
  let timeoutMs = 30_000;
  let json = false;
  let quiet = false;
  let dryRun = false;
  const npm: NpmBatchEntry[] = [];
  const npmOptions: NonNullable<Parsed["npmOptions"]> = { retry: false, installTimeoutMs: 300_000, reserved: [] };

  const value = (i: number, flag: string): string => {
    const next = args[i + 1];
    if (next === undefined) throw new UsageError(`${flag} needs a value`);
    return next;
  };
  const current = (flag: string): SourceSpec => {
    const spec = specs[specs.length - 1];
    if (!spec) throw new UsageError(`${flag} describes a server, so it must follow the SOURCE it belongs to`);
    return spec;
  };

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--out") out = value(i++, arg);
    else if (arg === "--timeout") {
      const seconds = Number(value(i++, arg));
      if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError("--timeout needs a positive number of seconds");
      timeoutMs = Math.round(seconds * 1000);
    } else if (arg === "--json") json = true;
    else if (arg === "--quiet") quiet = true;
    else if (arg === "--dry-run") dryRun = true;
    else if (arg === "--npm") {
      const first = i + 1;
      while (args[i + 1] !== undefined && !args[i + 1]!.startsWith("-")) {
        try {
          npm.push({ spec: parseNpmSpec(args[++i]!), args: [] });
        } catch (error) {
          throw new UsageError(`--npm: ${(error as Error).message}`);
        }
      }
      if (i < first) throw new UsageError("--npm needs one or more PACKAGE[@VERSION]");
    } else if (arg === "--npm-list") {
      const file = path.resolve(cwd, value(i++, arg));
      let text: string;
      try {
        text = fs.readFileSync(file, "utf8");
      } catch (error) {
        throw new UsageError(`--npm-list: cannot read ${file}: ${(error as Error).message}`);
      }
      try {
        npm.push(...parseNpmList(text));
      } catch (error) {
        throw new UsageError(`--npm-list ${file}: ${(error as Error).message}`);
      }
    } else if (arg === "--state") npmOptions.stateFile = path.resolve(cwd, value(i++, arg));
    else if (arg === "--retry") npmOptions.retry = true;
    else if (arg === "--reserved") npmOptions.reserved.push(path.resolve(cwd, value(i++, arg)));
    else if (arg === "--install-timeout") {
      const seconds = Number(value(i++, arg));
      if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError("--install-timeout needs a positive number of seconds");
      npmOptions.installTimeoutMs = Math.round(seconds * 1000);
    }
    else if (arg === "--stdio") {
      const line = value(i++, arg);
      let words: string[];
      try {
        words = splitCommandLine(line);
      } catch (error) {
        throw new UsageError(`--stdio: ${(error as Error).message}`);
      }
      const [command, ...rest] = words;
      if (!command) throw new UsageError("--stdio needs a command line");
      specs.push({ kind: "stdio", commandLine: line, target: { kind: "stdio", command, args: rest }, flags: {} });
    } else if (arg === "--url") {
      const url = value(i++, arg);
      if (!/^https?:\/\/[^\s]+$/.test(url) || !URL.canParse(url)) throw new UsageError(`--url needs an http(s) address, not "${url}"`);
      specs.push({ kind: "http", target: { kind: "http", url }, flags: {} });
    } else if (arg === "--config") {
      specs.push(...readLiveConfig(path.resolve(cwd, value(i++, arg)), cwd));
    } else if (arg in IDENTITY_FLAGS) {
      const spec = current(arg);
      spec.flags[IDENTITY_FLAGS[arg]!] = value(i++, arg);
    } else if (arg === "--env") {
      const spec = current(arg);
      const pair = value(i++, arg);
      const eq = pair.indexOf("=");
      if (spec.kind !== "stdio" || eq <= 0) throw new UsageError("--env KEY=VALUE must follow a --stdio source");
      spec.target.env = { ...spec.target.env, [pair.slice(0, eq)]: pair.slice(eq + 1) };
    } else if (arg === "--cwd") {
      const spec = current(arg);
      if (spec.kind !== "stdio") throw new UsageError("--cwd must follow a --stdio source");
      spec.target.cwd = path.resolve(cwd, value(i++, arg));
    } else if (arg === "--header") {
      const spec = current(arg);
      const header = value(i++, arg);
      const colon = header.indexOf(":");
      if (spec.kind !== "http" || colon <= 0) throw new UsageError('--header "NAME: VALUE" must follow a --url source');
      spec.target.headers = { ...spec.target.headers, [header.slice(0, colon).trim()]: header.slice(colon + 1).trim() };
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}; try --help`);
    else specs.push({ kind: "path", path: path.resolve(cwd, arg), flags: {} });
  }
  if (specs.length === 0 && npm.length === 0) throw new UsageError("name at least one SOURCE (a file, a folder, --stdio, --url, --config, --npm or --npm-list); try --help");
  if (specs.length > 0 && npm.length > 0) throw new UsageError("--npm and --npm-list import packages on their own; give other SOURCEs in another run");
  if (npm.length > 0 && dryRun) throw new UsageError("--dry-run does not apply to --npm (each package is installed and removed anyway)");
  if (!out) throw new UsageError("--out DIR is required");
  return { specs, out: path.resolve(cwd, out), timeoutMs, json, quiet, dryRun, ...(npm.length > 0 ? { npm, npmOptions } : {}) };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseImportArgs(args);
  if (parsed === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  if (parsed.npm && parsed.npmOptions) return runNpm(parsed.npm, parsed.npmOptions, parsed);
  const tasks = tasksFor(parsed.specs, { timeoutMs: parsed.timeoutMs, cwd: process.cwd() });
  const result = await runImport(tasks, {
    out: parsed.out,
    classify: classifyTool,
    dryRun: parsed.dryRun,
    onProgress: parsed.quiet ? undefined : (line) => process.stderr.write(`${line}\n`),
  });
  process.stderr.write(formatReport(result, { quiet: parsed.quiet }));
  if (parsed.json) process.stdout.write(`${JSON.stringify(reportJson(result), null, 2)}\n`);
  return exitCode(result);
}

/** The reserved list the project keeps beside it, when it is there, and any named with --reserved. */
export function reservedLists(cwd: string, extra: readonly string[]): string[] {
  return [path.resolve(cwd, "../shared/eval/RESERVED.md"), ...extra];
}

async function runNpm(entries: NpmBatchEntry[], npmOptions: NonNullable<Parsed["npmOptions"]>, parsed: Parsed): Promise<number> {
  const results = await runNpmBatch({
    entries,
    out: parsed.out,
    cwd: process.cwd(),
    classify: classifyTool,
    timeoutMs: parsed.timeoutMs,
    installTimeoutMs: npmOptions.installTimeoutMs,
    reservedFiles: reservedLists(process.cwd(), npmOptions.reserved),
    stateFile: npmOptions.stateFile ?? path.join(parsed.out, ".npm-import-state.json"),
    retry: npmOptions.retry,
    log: parsed.quiet ? undefined : (line) => process.stderr.write(`${line}\n`),
  });
  process.stderr.write(formatNpmReport(results));
  if (parsed.json) process.stdout.write(`${JSON.stringify({ packages: results }, null, 2)}\n`);
  return results.every((result) => result.outcome === "imported") ? 0 : 1;
}
