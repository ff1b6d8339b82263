import path from "node:path";
import { classifyTool } from "../../classify";
import { splitCommandLine } from "../../import/command-line";
import { readLiveConfig } from "../../import/config";
import type { IdentityFlags } from "../../import/identity";
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

Exit code 0 when every server imported cleanly, 1 when any failed or had tools refused,
2 for a usage mistake.

Examples:
  npm run --silent catalogue -- import ../shared/corpus/servers --out /tmp/catalogue
  npm run --silent catalogue -- import --stdio "npx mcp-server-memory" --package @modelcontextprotocol/server-memory --out content
  npm run --silent catalogue -- import --url http://127.0.0.1:3001/mcp --slug everything --out /tmp/c
  npm run import:live     (the committed live servers: --config lib/import/live-servers.json --out content)
`;

interface Parsed {
  specs: SourceSpec[];
  out: string;
  timeoutMs: number;
  json: boolean;
  quiet: boolean;
  dryRun: boolean;
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
  if (specs.length === 0) throw new UsageError("name at least one SOURCE (a file, a folder, --stdio, --url or --config); try --help");
  if (!out) throw new UsageError("--out DIR is required");
  return { specs, out: path.resolve(cwd, out), timeoutMs, json, quiet, dryRun };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseImportArgs(args);
  if (parsed === "help") {
    process.stdout.write(HELP);
    return 0;
  }
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
