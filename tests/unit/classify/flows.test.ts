import { describe, expect, it } from "vitest";
import { analyzeServerFlows, classifyTool } from "@/lib/classify";

const server = { slug: "mail" };
const tool = (name: string, description: string) => ({ name, verdict: classifyTool({ name, description }, server) });

describe("analyzeServerFlows", () => {
  it("names the tools when an untrusted reader, a private reader and a public sink share a server", () => {
    const finding = analyzeServerFlows([
      tool("fetch_url", "Fetch a web page from the internet"),
      tool("list_emails", "List all emails in the inbox"),
      tool("send_email", "Send an email"),
      tool("get_time", "Returns the time"),
    ]);
    expect(finding).not.toBeNull();
    expect(finding?.untrustedInput).toContain("fetch_url");
    expect(finding?.privateData).toContain("list_emails");
    expect(finding?.publicSink).toContain("send_email");
    expect(finding?.publicSink).not.toContain("get_time");
    expect(finding?.summary).toContain("send_email");
  });

  it("finds nothing when one role is missing", () => {
    const noUntrusted = [
      { name: "read_notes", verdict: { roles: ["private-data" as const] } },
      { name: "send_email", verdict: { roles: ["public-sink" as const] } },
    ];
    expect(analyzeServerFlows(noUntrusted)).toBeNull();
    // One tool can hold two roles: inbound email is both untrusted and private.
    const inbox = tool("list_emails", "List all emails in the inbox");
    expect(inbox.verdict.roles).toEqual(expect.arrayContaining(["untrusted-input", "private-data"]));
    expect(analyzeServerFlows([inbox, tool("send_email", "Send an email")])?.untrustedInput).toEqual(["list_emails"]);
    expect(analyzeServerFlows([])).toBeNull();
  });
});
