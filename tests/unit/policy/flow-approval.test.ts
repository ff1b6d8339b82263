import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataFlowWarning, serverPolicy } from "@/lib/catalogue/queries";
import { loadCatalogue } from "@/lib/content/load";
import { explainPolicy } from "@/lib/policy/explain";
import { allowsWithoutApproval, approveSendingOnExfiltrationPaths, requireApproval, sendingApprovalReason } from "@/lib/policy/flow-approval";
import { recommendPolicy } from "@/lib/policy/recommend";
import type { Policy } from "@/lib/policy/schema";
import { makeRoot, server as serverFile, tool as toolFile } from "../content/helpers";
import { sendingToolsAllowedUnattended } from "./flow-helpers";
import { tool } from "../catalogue/entries";

const reader = tool("fetch_page", "low", "read", { roles: ["untrusted-input"] });
const inbox = tool("read_mail", "medium", "read", { roles: ["private-data"] });
const sender = tool("send_mail", "medium", "write", { roles: ["public-sink"] });
const poster = tool("post_public", "low", "write", { roles: ["public-sink"] });

describe("requireApproval", () => {
  it("turns an allow rule into approve, keeping its limits and argument checks", () => {
    const policy: Policy = {
      version: "1",
      default: "deny",
      tools: { send: { action: "allow", limits: [{ counter: "send_rate", window: "minute", max: 30, scope: "grant" }], args: { to: { enum: ["team"] } } } },
    };
    const held = requireApproval(policy, "send", "why");
    expect(held.tools?.send).toEqual({ ...policy.tools!.send, action: "approve", reason: "why" });
    expect(policy.tools?.send?.action).toBe("allow");
  });

  it("leaves hidden, denied, already approved and default-denied tools alone", () => {
    const hidden = recommendPolicy("x", "critical", "r");
    const approved = recommendPolicy("x", "high", "r");
    const denied: Policy = { version: "1", default: "deny", tools: { x: { action: "deny" } } };
    const unnamed: Policy = { version: "1", default: "deny", tools: {} };
    for (const policy of [hidden, approved, denied, unnamed]) expect(requireApproval(policy, "x", "why")).toBe(policy);
  });

  it("adds a rule when the default would allow a tool the policy does not name", () => {
    const open: Policy = { version: "1", default: "allow", tools: {} };
    expect(allowsWithoutApproval(open, "x")).toBe(true);
    expect(requireApproval(open, "x", "why").tools).toEqual({ x: { action: "approve", reason: "why" } });
  });

  it("reads tool names as data, not as object keys", () => {
    const policy = recommendPolicy("__proto__", "low", "r");
    expect(allowsWithoutApproval(policy, "__proto__")).toBe(true);
    expect(allowsWithoutApproval(policy, "constructor")).toBe(false);
    expect(Object.hasOwn(requireApproval(policy, "__proto__", "why").tools!, "__proto__")).toBe(true);
  });
});

describe("approveSendingOnExfiltrationPaths", () => {
  it("holds every sending tool for approval when the server reads untrusted content and private data", () => {
    const out = approveSendingOnExfiltrationPaths([reader, inbox, sender, poster]);
    expect(out[0]).toBe(reader);
    expect(out[1]).toBe(inbox);
    for (const sink of [out[2]!, out[3]!]) {
      const rule = sink.policy.tools?.[sink.name];
      expect(rule?.action).toBe("approve");
      expect(rule?.reason).toContain("Needs a person's approval: with private data and untrusted content on this server, an agent could send data out.");
      expect(rule?.reason).toContain('"fetch_page"');
      expect(rule?.reason).toContain('"read_mail"');
    }
    // The medium tool keeps its rate limit: approval is added, not swapped in.
    expect(out[2]!.policy.tools?.send_mail?.limits).toEqual(sender.policy.tools?.send_mail?.limits);
    expect(sender.policy.tools?.send_mail?.action).toBe("allow");
  });

  it("changes nothing when one of the three roles is missing", () => {
    const tools = [inbox, sender, poster];
    expect(approveSendingOnExfiltrationPaths(tools)).toEqual(tools);
    expect(approveSendingOnExfiltrationPaths([reader, sender])).toEqual([reader, sender]);
  });

  it("keeps hidden sending tools hidden and high ones as they were", () => {
    const wipe = tool("send_all", "critical", "write", { roles: ["public-sink"] });
    const risky = tool("send_money", "high", "financial", { roles: ["public-sink"] });
    const out = approveSendingOnExfiltrationPaths([reader, inbox, wipe, risky]);
    expect(out[2]).toBe(wipe);
    expect(out[3]).toBe(risky);
  });

  it("names at most three tools of each kind in the reason", () => {
    const reason = sendingApprovalReason({ untrustedInput: ["a", "b", "c", "d", "e"], privateData: ["p"] });
    expect(reason).toContain('"a", "b", "c" and 2 more');
    expect(reason).toContain('"p" can read private data');
  });
});

describe("the catalogue as loaded", () => {
  it("a fixture server with the path: its merged policy and each tool's own policy hold the senders, and say why", () => {
    const { root, write } = makeRoot();
    write("servers/mail/server.md", serverFile("mail"));
    write("servers/mail/tools/fetch_page.md", toolFile("fetch_page", "mail", { roles: ["untrusted-input"] }));
    write("servers/mail/tools/read_mail.md", toolFile("read_mail", "mail", { roles: ["private-data"] }));
    const medium = recommendPolicy("send_mail", "medium", "Sends mail: medium, so it is allowed, rate-limited to 30 calls a minute.");
    write("servers/mail/tools/send_mail.md", toolFile("send_mail", "mail", { category: "write", risk: "medium", roles: ["public-sink"], policy: medium }));
    write("servers/quiet/server.md", serverFile("quiet"));
    write("servers/quiet/tools/send_mail.md", toolFile("send_mail", "quiet", { category: "write", risk: "medium", roles: ["public-sink"], policy: medium }));

    const catalogue = loadCatalogue([root]);
    expect(sendingToolsAllowedUnattended(catalogue)).toEqual([]);
    const mail = catalogue.servers.find((s) => s.slug === "mail")!;
    const send = mail.tools.find((t) => t.name === "send_mail")!;
    expect(send.policy.tools?.send_mail?.action).toBe("approve");
    const explained = explainPolicy(serverPolicy(mail)).join(" ");
    expect(explained).toContain(`"send_mail" needs a person's approval for each call`);
    expect(explained).toContain("an agent could send data out");
    expect(explained).not.toContain("so it is allowed");
    // The same tool on a server without the path keeps the table's rule.
    const quiet = catalogue.servers.find((s) => s.slug === "quiet")!;
    expect(quiet.tools[0]!.policy).toEqual(medium);
  });

  it("the committed catalogue: the GitHub server's sending tools need approval", () => {
    const catalogue = loadCatalogue([path.resolve("content")]);
    expect(sendingToolsAllowedUnattended(catalogue)).toEqual([]);
    const github = catalogue.servers.find((s) => s.slug === "modelcontextprotocol-server-github")!;
    const sinks = dataFlowWarning(github.tools)!.publicSink;
    expect(sinks.map((t) => t.name)).toContain("create_issue");
    const policy = serverPolicy(github);
    for (const sink of sinks) expect(policy.hide?.includes(sink.name) || policy.tools?.[sink.name]?.action === "approve", sink.name).toBe(true);
  });
});
