import { listNames, quoteName, ruleFor } from "../phrases";
import { argsCaveat, limitCaveat, planTools, singleToolCaveat } from "./shared";
import { TESTED_CLIENTS, testedWith } from "./tested-clients";
import { tomlComment, tomlString } from "./toml";
import type { Caveat, ExportContext, PolicyExport } from "./types";

/**
 * Gemini CLI policy-engine rules: a TOML file in `~/.gemini/policies/` (user tier) or
 * `.gemini/policies/` (workspace tier), one `[[rule]]` table per rule with `toolName`
 * (required: the loader rejects the whole file when a rule lacks it; "*" is its wildcard),
 * `mcpName` (the server as named in mcpServers), `decision` (`allow`, `deny` or `ask_user`),
 * `priority` (0 to 999, higher wins) and an optional `denyMessage`. A `deny` with no
 * `argsPattern` also removes the tool from what the model sees, which is what "hide" means.
 * `ask_user` is treated as deny in non-interactive mode.
 * Relied on: the code of @google/gemini-cli-core at the release in TESTED_CLIENTS:
 * policy/toml-loader.js (schema, mcpName + toolName become "mcp_<server>_<tool>"),
 * policy/policy-engine.js (matching, wildcards) and tools/mcp-tool.js (generateValidName,
 * the name a tool is called by); tests/clients loads every export with them.
 */

/** Per-tool rules must outrank the server-wide default rule. */
const TOOL_PRIORITY = 500;
const DEFAULT_PRIORITY = 100;
/** Gemini's function-name limit (MAX_FUNCTION_NAME_LENGTH 64, minus one for safety, as it does). */
const MAX_NAME = 63;

type GeminiDecision = "allow" | "deny" | "ask_user";

export function geminiPolicyExport(ctx: ExportContext): PolicyExport {
  const { name, policy, tools, only } = ctx;
  const plan = planTools(ctx);
  const rules: string[] = [];
  const reasonOf = (tool: string) => ruleFor(policy, tool)?.reason;
  const add = (tool: string, decision: GeminiDecision, note: string, denyMessage?: string) => {
    const lines = [tomlComment(note), "[[rule]]", ...ruleTarget(name, tool), `decision = ${tomlString(decision)}`, `priority = ${TOOL_PRIORITY}`];
    if (denyMessage) lines.push(`denyMessage = ${tomlString(denyMessage)}`);
    rules.push(lines.join("\n"));
  };

  for (const tool of plan.hide) add(tool, "deny", `${tool}: hidden`, reasonOf(tool) ?? "Hidden by policy: this tool is not available to the agent.");
  for (const tool of plan.deny) add(tool, "deny", `${tool}: denied`, reasonOf(tool) ?? "Denied by policy.");
  for (const tool of plan.approve) add(tool, "ask_user", `${tool}: a person approves each call`);
  for (const tool of plan.allowWithArgs) add(tool, "ask_user", `${tool}: allowed only with checked arguments, so a person checks each call`);
  for (const tool of plan.allow) add(tool, "allow", `${tool}: allowed`);

  if (!plan.single) {
    // The wildcard reaches only tools whose Gemini name starts with mcp_<server>_; a tool
    // Gemini shortens past that prefix gets the default spelled out.
    const defaultDecision: GeminiDecision = policy.default;
    for (const tool of plan.unnamed.filter((t) => !geminiToolName(name, t).startsWith(`mcp_${name}_`))) {
      add(tool, defaultDecision, `${tool}: default ${policy.default} (Gemini CLI shortens its name, so the wildcard below misses it)`);
    }
    rules.push(
      [
        tomlComment(`Every other tool of ${name}: default ${policy.default}`),
        "[[rule]]",
        `mcpName = ${tomlString(name)}`,
        `toolName = ${tomlString("*")}`,
        `decision = ${tomlString(defaultDecision)}`,
        `priority = ${DEFAULT_PRIORITY}`,
        ...(policy.default === "deny" ? [`denyMessage = ${tomlString("Not allowed by policy: this tool is not on the allow list.")}`] : []),
      ].join("\n"),
    );
  }

  const caveats: Caveat[] = [
    ...singleToolCaveat(plan, only),
    ...limitCaveat(policy, plan, "The Gemini CLI policy engine"),
    ...argsCaveat(policy, plan.allowWithArgs, "This export", "They get ask_user so a person sees the arguments of every call (an argsPattern over the arguments' JSON could not express these checks exactly)."),
    ...renamedCaveat(name, only !== undefined ? [only] : [...plan.allow, ...plan.allowWithArgs, ...plan.approve, ...plan.deny, ...plan.hide, ...(tools ?? [])]),
  ];
  if (plan.approve.length + plan.allowWithArgs.length > 0) {
    caveats.push({ topic: "headless runs", text: "ask_user is treated as deny when Gemini CLI runs non-interactively, so those tools are refused in headless runs." });
  }
  if (!plan.single && policy.default === "deny") {
    caveats.push({ topic: "admin rules", text: "Rules in admin policy files outrank this user file; an admin rule that allows the server's tools would win over the default deny here." });
  }

  const fileName = only === undefined ? `${name}.toml` : `${name}-${safeFilePart(only)}.toml`;
  const rulesText = rules.join("\n\n") + "\n";
  const header = tomlComment(
    `Access policy for the MCP server ${quoteName(name)}, from the MCP tool catalogue.\nSave as ~/.gemini/policies/${fileName} (or .gemini/policies/${fileName} in a project).`,
  );
  return {
    id: "gemini-policy",
    label: "Gemini CLI policy engine",
    fileName,
    location: `~/.gemini/policies/${fileName} for every project, or .gemini/policies/${fileName} in one project`,
    language: "toml",
    content: `${header}\n\n${rulesText}`,
    rules: rulesText,
    mergeHint: "Append these [[rule]] tables to a policy file you already have, or save the whole file on its own: Gemini CLI reads every .toml file in the folder.",
    testedWith: testedWith(TESTED_CLIENTS.geminiCli),
    caveats,
  };
}

