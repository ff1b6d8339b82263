import { exfiltrationPath } from "../classify/flows";
import type { Role } from "../taxonomy";
import { isHidden, listNames, ruleAction, ruleFor } from "./phrases";
import type { Policy, PolicyRule } from "./schema";

/**
 * Policies that follow the flow analysis. A server whose tools read untrusted content, read
 * private data and send data out carries a warning that the sending side needs a person; its
 * recommended policy must say the same, or the page contradicts itself. So on such a server
 * every sending tool that its own verdict would let run unattended needs approval instead.
 * Everything else about the rule (limits, argument checks) stays: approval is added, not swapped.
 */

export interface FlowTool {
  name: string;
  roles: readonly Role[];
  policy: Policy;
}

/** The reason a sending tool's rule gives, naming the tools that make the path (the first few of each). */
export function sendingApprovalReason(path: { untrustedInput: readonly string[]; privateData: readonly string[] }): string {
  return (
    "Needs a person's approval: with private data and untrusted content on this server, an agent could send data out. " +
    `Text read by ${listNames(path.untrustedInput, 3)} can carry instructions, and ${listNames(path.privateData, 3)} can read private data.`
  );
}

/** True when a call to `tool` can run with no person in the loop: not hidden, and allowed by its rule or by the default. */
export function allowsWithoutApproval(policy: Policy, tool: string): boolean {
  if (isHidden(policy, tool)) return false;
  const rule = ruleFor(policy, tool);
  return rule ? ruleAction(rule) === "allow" : policy.default === "allow";
}

/** The policy with `tool` needing approval where it allowed; a policy that already holds it back comes back unchanged. */
export function requireApproval(policy: Policy, tool: string, reason: string): Policy {
  if (!allowsWithoutApproval(policy, tool)) return policy;
  const rule: PolicyRule = { ...ruleFor(policy, tool), action: "approve", reason };
  return { ...policy, tools: { ...policy.tools, [tool]: rule } };
}

/**
 * The tools of one server with the flow rule applied: when the server has an exfiltration path,
 * each sending tool's policy needs approval. Tools that change get a new object; the rest are
 * returned as they are, and so is the whole list when there is no path.
 */
export function approveSendingOnExfiltrationPaths<T extends FlowTool>(tools: readonly T[]): T[] {
  const path = exfiltrationPath(tools, (tool) => tool.roles);
  if (!path) return [...tools];
  const reason = sendingApprovalReason({
    untrustedInput: path.untrustedInput.map((tool) => tool.name),
    privateData: path.privateData.map((tool) => tool.name),
  });
  const sending = new Set<T>(path.publicSink);
  return tools.map((tool) => {
    if (!sending.has(tool)) return tool;
    const policy = requireApproval(tool.policy, tool.name, reason);
    return policy === tool.policy ? tool : { ...tool, policy };
  });
}
