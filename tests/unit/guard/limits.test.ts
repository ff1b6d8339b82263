import { describe, expect, it } from "vitest";
import { applySpend, decide, EMPTY_STATE } from "@/lib/policy/evaluate";
import { globalLimitPaths, localPart, mergeStates, parseState, serializeState, sharedPart, spendsShared } from "@/lib/guard/limits";
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
    send: {
      limits: [
        { counter: "mine", window: "minute", max: 5, scope: "grant" },
        { counter: "ours", window: "hour", max: 9, scope: "global" },
        { counter: "talk", window: "day", max: 3, scope: "session" },
      ],
    },
    read: { limits: [{ counter: "reads", window: "minute", max: 5, scope: "grant" }] },
  },
});
const at = Date.UTC(2026, 10, 30, 9, 0, 0);

describe("guard budgets split by scope", () => {
  it("keeps global budgets for the shared file and the others in the process", () => {
    const decision = decide(p, { tool: "send", at, identity: "a", session: "s" });
    expect(spendsShared(decision.spend)).toBe(true);
    expect(spendsShared(decide(p, { tool: "read", at, identity: "a" }).spend)).toBe(false);
    const after = applySpend(EMPTY_STATE, decision.spend);
    expect([...sharedPart(after).buckets.keys()]).toEqual([JSON.stringify(["ours", "global"])]);
    expect([...localPart(after).buckets.keys()].sort()).toEqual([JSON.stringify(["mine", "grant", "a"]), JSON.stringify(["talk", "session", "a", "s"])].sort());
    expect(mergeStates(localPart(after), sharedPart(after))).toEqual(after);
  });

  it("names the limits that need a shared state file", () => {
    expect(globalLimitPaths(p)).toEqual(["tools.send.limits.1"]);
    expect(globalLimitPaths(policy({ version: "1", default: "allow" }))).toEqual([]);
  });
});

describe("the state file's text", () => {
  it("round-trips, and an empty file is an empty state", () => {
    const state = applySpend(EMPTY_STATE, decide(p, { tool: "send", at, identity: "a", session: "s" }).spend);
    const shared = sharedPart(state);
    expect(parseState(serializeState(shared))).toEqual(shared);
    expect(parseState("")).toEqual(EMPTY_STATE);
  });

  it("refuses what it cannot trust, saying why", () => {
    expect(() => parseState("{")).toThrow(SyntaxError);
    expect(() => parseState('{"version":2,"buckets":{}}')).toThrow(/not a guard state file/);
    expect(() => parseState('{"version":1}')).toThrow(/no "buckets"/);
    expect(() => parseState('{"version":1,"buckets":{"x":{"windowStart":0,"count":-1}}}')).toThrow(/bad entry for budget x/);
  });
});
