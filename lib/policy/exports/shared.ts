import { describeConstraint, describeLimit, isHidden, listNames, plural, quoteName, ruleAction, ruleFor } from "../phrases";
import type { Policy } from "../schema";
import type { Caveat, ExportContext } from "./types";

/** The policy sorted into what each client format needs to know, tool by tool. */
export interface ToolPlan {
  /** Allowed with no limit and no argument check: every format can say this. */
  allow: string[];
  /** Allowed, but with argument checks no client format can make. */
  allowWithArgs: string[];
  /** A person approves each call. */
  approve: string[];
  deny: string[];
  hide: string[];
  /** Server tools the policy does not name (only when the tool list is known and the whole server is exported). */
  unnamed: string[];
  /** Tools whose rule has limits (allowed or approved). */
  limited: string[];
  /** True when the export covers one tool only and must leave the server's defaults alone. */
  single: boolean;
}

export function planTools({ policy, tools, only }: Pick<ExportContext, "policy" | "tools" | "only">): ToolPlan {
  const plan: ToolPlan = { allow: [], allowWithArgs: [], approve: [], deny: [], hide: [], unnamed: [], limited: [], single: only !== undefined };
  if (only !== undefined) {
    placeTool(plan, policy, only);
    return plan;
  }
  plan.hide.push(...(policy.hide ?? []));
  for (const tool of Object.keys(policy.tools ?? {})) {
    if (!isHidden(policy, tool)) placeTool(plan, policy, tool);
  }
  if (tools) {
    const named = new Set([...Object.keys(policy.tools ?? {}), ...plan.hide]);
    plan.unnamed = [...new Set(tools)].filter((tool) => !named.has(tool));
  }
  return plan;
}

/** One tool into its list; a tool with no rule gets the policy's default. */
function placeTool(plan: ToolPlan, policy: Policy, tool: string): void {
  if (isHidden(policy, tool)) {
    plan.hide.push(tool);
    return;
  }
  const rule = ruleFor(policy, tool);
  if (!rule) {
    (policy.default === "allow" ? plan.allow : plan.deny).push(tool);
    return;
  }
  const action = ruleAction(rule);
  if (action === "deny") {
    plan.deny.push(tool);
    return;
  }
  if ((rule.limits ?? []).length > 0) plan.limited.push(tool);
  if (action === "approve") plan.approve.push(tool);
  else if (Object.keys(rule.args ?? {}).length > 0) plan.allowWithArgs.push(tool);
  else plan.allow.push(tool);
}

const GUARD_HINT = "To enforce limits, run the server behind catalogue guard, which counts every call.";

/** The caveat every format shares: none of them can count calls. One caveat, however many tools. */
export function limitCaveat(policy: Policy, plan: ToolPlan, client: string): Caveat[] {
  const [first] = plan.limited;
  if (first === undefined) return [];
  const text =
    plan.limited.length === 1
      ? `${client} cannot count calls: ${quoteName(first)} should get ${(ruleFor(policy, first)?.limits ?? []).map(describeLimit).join(" and ")}, but this export lets it run without counting. ${GUARD_HINT}`
      : `${client} cannot count calls: the policy limits ${plural(plan.limited.length, "tool")} (${listNames(plan.limited, 8)}), but this export lets them run without counting. ${GUARD_HINT}`;
  return [{ topic: "rate limits", text }];
}

export function argsCaveat(policy: Policy, tools: readonly string[], client: string, fallback: string): Caveat[] {
  const checked = tools.filter((tool) => Object.keys(ruleFor(policy, tool)?.args ?? {}).length > 0);
  const [first] = checked;
  if (first === undefined) return [];
  if (checked.length > 1) {
    return [{ topic: "argument checks", text: `${client} cannot check arguments: the policy checks the arguments of ${plural(checked.length, "tool")} (${listNames(checked, 8)}). ${fallback}` }];
  }
  const checks = Object.entries(ruleFor(policy, first)?.args ?? {})
    .map(([name, c]) => `${quoteName(name)} ${describeConstraint(c).join(" and ")}`)
    .join("; ");
  return [{ topic: "argument checks", text: `${client} cannot check arguments: for ${quoteName(first)}, ${checks}. ${fallback}` }];
}

export function unknownToolsCaveat(policy: Policy, plan: ToolPlan, tools: readonly string[] | undefined, client: string, whatHappens: string): Caveat[] {
  if (plan.single || policy.default !== "deny" || tools) return [];
  return [
    {
      topic: "unlisted tools",
      text: `The policy's default is deny, but the server's full tool list was not given, so this export cannot name the tools it does not mention. In ${client}, ${whatHappens}`,
    },
  ];
}

/** The caveat of a tool-page export: it says nothing about the server's other tools. */
export function singleToolCaveat(plan: ToolPlan, tool: string | undefined): Caveat[] {
  if (!plan.single || tool === undefined) return [];
  return [
    {
      topic: "this tool only",
      text: `These rules cover ${quoteName(tool)} alone and leave the server's other tools as your setup has them. For one file for the whole server, take the server page's export.`,
    },
  ];
}

/** When the server's command is unknown, the whole-file exports carry a stand-in to replace. */
export function launchCaveat(ctx: ExportContext, fileName: string): Caveat[] {
  if (ctx.launch) return [];
  return [{ topic: "server command", text: `The catalogue does not know how this server is started: replace the command in the whole ${fileName} with yours.` }];
}

export function countTools(names: readonly string[]): string {
  return `${plural(names.length, "tool")} (${listNames(names, 8)})`;
}
