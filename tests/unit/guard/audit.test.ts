import { describe, expect, it } from "vitest";
import { auditLine } from "@/lib/guard/audit";
import { argumentsDigest } from "@/lib/guard/canonical";

describe("auditLine", () => {
  const entry = {
    at: Date.UTC(2026, 10, 30, 9, 15, 0, 250),
    identity: "alice",
    session: "s-1",
    tool: "send_message",
    decision: "rate_limited" as const,
    rule: "tools.send_message.limits.0",
    reason: 'limit "send" allows at most 2 calls a minute per identity',
    args: { chat: "family", text: "the secret is 4217" },
    retryAt: Date.UTC(2026, 10, 30, 9, 16),
  };

  it("is one JSON object with the time, who, what, the decision, the rule, the reason and the arguments' digest", () => {
    const line = auditLine(entry);
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      time: "2026-11-30T09:15:00.250Z",
      identity: "alice",
      session: "s-1",
      tool: "send_message",
      decision: "rate_limited",
      rule: "tools.send_message.limits.0",
      reason: entry.reason,
      args_sha256: argumentsDigest(entry.args),
      retry_at: "2026-11-30T09:16:00.000Z",
    });
  });

  it("never holds the arguments themselves", () => {
    const line = auditLine(entry);
    expect(line).not.toContain("4217");
    expect(line).not.toContain("family");
  });

  it("says what a person answered when asked", () => {
    expect(JSON.parse(auditLine({ ...entry, decision: "approval_required", approval: "declined", retryAt: undefined })).approval).toBe("declined");
    expect(Object.keys(JSON.parse(auditLine({ ...entry, decision: "allowed", retryAt: undefined })))).not.toContain("approval");
  });
});
