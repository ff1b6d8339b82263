import { describe, expect, it } from "vitest";
import { approvalAnswer, approvalRefusedResult, approvalRequest, approvalUnavailableResult, clientCanAsk, guardFailureResult, refusalResult, unknownToolError } from "@/lib/guard/gate";
import { decide, EMPTY_STATE, step } from "@/lib/policy/evaluate";
import { parsePolicy, type Policy } from "@/lib/policy/schema";

function policy(value: unknown): Policy {
  const parsed = parsePolicy(value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.policy;
}

const p = policy({
  version: "1",
  default: "deny",
  tools: {
    delete_repo: { action: "deny", reason: "Cannot be undone." },
    send: { limits: [{ counter: "send", window: "minute", max: 1, scope: "grant" }] },
    export: { action: "approve", reason: "Writes files." },
  },
});
const at = Date.UTC(2026, 10, 30, 9, 0, 20);

describe("what the guard answers instead of the server", () => {
  it("refuses a denied call with the policy's reason, as a tool error the agent can read", () => {
    const result = refusalResult(decide(p, { tool: "delete_repo", at, identity: "a" }), at);
    expect(result.isError).toBe(true);
    expect(result.content[0]!.text).toBe('Refused by the access policy (tools.delete_repo): "delete_repo" is denied by its rule (the policy says: Cannot be undone.). Nothing was run.');
  });

  it("refuses a call past its limit with when the limit resets", () => {
    const first = step(p, { tool: "send", at, identity: "a" }, EMPTY_STATE);
    const limited = decide(p, { tool: "send", at: at + 1000, identity: "a" }, first.state);
    const text = refusalResult(limited, at + 1000).content[0]!.text;
    expect(text).toMatch(/^Refused by the access policy \(tools\.send\.limits\.0\): limit "send" allows at most 1 call a minute/);
    expect(text).toContain("The limit resets at 2026-11-30T09:01:00.000Z (in 39 s).");
  });

  it("answers a hidden tool as the MCP specification answers an unknown one", () => {
    expect(unknownToolError("terminate_session")).toEqual({ code: -32602, message: "Unknown tool: terminate_session" });
  });

  it("says plainly when approval is needed and cannot be asked for, or was not given", () => {
    expect(approvalUnavailableResult("export").content[0]!.text).toMatch(/needs a person's approval for each call to "export", and this client cannot ask for it/);
    expect(approvalRefusedResult("export", "declined").content[0]!.text).toMatch(/A person declined this call to "export"/);
    expect(approvalRefusedResult("export", "cancelled").isError).toBe(true);
  });
});

describe("approval through elicitation", () => {
  it("shows the person the tool, the policy's reason and the arguments, and asks for nothing else", () => {
    const request = approvalRequest(p, "export", { path: "/home/me/notes.md" });
    expect(request.message).toMatch(/^Run "export"\? The access policy needs your approval for each call \(Writes files\.\)/);
    expect(request.message).toContain('"path": "/home/me/notes.md"');
    expect(request.requestedSchema).toEqual({ type: "object", properties: {} });
    expect(approvalRequest(p, "export", { blob: "x".repeat(10_000) }).message.length).toBeLessThan(4500);
  });

  it("runs the call only on accept", () => {
    expect(approvalAnswer({ action: "accept" })).toBe("approved");
    expect(approvalAnswer({ action: "decline" })).toBe("declined");
    expect(approvalAnswer({ action: "cancel" })).toBe("cancelled");
    expect(approvalAnswer({})).toBe("cancelled");
    expect(approvalAnswer(null)).toBe("cancelled");
  });

  it("knows which clients can show a form", () => {
    expect(clientCanAsk({ elicitation: {} })).toBe(true);
    expect(clientCanAsk({ elicitation: { form: {} } })).toBe(true);
    expect(clientCanAsk({ elicitation: { form: {}, url: {} } })).toBe(true);
    expect(clientCanAsk({ elicitation: { url: {} } })).toBe(false);
    expect(clientCanAsk({ sampling: {} })).toBe(false);
    expect(clientCanAsk(undefined)).toBe(false);
  });
});

describe("a call the guard cannot decide", () => {
  it("is refused, saying why", () => {
    expect(guardFailureResult("send", "the guard could not decide it: the state file stayed locked").content[0]!.text).toBe(
      'Refused: "send" was not run because the guard could not decide it: the state file stayed locked.',
    );
  });
});
