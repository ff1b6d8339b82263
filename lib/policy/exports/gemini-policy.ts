import { quoteName } from "../phrases";
import type { Policy } from "../schema";
import { argsCaveat, limitCaveat, planTools } from "./shared";
import { tomlComment, tomlString } from "./toml";
import type { ExportContext, PolicyExport } from "./types";

/**
 * Gemini CLI policy-engine rules: a TOML file in `~/.gemini/policies/` (user tier) or
 * `.gemini/policies/` (workspace tier), one `[[rule]]` table per rule with `mcpName` (the
 * server as named in mcpServers), `toolName` (the plain tool name), `decision` (`allow`,
 * `deny` or `ask_user`), `priority` (0 to 999, higher wins) and an optional `denyMessage`.
 * A rule with `mcpName` and no `toolName` covers every tool of the server. A `deny` with
 * no `argsPattern` also removes the tool from what the model sees, which is what "hide"
 * means. `ask_user` is treated as deny in non-interactive mode.
 * Relied on: google-gemini/gemini-cli docs/reference/policy-engine.md (TOML rule schema,
 * "Special syntax for MCP tools", decisions, priority tiers).
 */

/** Per-tool rules must outrank the server-wide default rule. */
const TOOL_PRIORITY = 500;
const DEFAULT_PRIORITY = 100;

export function geminiPolicyExport({ server, policy, tools }: ExportContext): PolicyExport {
  const plan = planTools(policy, tools);
  const blocks: string[] = [
    tomlComment(`Access policy for the MCP server ${quoteName(server)}, from the MCP tool catalogue.\nSave as ~/.gemini/policies/${server}.toml (or .gemini/policies/ in a workspace).`),
  ];

  const reasonOf = (tool: string) => policy.tools?.[tool]?.reason;
  const add = (tool: string, decision: "allow" | "deny" | "ask_user", note: string, denyMessage?: string) => {
    const lines = [tomlComment(note), "[[rule]]", `mcpName = ${tomlString(server)}`, `toolName = ${tomlString(tool)}`, `decision = ${tomlString(decision)}`, `priority = ${TOOL_PRIORITY}`];
    if (denyMessage) lines.push(`denyMessage = ${tomlString(denyMessage)}`);
    blocks.push(lines.join("\n"));
  };

  for (const tool of plan.hide) add(tool, "deny", `${tool}: hidden`, reasonOf(tool) ?? "Hidden by policy: this tool is not available to the agent.");
  for (const tool of plan.deny) add(tool, "deny", `${tool}: denied`, reasonOf(tool) ?? "Denied by policy.");
  for (const tool of plan.approve) add(tool, "ask_user", `${tool}: a person approves each call`);
  for (const tool of plan.allowWithArgs) add(tool, "ask_user", `${tool}: allowed only with checked arguments, so a person checks each call`);
  for (const tool of plan.allow) add(tool, "allow", `${tool}: allowed`);

  blocks.push(
    [
      tomlComment(`Every other tool of ${server}: default ${policy.default}`),
      "[[rule]]",
      `mcpName = ${tomlString(server)}`,
      `decision = ${tomlString(policy.default)}`,
      `priority = ${DEFAULT_PRIORITY}`,
      ...(policy.default === "deny" ? [`denyMessage = ${tomlString("Not allowed by policy: this tool is not on the allow list.")}`] : []),
    ].join("\n"),
  );

  const caveats = [
    ...limitCaveat(policy, plan, "The Gemini CLI policy engine"),
    ...argsCaveat(policy, plan.allowWithArgs, "This export", "The tool gets ask_user so a person sees the arguments of every call (an argsPattern over the arguments' JSON could not express these checks exactly)."),
    ...serverNameCaveat(server),
  ];
  if (plan.approve.length + plan.allowWithArgs.length > 0) {
    caveats.push("ask_user is treated as deny when Gemini CLI runs non-interactively, so those tools are refused in headless runs.");
  }
  caveats.push(...tierCaveat(policy));

  return { id: "gemini-cli-policy", label: "Gemini CLI policy engine", fileName: `${server}.toml`, language: "toml", content: blocks.join("\n\n") + "\n", caveats };
}

function serverNameCaveat(server: string): string[] {
  if (!server.includes("_")) return [];
  return [
    `Gemini CLI warns against "_" in MCP server names: its parser splits mcp_<server>_<tool> at the first underscore, so rules for ${quoteName(server)} may fail silently. Rename the server in mcpServers (e.g. ${quoteName(server.replace(/_/g, "-"))}) and in this file.`,
  ];
}

function tierCaveat(policy: Policy): string[] {
  return policy.default === "deny"
    ? ["Rules in admin policy files outrank this user file; an admin rule that allows the server's tools would win over the default deny here."]
    : [];
}
