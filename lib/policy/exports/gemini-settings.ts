import { quoteName } from "../phrases";
import { argsCaveat, limitCaveat, planTools, unknownToolsCaveat } from "./shared";
import type { ExportContext, PolicyExport } from "./types";

/**
 * Gemini CLI settings.json (`~/.gemini/settings.json` or `.gemini/settings.json`):
 * `mcpServers.<server>.includeTools` (only these tools are offered to the model) and
 * `mcpServers.<server>.excludeTools` (never offered; exclusion wins over inclusion), next
 * to the server's `command`/`url` fields. Settings cannot say "ask first" per tool: with
 * `trust` false (the default) Gemini CLI asks before calls to the server's tools.
 * Relied on: google-gemini/gemini-cli docs/tools/mcp-server.md (mcpServers properties
 * includeTools, excludeTools, trust) and docs/cli/configuration.md.
 */
export function geminiSettingsExport({ server, policy, tools }: ExportContext): PolicyExport {
  const plan = planTools(policy, tools);
  const offered = [...plan.allow, ...plan.allowWithArgs, ...plan.approve];
  const excluded = [...plan.deny, ...plan.hide];
  const entry: Record<string, unknown> = {};
  const caveats: string[] = [];

  if (policy.default === "deny") {
    if (offered.length > 0) {
      entry.includeTools = offered;
    } else if (tools) {
      excluded.push(...plan.unnamed);
    }
    if (offered.length === 0) {
      caveats.push("The policy allows no tool of this server at all. An empty includeTools is not a documented way to offer nothing, so the known tools are listed under excludeTools instead; removing the server from mcpServers is simpler.");
    }
  }
  if (excluded.length > 0) entry.excludeTools = excluded;
  entry.trust = false;

  caveats.push(
    "Merge this into your existing entry for the server in mcpServers: keep its command, args, url and env.",
    "Settings cannot tell \"allowed\" from \"needs approval\": with trust false Gemini CLI asks before every call to an included tool. To let some tools run without asking, use the policy-engine export instead.",
    ...limitCaveat(policy, plan, "Gemini CLI"),
    ...argsCaveat(policy, plan.allowWithArgs, "Gemini CLI settings", "The tool is included and Gemini CLI asks before each call, so a person can check them."),
  );
  if (policy.default === "deny" && offered.length === 0) {
    caveats.push(...unknownToolsCaveat(policy, tools, "Gemini CLI", "list every tool of the server under excludeTools, or remove the server."));
  }
  if (plan.approve.length > 0) {
    caveats.push(`${plan.approve.map(quoteName).join(", ")} need${plan.approve.length === 1 ? "s" : ""} a person's approval; that holds only while trust stays false for this server.`);
  }

  const content = JSON.stringify({ mcpServers: { [server]: entry } }, null, 2) + "\n";
  return { id: "gemini-cli-settings", label: "Gemini CLI settings", fileName: "settings.json", language: "json", content, caveats };
}
