import { listNames } from "../phrases";
import { UNKNOWN_LAUNCH } from "./launch";
import { argsCaveat, launchCaveat, limitCaveat, planTools, singleToolCaveat, unknownToolsCaveat } from "./shared";
import { TESTED_CLIENTS, testedWith } from "./tested-clients";
import type { Caveat, ExportContext, PolicyExport } from "./types";

/**
 * Gemini CLI settings.json (`~/.gemini/settings.json` or `.gemini/settings.json`):
 * `mcpServers.<server>.includeTools` (only these tools are offered to the model) and
 * `mcpServers.<server>.excludeTools` (never offered; exclusion wins over inclusion), next
 * to the server's `command`/`url` fields. Settings cannot say "ask first" per tool: with
 * `trust` false (the default) Gemini CLI asks before calls to the server's tools.
 * Relied on: google-gemini/gemini-cli docs/tools/mcp-server.md (mcpServers properties
 * includeTools, excludeTools, trust) and, in tests/clients, isEnabled() of
 * @google/gemini-cli-core (tools/mcp-client.js), which applies the two lists.
 */
export function geminiSettingsExport(ctx: ExportContext): PolicyExport {
  const { name, policy, tools, only } = ctx;
  const plan = planTools(ctx);
  const offered = [...plan.allow, ...plan.allowWithArgs, ...plan.approve];
  const excluded = [...plan.deny, ...plan.hide];
  const fields: Record<string, unknown> = {};
  const caveats: Caveat[] = [...singleToolCaveat(plan, only)];

  if (plan.single) {
    if (offered.length > 0) {
      caveats.push({
        topic: "allow one tool",
        text: `Settings can offer a tool only by listing every offered tool in includeTools, which would hide the server's other tools, so this snippet leaves ${listNames(offered)} as your includeTools has it. Gemini CLI asks before each call while trust is false.`,
      });
    }
  } else if (policy.default === "deny") {
    if (offered.length > 0) {
      fields.includeTools = offered;
    } else {
      if (tools) excluded.push(...plan.unnamed);
      caveats.push({
        topic: "nothing allowed",
        text: "The policy allows no tool of this server at all. An empty includeTools is not a documented way to offer nothing, so the known tools are listed under excludeTools instead; removing the server from mcpServers is simpler.",
      });
    }
  }
  if (excluded.length > 0) fields.excludeTools = excluded;
  fields.trust = false;

  if (plan.allow.length > 0 || (!plan.single && policy.default === "allow")) {
    caveats.push({
      topic: "approval",
      text: 'Settings cannot tell "allowed" from "needs approval": with trust false Gemini CLI asks before every call to an offered tool. To let some tools run without asking, use the policy-engine export instead.',
    });
  }
  caveats.push(
    ...limitCaveat(policy, plan, "Gemini CLI"),
    ...argsCaveat(policy, plan.allowWithArgs, "Gemini CLI settings", "They are offered and Gemini CLI asks before each call, so a person can check them."),
    ...launchCaveat(ctx, "settings.json"),
  );
  if (!plan.single && policy.default === "deny" && offered.length === 0) {
    caveats.push(...unknownToolsCaveat(policy, plan, tools, "Gemini CLI", "list every tool of the server under excludeTools, or remove the server."));
  }

  const launch = ctx.launch ?? UNKNOWN_LAUNCH;
  const entry = { command: launch.command, args: launch.args, ...fields };
  return {
    id: "gemini-settings",
    label: "Gemini CLI settings",
    fileName: "settings.json",
    location: "~/.gemini/settings.json for every project, or .gemini/settings.json in one project",
    language: "json",
    content: JSON.stringify({ mcpServers: { [name]: entry } }, null, 2) + "\n",
    rules: JSON.stringify(fields, null, 2) + "\n",
    mergeHint: `Put these fields in your "mcpServers" entry "${name}", beside its command, args and env.`,
    testedWith: testedWith(TESTED_CLIENTS.geminiCli),
    caveats,
  };
}
