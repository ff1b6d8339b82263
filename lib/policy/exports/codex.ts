import { quoteName } from "../phrases";
import { UNKNOWN_LAUNCH } from "./launch";
import { argsCaveat, launchCaveat, limitCaveat, planTools, singleToolCaveat } from "./shared";
import { TESTED_CLIENTS, testedWith } from "./tested-clients";
import { tomlComment, tomlKey, tomlString, tomlStringArray } from "./toml";
import type { Caveat, ExportContext, PolicyExport } from "./types";

/**
 * Codex `~/.codex/config.toml`, in the server's `[mcp_servers.<server>]` table:
 * `enabled_tools` (allow list of tools offered), `disabled_tools` (deny list applied after
 * it), `enabled` (false turns the server off), `default_tools_approval_mode` and, per tool,
 * `[mcp_servers.<server>.tools.<tool>] approval_mode`, each `auto`, `prompt`, `writes` or
 * `approve` (`approve` runs without asking, `prompt` asks every time). The table needs a
 * transport (`command` or `url`), or Codex refuses the whole config.
 * Relied on: the Codex configuration reference (developers.openai.com/codex/config-reference)
 * and `codex mcp get --json` of the release in TESTED_CLIENTS, which loads every export in
 * tests/clients.
 */
export function codexExport(ctx: ExportContext): PolicyExport {
  const { name, policy, only } = ctx;
  const plan = planTools(ctx);
  const table = `mcp_servers.${tomlKey(name)}`;
  const offered = [...plan.allow, ...plan.allowWithArgs, ...plan.approve];
  const disabled = [...plan.deny, ...plan.hide];
  const caveats: Caveat[] = [...singleToolCaveat(plan, only)];

  const keys: string[] = [];
  if (!plan.single && policy.default === "deny") {
    if (offered.length === 0) {
      keys.push("enabled = false");
      caveats.push({ topic: "server off", text: "The policy allows no tool of this server, so the export turns the server off (enabled = false)." });
    } else {
      keys.push(`enabled_tools = ${tomlStringArray(offered)}`);
    }
  }
  if (disabled.length > 0) keys.push(`disabled_tools = ${tomlStringArray(disabled)}`);
  // Under default allow, tools the policy does not name run without asking, as the policy says.
  if (!plan.single) keys.push(`default_tools_approval_mode = ${tomlString(policy.default === "allow" ? "approve" : "prompt")}`);

  const toolTables: string[] = [];
  const mode = (tool: string, approvalMode: "approve" | "prompt") =>
    toolTables.push(`[${table}.tools.${tomlKey(tool)}]\napproval_mode = ${tomlString(approvalMode)}`);
  for (const tool of plan.allow) mode(tool, "approve");
  for (const tool of plan.allowWithArgs) mode(tool, "prompt");
  for (const tool of plan.approve) mode(tool, "prompt");

  caveats.push(
    ...limitCaveat(policy, plan, "Codex"),
    ...argsCaveat(policy, plan.allowWithArgs, "Codex", 'They get approval_mode "prompt" so a person sees the arguments of every call.'),
    ...launchCaveat(ctx, "config.toml"),
  );
  if (plan.allow.length > 0) {
    caveats.push({ topic: "pre-approval", text: 'approval_mode "approve" pre-approves a tool\'s calls; Codex\'s sandbox and approval_policy settings still apply to what happens around them.' });
  }
  if (plan.single && disabled.length > 0) {
    caveats.push({ topic: "merging lists", text: "If the server's table already has disabled_tools, add the tool to that list: a key may appear only once in a TOML table." });
  }

  const launch = ctx.launch ?? UNKNOWN_LAUNCH;
  const header = tomlComment(`Access policy for the MCP server ${quoteName(name)}, from the MCP tool catalogue.`);
  const serverTable = [`[${table}]`, `command = ${tomlString(launch.command)}`, `args = ${tomlStringArray(launch.args)}`, ...keys].join("\n");
  const ruleKeys = keys.length > 0 ? [`# in [${table}]`, ...keys].join("\n") : "";
  return {
    id: "codex",
    label: "Codex",
    fileName: "config.toml",
    location: "~/.codex/config.toml",
    language: "toml",
    content: [header, serverTable, ...toolTables].join("\n\n") + "\n",
    rules: [ruleKeys, ...toolTables].filter(Boolean).join("\n\n") + "\n",
    mergeHint: `Put the keys in your [${table}] table, beside its command, args and env, and add the [${table}.tools.*] tables after it.`,
    testedWith: testedWith(TESTED_CLIENTS.codex),
    caveats,
  };
}
