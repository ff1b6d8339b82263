import { classifyTool } from "../../classify";
import { exitCode, formatReport, reportJson } from "../../import/report";
import { runImport, tasksFor } from "../../import/run";
import { parseImportArgs } from "../import-arguments";

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

Exit code 0 when every server imported cleanly, 1 when any failed or had tools refused,
2 for a usage mistake.

Examples:
  npm run --silent catalogue -- import ../shared/corpus/servers --out /tmp/catalogue
  npm run --silent catalogue -- import --stdio "npx mcp-server-memory" --package @modelcontextprotocol/server-memory --out content
  npm run --silent catalogue -- import --url http://127.0.0.1:3001/mcp --slug everything --out /tmp/c
  npm run import:live     (the committed live servers: --config lib/import/live-servers.json --out content)
`;

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