/**
 * Which tool a rule is for. Gemini CLI calls a server's tool by generateValidName, and a rule
 * with mcpName and toolName matches only "mcp_<server>_<tool>" exactly; when Gemini renames
 * the tool (characters it does not allow, names over 63 characters), the rule names the tool
 * as Gemini does instead.
 */
function ruleTarget(name: string, tool: string): string[] {
  const geminiName = geminiToolName(name, tool);
  if (geminiName === `mcp_${name}_${tool}`) return [`mcpName = ${tomlString(name)}`, `toolName = ${tomlString(tool)}`];
  return [`toolName = ${tomlString(geminiName)}`];
}

/** The name Gemini CLI gives a server's tool: generateValidName(`${server}_${tool}`) in tools/mcp-tool.js. */
export function geminiToolName(server: string, tool: string): string {
  const joined = `${server}_${tool}`;
  let valid = joined.startsWith("mcp_") ? joined : `mcp_${joined}`;
  // Per UTF-16 unit, as Gemini's own regular expression (no u flag) does.
  valid = valid.replace(/[^a-zA-Z0-9_\-.:]/g, "_");
  if (/^[^a-zA-Z_]/.test(valid)) valid = `_${valid}`;
  if (valid.length > MAX_NAME) valid = `${valid.slice(0, 30)}...${valid.slice(-30)}`;
  return valid;
}

/** Tools Gemini renames, and above all tools it gives the same name, which no rule can tell apart. */
function renamedCaveat(name: string, tools: readonly string[]): Caveat[] {
  const byGeminiName = new Map<string, string[]>();
  for (const tool of new Set(tools)) {
    const geminiName = geminiToolName(name, tool);
    byGeminiName.set(geminiName, [...(byGeminiName.get(geminiName) ?? []), tool]);
  }
  const clashes = [...byGeminiName.values()].filter((group) => group.length > 1);
  const renamed = [...byGeminiName.entries()].filter(([geminiName, group]) => group.length === 1 && geminiName !== `mcp_${name}_${group[0]}`).map(([, [tool]]) => tool!);
  const caveats: Caveat[] = [];
  if (renamed.length > 0) {
    caveats.push({
      topic: "renamed tools",
      text: `Gemini CLI renames ${listNames(renamed, 8)} (characters it does not allow become "_", names over 63 characters are shortened), so their rules name them as Gemini CLI does. A different server name changes those names: export again after renaming the server.`,
    });
  }
  for (const group of clashes) {
    caveats.push({
      topic: "clashing names",
      text: `Gemini CLI gives ${listNames(group)} the same name (${quoteName(geminiToolName(name, group[0]!))}), so one rule covers them all and the first rule that matches decides for each of them.`,
    });
  }
  return caveats;
}

function safeFilePart(tool: string): string {
  return tool.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 60) || "tool";
}
