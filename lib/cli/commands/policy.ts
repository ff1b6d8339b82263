import fs from "node:fs";
import { getCatalogue } from "../../content";
import { parseCallLines } from "../../policy/calls";
import { EMPTY_STATE, step } from "../../policy/evaluate";
import { lintPolicy, type LintProblem } from "../../policy/lint";
import { parsePolicy, type Policy } from "../../policy/schema";
import { parseCommandLine } from "../arguments";
import { UsageError } from "../usage";

/**
 * `catalogue policy check FILE [--server SLUG]` and
 * `catalogue policy eval --policy FILE --calls FILE`: thin shells around the schema, the
 * lint and the evaluator in lib/policy.
 */

export const summary = "check a policy.json (schema and lint), or decide calls against it";

const USAGE = `usage:
  catalogue policy check FILE [--server SLUG]
  catalogue policy eval --policy FILE --calls FILE`;

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "check") return check(rest);
  if (sub === "eval") return evaluate(rest);
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
  if (!policy) return 1;

  let serverTools: string[] | undefined;
  let partialList = false;
  const slug = values.server;
  if (slug !== undefined) {
    const server = loadServer(slug);
    serverTools = server.tools;
    partialList = server.partial;
    if (partialList) {
      process.stdout.write(
        `${file}: note: the catalogue lists ${server.tools.length} of the ${server.toolCount} tools of "${slug}", so a name it does not list is a warning, not an error; ` +
          `to check against the full list, set CATALOGUE_CONTENT_DIRS to the imported catalogue (npm run build writes it to .cache/imported)\n`,
      );
    }
  }

  const problems = partialList ? softenUnknownTools(lintPolicy(policy, serverTools)) : lintPolicy(policy, serverTools);
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
  if (!policy) return 1;
  const text = readText(callsFile);
  if (text === undefined) return 1;
  const parsed = parseCallLines(text);
  if (!parsed.ok) {
    for (const p of parsed.problems) process.stderr.write(`${callsFile}:${p.line}: ${p.message}\n`);
    process.stderr.write(`${callsFile}: no calls decided: fix the line${parsed.problems.length === 1 ? "" : "s"} above\n`);
    return 1;
  }

  let state = EMPTY_STATE;
  const out: string[] = [];
  for (const { call, approved } of parsed.calls) {
    const result = step(policy, call, state, { approved });
    state = result.state;
    const { decision, rule, reason } = result.decision;
    out.push(JSON.stringify({ decision, rule, reason }));
  }
  process.stdout.write(out.length > 0 ? `${out.join("\n")}\n` : "");
  return 0;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(`${file}: cannot be read${code === "ENOENT" ? ": no such file" : code === "EISDIR" ? ": it is a folder" : ` (${code ?? String(error)})`}\n`);
    return undefined;
  }
}

function readPolicy(file: string): Policy | undefined {
  const text = readText(file);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`${file}: error: (policy): is not valid JSON (${error instanceof Error ? error.message : String(error)})\n`);
    return undefined;
  }
  const parsed = parsePolicy(value);
  if (!parsed.ok) {
    for (const p of parsed.problems) process.stderr.write(`${file}: error: ${p.path || "(policy)"}: ${p.message}\n`);
    process.stderr.write(`${file}: not a valid policy: ${parsed.problems.length} error${parsed.problems.length === 1 ? "" : "s"}\n`);
    return undefined;
  }
  return parsed.policy;
}

function loadServer(slug: string): { tools: string[]; toolCount: number; partial: boolean } {
  const server = getCatalogue().servers.find((s) => s.slug === slug);
  if (!server) {
    const known = getCatalogue().servers.map((s) => s.slug);
    throw new UsageError(`no server "${slug}" in the catalogue${known.length > 0 ? `; it has ${known.slice(0, 20).join(", ")}${known.length > 20 ? ", ..." : ""}` : ""}`);
  }
  const tools = server.tools.map((t) => t.name);
  const toolCount = Math.max(server.toolCount ?? tools.length, tools.length);
  return { tools, toolCount, partial: toolCount > tools.length };
}
