import fs from "node:fs";
import os from "node:os";
import { globalLimitPaths } from "../../guard/limits";
import { runGuardProcess } from "../../guard/run";
import { SharedStateFile, StateFileError } from "../../guard/state-file";
import { lintPolicy } from "../../policy/lint";
import { parseCommandLine } from "../arguments";
import { readPolicy, writeLines } from "../inputs";
import { UsageError } from "../usage";

/**
 * `catalogue guard --policy FILE [--audit FILE] [--identity ID] [--state FILE] [--annotate]
 * -- COMMAND [ARGS...]`: starts COMMAND as an MCP server over stdio and serves MCP on the
 * guard's own stdio, deciding every tool call by the policy (lib/guard). Everything the guard
 * needs is checked before the server starts: a problem there exits 2, naming the field.
 */

export const summary = "run an MCP server behind a policy: every tool call decided, limited, approved and audited";

const USAGE = `usage: catalogue guard --policy FILE [--audit FILE] [--identity ID] [--state FILE] [--annotate] -- COMMAND [ARGS...]

  --policy FILE    the policy.json every tools/call is decided by
  --audit FILE     append one JSON line per tools/call (time, identity, session, tool, decision,
                   rule, reason, SHA-256 of the arguments' canonical JSON; never the arguments)
  --identity ID    who calls, for grant and session limits and the audit (default: the OS user)
  --state FILE     where limits with scope "global" are counted, shared by guard processes
                   (locked; survives restarts); needed when the policy has such limits
  --annotate       rewrite each tool's readOnlyHint, destructiveHint and openWorldHint from the
                   catalogue's verdict

The server may take CATALOGUE_GUARD_STARTUP_TIMEOUT seconds (default 60) to answer initialize.`;

const DEFAULT_STARTUP_TIMEOUT_S = 60;

export async function run(args: string[]): Promise<number> {
  if (args[0] === "--help" || args[0] === "-h" || args[0] === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const split = args.indexOf("--");
  if (split === -1 || split === args.length - 1) throw new UsageError(`guard needs the server's command after --\n${USAGE}`);
  const [command, ...commandArgs] = args.slice(split + 1) as [string, ...string[]];
  const { positionals, values: flags } = parseCommandLine(args.slice(0, split), {
    options: { policy: { type: "string" }, audit: { type: "string" }, identity: { type: "string" }, state: { type: "string" }, annotate: { type: "boolean" } },
    allowPositionals: true,
    hint: `\n${USAGE}`,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" before --\n${USAGE}`);
  const policyFile = flags.policy;
  if (!policyFile) throw new UsageError(`guard needs --policy FILE\n${USAGE}`);

  const policy = readPolicy(policyFile);
  if (!policy.ok) return refuseToStart(policy.messages);
  const stateFile = flags.state;
  const needsState = globalLimitPaths(policy.value);
  if (needsState.length > 0 && !stateFile) {
    return refuseToStart(
      needsState.map((path) => `${policyFile}: error: ${path}.scope: is "global", which counts for every guard process together: give --state FILE, where they share the count`),
    );
  }
  writeLines(
    process.stderr,
    lintPolicy(policy.value).map((p) => `${policyFile}: ${p.severity}: ${p.path || "(policy)"}: ${p.message}`),
  );

  let state: SharedStateFile | undefined;
  if (stateFile) {
    state = new SharedStateFile(stateFile);
    try {
      state.check();
    } catch (error) {
      return refuseToStart([`${stateFile}: error: ${error instanceof StateFileError ? error.message.replace(`${state.file}: `, "") : String(error)}`]);
    }
  }

  const auditFile = flags.audit;
  let auditFd: number | undefined;
  if (auditFile) {
    try {
      auditFd = fs.openSync(auditFile, "a");
    } catch (error) {
      return refuseToStart([`${auditFile}: error: cannot be opened for appending (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
    }
  }

  const timeout = Number(process.env.CATALOGUE_GUARD_STARTUP_TIMEOUT ?? DEFAULT_STARTUP_TIMEOUT_S);
  if (!(timeout > 0)) throw new UsageError(`CATALOGUE_GUARD_STARTUP_TIMEOUT must be a number of seconds above 0, not "${process.env.CATALOGUE_GUARD_STARTUP_TIMEOUT}"`);

  try {
    return await runGuardProcess({
      policy: policy.value,
      identity: flags.identity ?? defaultIdentity(),
      annotate: flags.annotate ?? false,
      ...(auditFd !== undefined ? { auditFd } : {}),
      ...(state ? { state } : {}),
      command,
      args: commandArgs,
      startupTimeoutMs: timeout * 1000,
    });
  } finally {
    if (auditFd !== undefined) fs.closeSync(auditFd);
  }
}

function refuseToStart(messages: readonly string[]): number {
  writeLines(process.stderr, [...messages, "catalogue guard: not started: fix the problems above"]);
  return 2;
}

function defaultIdentity(): string {
  try {
    return os.userInfo().username || "local";
  } catch {
    return "local";
  }
}
