import { quoteName } from "../phrases";
import { argsCaveat, limitCaveat, planTools, unknownToolsCaveat } from "./shared";
import type { ExportContext, PolicyExport } from "./types";

/**
 * Claude Code permission rules in settings.json (`.claude/settings.json` or
 * `~/.claude/settings.json`): `permissions.allow`, `permissions.ask` and
 * `permissions.deny`, each a list of rule strings. An MCP tool's rule is
 * `mcp__<server>__<tool>`, and `mcp__<server>` alone matches every tool of that server.
 * Rules are checked deny first, then ask, then allow; the first match wins, so a deny or
 * ask for one tool beats an allow for the whole server. A call no rule matches falls to
 * the permission mode (by default Claude Code asks).
 * Relied on: code.claude.com/docs/en/permissions and /en/settings (permission rule syntax,
 * MCP rules, evaluation order), as quoted by the claude-code-settings crate's docs
 * (docs.rs/claude-code-settings) and the lintel schema catalogue for Claude Code rules.
 */
export function claudeCodeExport({ server, policy, tools }: ExportContext): PolicyExport {
  const plan = planTools(policy, tools);
  const rule = (tool: string) => `mcp__${server}__${tool}`;
  const allow = plan.allow.map(rule);
  const ask = [...plan.approve, ...plan.allowWithArgs].map(rule);
  const deny = [...plan.deny, ...plan.hide].map(rule);
  if (policy.default === "allow") allow.push(`mcp__${server}`);
  else deny.push(...plan.unnamed.map(rule));

  const caveats = [
    ...limitCaveat(policy, plan, "Claude Code"),
    ...argsCaveat(policy, plan.allowWithArgs, "Claude Code", "This export puts the tool under \"ask\" so a person sees the arguments of every call."),
    ...unknownToolsCaveat(policy, tools, "Claude Code", "a tool no rule names falls to the permission mode, which normally asks you each time rather than refusing. Add the server's other tools to \"deny\" yourself."),
  ];
  if (plan.hide.length > 0) {
    caveats.push(
      `Claude Code has no "hide": ${plan.hide.map(quoteName).join(", ")} ${plan.hide.length === 1 ? "is" : "are"} listed under "deny", so every call is refused, but the tool may still appear in the agent's list.`,
    );
  }
  const odd = [...new Set([...Object.keys(policy.tools ?? {}), ...plan.hide, ...plan.unnamed])].filter((t) => !/^[A-Za-z0-9_-]+$/.test(t));
  if (odd.length > 0) {
    caveats.push(
      `${odd.map(quoteName).join(", ")} ${odd.length === 1 ? "has a name" : "have names"} with characters other than letters, digits, "_" and "-"; Claude Code may rewrite such names in mcp__ rules, so check the rule matches the name \`/permissions\` shows.`,
    );
  }
  if (!/^[A-Za-z0-9_-]+$/.test(server)) caveats.push(`The server name ${quoteName(server)} must match the name you gave the server in Claude Code's MCP configuration.`);

  const content = JSON.stringify({ permissions: { allow, ask, deny } }, null, 2) + "\n";
  return { id: "claude-code", label: "Claude Code", fileName: "settings.json", language: "json", content, caveats };
}
