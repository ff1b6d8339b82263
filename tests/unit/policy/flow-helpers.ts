import { dataFlowWarning, serverPolicy } from "@/lib/catalogue/queries";
import type { Catalogue } from "@/lib/content";
import { allowsWithoutApproval } from "@/lib/policy/flow-approval";

/** The check the catalogue promises: on a server with an exfiltration path, no sending tool runs unattended. Returns the offenders. */
export function sendingToolsAllowedUnattended(catalogue: Catalogue): string[] {
  return catalogue.servers.flatMap((server) => {
    const path = dataFlowWarning(server.tools);
    if (!path) return [];
    const policy = serverPolicy(server);
    return path.publicSink.filter((sink) => allowsWithoutApproval(policy, sink.name)).map((sink) => `${server.slug}/${sink.name}`);
  });
}
