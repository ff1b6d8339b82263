import { quoteName } from "../phrases";
import { argsCaveat, limitCaveat, planTools } from "./shared";
import { tomlComment, tomlKey, tomlString, tomlStringArray } from "./toml";
import type { ExportContext, PolicyExport } from "./types";

/**
 * Codex `~/.codex/config.toml`, in the server's `[mcp_servers.<server>]` table:
 * `enabled_tools` (allow list of tools offered), `disabled_tools` (deny list applied after
 * it), `enabled` (false turns the server off), `default_tools_approval_mode` and, per tool,
 * `[mcp_servers.<server>.tools.<tool>] approval_mode`, each `auto`, `prompt` or `approve`
 * (`approve` runs without asking, `prompt` asks every time).
 * Relied on: openai/codex docs/config.md and the Codex configuration reference
 * (developers.openai.com/codex/config-reference: mcp_servers.<id>.enabled_tools,
 * .disabled_tools, .default_tools_approval_mode, .tools.<tool>.approval_mode).
 */
export function codexExport({ server, policy, tools }: ExportContext): PolicyExport {
  const plan = planTools(policy, tools);
  const table = `mcp_servers.${tomlKey(server)}`;
  const offered = [...plan.allow, ...plan.allowWithArgs, ...plan.approve];
  const disabled = [...plan.deny, ...plan.hide];
  const caveats: string[] = [];

  const head = [
    tomlComment(`Access policy for the MCP server ${quoteName(server)}, from the MCP tool catalogue.\nMerge into the [${table}] table of ~/.codex/config.toml, keeping its command, args, url and env.`),
    `[${table}]`,
  ];
  if (policy.default === "deny") {
    if (offered.length === 0) {
      head.push("enabled = false");
      caveats.push("The policy allows no tool of this server, so the export turns the server off (enabled = false).");
    } else {
      head.push(`enabled_tools = ${tomlStringArray(offered)}`);
    }
  }
  if (disabled.length > 0) head.push(`disabled_tools = ${tomlStringArray(disabled)}`);
  // Under default allow, tools the policy does not name run without asking, as the policy says.
  head.push(`default_tools_approval_mode = ${tomlString(policy.default === "allow" ? "approve" : "prompt")}`);

  const blocks = [head.join("\n")];
  const mode = (tool: string, approvalMode: "approve" | "prompt") =>
    blocks.push(`[${table}.tools.${tomlKey(tool)}]\napproval_mode = ${tomlString(approvalMode)}`);
  for (const tool of plan.allow) mode(tool, "approve");
  for (const tool of plan.allowWithArgs) mode(tool, "prompt");
  for (const tool of plan.approve) mode(tool, "prompt");

  caveats.push(
    ...limitCaveat(policy, plan, "Codex"),
    ...argsCaveat(policy, plan.allowWithArgs, "Codex", "The tool gets approval_mode \"prompt\" so a person sees the arguments of every call."),
  );
  if (plan.allow.length > 0) {
    caveats.push("approval_mode \"approve\" pre-approves a tool's calls; Codex's sandbox and approval_policy settings still apply to what happens around them.");
  }
  return { id: "codex", label: "Codex", fileName: "config.toml", language: "toml", content: blocks.join("\n\n") + "\n", caveats };
}
