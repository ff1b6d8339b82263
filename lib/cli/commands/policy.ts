import { parseCallLines } from "../../policy/calls";
import { EMPTY_STATE, step } from "../../policy/evaluate";
import { caveatSummary, clientNameProblem, defaultNameNote, EXPORT_FORMATS, npxLaunch, policyExport, type ExportFormat } from "../../policy/exports";
import { lintPolicy, type LintProblem } from "../../policy/lint";
import { parseCommandLine } from "../arguments";
import { loadServer, partialListNote, readPolicy, readText, writeLines } from "../inputs";
import { UsageError } from "../usage";

/**
 * `catalogue policy check FILE [--server SLUG]`,
 * `catalogue policy eval --policy FILE --calls FILE` and
 * `catalogue policy export --format F --server SLUG [--name NAME] FILE`: thin shells around
 * the schema, the lint, the evaluator and the client exports in lib/policy.
 */

export const summary = "check a policy.json (schema and lint), decide calls against it, or export it for a client";

const USAGE = `usage:
  catalogue policy check FILE [--server SLUG]
  catalogue policy eval --policy FILE --calls FILE
  catalogue policy export --format ${EXPORT_FORMATS.join("|")} --server SLUG [--name NAME] FILE`;

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "check") return check(rest);
  if (sub === "eval") return evaluate(rest);
  if (sub === "export") return exportPolicy(rest);
  if (sub === "--help" || sub === "-h" || sub === "help") return printUsage();
  throw new UsageError(sub ? `unknown policy command "${sub}"\n${USAGE}` : USAGE);
}

const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

function printUsage(): number {
  process.stdout.write(`${USAGE}\n`);
  return 0;
}

function check(args: string[]): number {
  const { positionals, values } = parseCommandLine(args, { options: { ...HELP_OPTION, server: { type: "string" } }, allowPositionals: true, hint: `\n${USAGE}` });
  if (values.help) return printUsage();
  if (positionals.length !== 1) throw new UsageError(`policy check takes one FILE\n${USAGE}`);
  const file = positionals[0]!;
  const policy = readPolicy(file);
  if (!policy.ok) return fail(policy.messages);

  let serverTools: string[] | undefined;
  let partialList = false;
  const slug = values.server;
  if (slug !== undefined) {
    const server = loadServer(slug);
    serverTools = server.tools;
    partialList = server.partial;
    if (partialList) process.stdout.write(`${partialListNote(file, slug, server)}\n`);
  }

  const problems = partialList ? softenUnknownTools(lintPolicy(policy.value, serverTools)) : lintPolicy(policy.value, serverTools);
  for (const p of problems) process.stdout.write(`${file}: ${p.severity}: ${p.path || "(policy)"}: ${p.message}\n`);
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const tally = `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
  if (errors > 0) {
    process.stderr.write(`${file}: not a usable policy: ${tally}\n`);
    return 1;
  }
  process.stdout.write(`${file}: valid policy${slug ? ` for server "${slug}"` : ""} (${tally})\n`);
  return 0;
}

/**
 * Against a partial tool list, names it lacks are not evidence of a typo: one warning
 * that lists them replaces an error per name.
 */
function softenUnknownTools(problems: LintProblem[]): LintProblem[] {
  const unknown = problems.filter((p) => p.code === "unknown-tool");
  if (unknown.length === 0) return problems;
  const names = unknown.map((p) => p.path);
  const shown = names.slice(0, 10).join(", ") + (names.length > 10 ? `, and ${names.length - 10} more` : "");
  return [
    ...problems.filter((p) => p.code !== "unknown-tool"),
    {
      severity: "warning",
      code: "unknown-tool",
      path: "",
      message: `${unknown.length} entr${unknown.length === 1 ? "y names a tool" : "ies name tools"} the catalogue does not list for this server: ${shown}`,
    },
  ];
}

function evaluate(args: string[]): number {
  const { values } = parseCommandLine(args, { options: { ...HELP_OPTION, policy: { type: "string" }, calls: { type: "string" } }, hint: `\n${USAGE}` });
  if (values.help) return printUsage();
  const policyFile = values.policy;
  const callsFile = values.calls;
  if (!policyFile || !callsFile) throw new UsageError(`policy eval needs --policy FILE and --calls FILE\n${USAGE}`);

  const policy = readPolicy(policyFile);
  if (!policy.ok) return fail(policy.messages);
  const text = readText(callsFile);
  if (!text.ok) return fail(text.messages);
  const parsed = parseCallLines(text.value);
  if (!parsed.ok) {
    for (const p of parsed.problems) process.stderr.write(`${callsFile}:${p.line}: ${p.message}\n`);
    process.stderr.write(`${callsFile}: no calls decided: fix the line${parsed.problems.length === 1 ? "" : "s"} above\n`);
    return 1;
  }

  let state = EMPTY_STATE;
  const out: string[] = [];
  for (const { call, approved } of parsed.calls) {
    const result = step(policy.value, call, state, { approved });
    state = result.state;
    const { decision, rule, reason } = result.decision;
    out.push(JSON.stringify({ decision, rule, reason }));
  }
  process.stdout.write(out.length > 0 ? `${out.join("\n")}\n` : "");
  return 0;
}

/**
 * The whole file on stdout, ready to save or pipe; where it goes, the client release it was
 * tested with, the note about the server's name and the caveats on stderr, so they are seen
 * but never end up in the file.
 */
function exportPolicy(args: string[]): number {
  const { positionals, values } = parseCommandLine(args, {
    options: { ...HELP_OPTION, format: { type: "string" }, server: { type: "string" }, name: { type: "string" } },
    allowPositionals: true,
    hint: `\n${USAGE}`,
  });
  if (values.help) return printUsage();
  if (positionals.length !== 1) throw new UsageError(`policy export takes one FILE\n${USAGE}`);
  const format = values.format;
  const slug = values.server;
  if (!format || !slug) throw new UsageError(`policy export needs --format and --server\n${USAGE}`);
  if (!isExportFormat(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(", ")}, not "${format}"`);
  const name = values.name ?? slug;
  const nameProblem = clientNameProblem(name);
  if (nameProblem) throw new UsageError(`--name ${JSON.stringify(name)} ${nameProblem}`);

  const file = positionals[0]!;
  const policy = readPolicy(file);
  if (!policy.ok) return fail(policy.messages);
  const server = loadServer(slug);
  const exported = policyExport(format, {
    name,
    policy: policy.value,
    tools: server.partial ? undefined : server.tools,
    ...(server.entry.package ? { launch: npxLaunch(server.entry.package) } : {}),
  });

  process.stdout.write(exported.content);
  const notes = [`${file}: ${exported.label}: save as ${exported.location} (tested with ${exported.testedWith}); to merge into a file you have: ${exported.mergeHint}`];
  if (values.name === undefined) notes.push(`${file}: note: ${defaultNameNote(name)} Pass --name NAME.`);
  if (server.partial) notes.push(`${file}: note: the catalogue lists ${server.tools.length} of the ${server.toolCount} tools of "${slug}", so tools the policy does not name are not listed in the export`);
  if (exported.caveats.length > 0) {
    notes.push(`${file}: ${caveatSummary(exported)}`, ...exported.caveats.map((c) => `  - ${c.text}`));
  }
  writeLines(process.stderr, notes);
  return 0;
}

function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

function fail(messages: readonly string[]): number {
  writeLines(process.stderr, messages);
  return 1;
}
