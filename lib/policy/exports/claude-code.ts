import { listNames, quoteName } from "../phrases";
import { argsCaveat, limitCaveat, planTools, singleToolCaveat, unknownToolsCaveat } from "./shared";
import { TESTED_CLIENTS, testedWith } from "./tested-clients";
import type { Caveat, ExportContext, PolicyExport } from "./types";

/**
 * Claude Code permission rules in settings.json (`.claude/settings.json` or
 * `~/.claude/settings.json`): `permissions.allow`, `permissions.ask` and
 * `permissions.deny`, each a list of rule strings. An MCP tool's rule is
 * `mcp__<server>__<tool>`, where <server> is the name in the person's MCP config, and
 * `mcp__<server>` alone matches every tool of that server. Rules are checked deny first,
 * then ask, then allow, so a deny or ask for one tool beats an allow for the whole server.
 * A call no rule matches falls to the permission mode (by default Claude Code asks).
 * Relied on: code.claude.com/docs/en/permissions (rule syntax, MCP rules, evaluation
 * order); `claude doctor` of the release in TESTED_CLIENTS validates every rule we write
 * (tests/clients). Claude Code calls a server's tool mcp__<server>__<tool> with characters
 * other than letters, digits, "_" and "-" rewritten to "_" in both parts (its
 * normalizeMcpServerName, the same rewrite for tool names), so rules name tools that way.
 */
export function claudeCodeExport(ctx: ExportContext): PolicyExport {
  const { name, policy, tools, only } = ctx;
  const plan = planTools(ctx);
  const rule = (tool: string) => `mcp__${name}__${claudeToolName(tool)}`;
  const allow = plan.allow.map(rule);
  const ask = [...plan.approve, ...plan.allowWithArgs].map(rule);
  const deny = [...plan.deny, ...plan.hide].map(rule);
  if (!plan.single) {
    if (policy.default === "allow") allow.push(`mcp__${name}`);
    else deny.push(...plan.unnamed.map(rule));
  }

  const caveats: Caveat[] = [
    ...singleToolCaveat(plan, only),
    ...limitCaveat(policy, plan, "Claude Code"),
    ...argsCaveat(policy, plan.allowWithArgs, "Claude Code", 'This export puts them under "ask" so a person sees the arguments of every call.'),
    ...unknownToolsCaveat(policy, plan, tools, "Claude Code", 'a tool no rule names falls to the permission mode, which normally asks you each time rather than refusing. Add the server\'s other tools to "deny" yourself.'),
  ];
  if (plan.hide.length > 0) {
    caveats.push({
      topic: "hide",
      text: `Claude Code has no "hide": ${listNames(plan.hide, 8)} ${plan.hide.length === 1 ? "is" : "are"} listed under "deny", so every call is refused, but the agent may still see ${plan.hide.length === 1 ? "the tool" : "them"} in its list.`,
    });
  }
  caveats.push(...renamedCaveat([...plan.allow, ...plan.allowWithArgs, ...plan.approve, ...plan.deny, ...plan.hide, ...plan.unnamed]));

  const lists = { allow, ask, deny };
  const nonEmpty = Object.fromEntries(Object.entries(lists).filter(([, rules]) => rules.length > 0));
  return {
    id: "claude-code",
    label: "Claude Code",
    fileName: "settings.json",
    location: "~/.claude/settings.json for every project, or .claude/settings.json in one project",
    language: "json",
    content: JSON.stringify({ permissions: lists }, null, 2) + "\n",
    rules: JSON.stringify(nonEmpty, null, 2) + "\n",
    mergeHint: 'Add each rule to the list of the same name under "permissions" in your settings.json.',
    testedWith: testedWith(TESTED_CLIENTS.claudeCode),
    caveats,
  };
}

/** The tool part of Claude Code's name for an MCP tool. */
export function claudeToolName(tool: string): string {
  return tool.replace(/[^a-zA-Z0-9_-]/g, "_");
}

/** Tools Claude Code renames, and tools it gives the same name, which no rule can tell apart. */
function renamedCaveat(tools: readonly string[]): Caveat[] {
  const byClaudeName = new Map<string, string[]>();
  for (const tool of new Set(tools)) byClaudeName.set(claudeToolName(tool), [...(byClaudeName.get(claudeToolName(tool)) ?? []), tool]);
  const renamed = [...byClaudeName.values()].flat().filter((tool) => claudeToolName(tool) !== tool);
  const caveats: Caveat[] = [];
  if (renamed.length > 0) {
    caveats.push({
      topic: "tool names",
      text: `Claude Code rewrites characters other than letters, digits, "_" and "-" to "_" in tool names, so the rules for ${listNames(renamed, 8)} name them as Claude Code does; check them against the names \`/permissions\` shows.`,
    });
  }
  for (const group of [...byClaudeName.values()].filter((g) => g.length > 1)) {
    caveats.push({
      topic: "clashing names",
      text: `Claude Code gives ${listNames(group)} the same name (${quoteName(claudeToolName(group[0]!))}), so their rules apply to all of them, and deny wins over ask and allow.`,
    });
  }
  return caveats;
}
