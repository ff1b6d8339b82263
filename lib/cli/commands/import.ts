import path from "node:path";
import { classifyTool } from "../../classify";
import { formatNpmReport, runNpmBatch, type NpmBatchEntry } from "../../import/npm-batch";
import { exitCode, formatReport, reportJson } from "../../import/report";
import { runImport, tasksFor } from "../../import/run";
import { parseImportArgs, type ImportArgs, type NpmOptions } from "../import-arguments";

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

Server identity, for the SOURCE the flags follow (live servers; or a single snapshot file;
with only one SOURCE they may go anywhere):
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

async function runNpm(entries: NpmBatchEntry[], npmOptions: NpmOptions, parsed: ImportArgs): Promise<number> {
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
