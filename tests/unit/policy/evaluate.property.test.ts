import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applySpend, decide, EMPTY_STATE, step, WINDOW_MS, windowStartOf, type LimitState, type ToolCall } from "@/lib/policy/evaluate";
import { LIMIT_SCOPES, LIMIT_WINDOWS, parsePolicy, POLICY_ACTIONS, type Policy } from "@/lib/policy/schema";

const TOOLS = ["read", "send", "drop", "pay", "__proto__"];
const COUNTERS = ["a", "b", "c"];
const IDENTITIES = ["alice", "bob"];
const SESSIONS = [undefined, "s1", "s2"];
const T0 = Date.parse("2026-11-21T09:00:00Z");

const limitArb = fc.record({
  counter: fc.constantFrom(...COUNTERS),
  window: fc.constantFrom(...LIMIT_WINDOWS),
  max: fc.integer({ min: 0, max: 4 }),
  scope: fc.constantFrom(...LIMIT_SCOPES),
});

const constraintArb = fc.oneof(
  fc.record({ enum: fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -3, max: 3 }), fc.boolean()), { minLength: 1, maxLength: 3 }) }),
  fc.record({ prefix: fc.string({ maxLength: 2 }) }, { requiredKeys: [] }).filter((c) => Object.keys(c).length > 0),
  fc.record({ pattern: fc.constantFrom("^a", "b$", ".", "^[0-9]+$") }),
  fc.record({ maxLength: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ minimum: fc.integer({ min: -5, max: 0 }), maximum: fc.integer({ min: 0, max: 5 }) }, { requiredKeys: [] }).filter((c) => Object.keys(c).length > 0),
);

const ruleArb = fc.record(
  {
    action: fc.constantFrom(...POLICY_ACTIONS),
    reason: fc.string({ maxLength: 10 }),
    limits: fc.array(limitArb, { maxLength: 2 }),
    args: fc.dictionary(fc.constantFrom("x", "y", "__proto__"), constraintArb, { maxKeys: 2 }),
  },
  { requiredKeys: [] },
);

/** Random values shaped like policies; only the ones the schema accepts are used, as a gateway would. */
const policyArb: fc.Arbitrary<Policy> = fc
  .record(
    {
      version: fc.constant("1"),
      default: fc.constantFrom("allow", "deny"),
      hide: fc.uniqueArray(fc.constantFrom(...TOOLS), { maxLength: 2 }),
      tools: fc.dictionary(fc.constantFrom(...TOOLS), ruleArb, { maxKeys: 4 }),
    },
    { requiredKeys: ["version", "default"] },
  )
  .map((value) => parsePolicy(JSON.parse(JSON.stringify(value))))
  .filter((result) => result.ok)
  .map((result) => (result as { ok: true; policy: Policy }).policy);

const argValue = fc.oneof(fc.string({ maxLength: 5 }), fc.integer({ min: -6, max: 6 }), fc.double(), fc.boolean(), fc.constant(null), fc.constant([1]), fc.constant({ a: 1 }));

/** Calls in time order: each a small random step after the one before. */
const callsArb = fc
  .array(
    fc.record({
      tool: fc.constantFrom(...TOOLS, "other"),
      args: fc.oneof(fc.constant(undefined), fc.dictionary(fc.constantFrom("x", "y", "z"), argValue, { maxKeys: 3 })),
      gap: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 4_000_000 })),
      identity: fc.constantFrom(...IDENTITIES),
      session: fc.constantFrom(...SESSIONS),
      approved: fc.boolean(),
    }),
    { maxLength: 40 },
  )
  .map((items) => {
    let at = T0;
    return items.map(({ gap, approved, session, ...rest }) => {
      at += gap;
      const call: ToolCall = { ...rest, at, ...(session !== undefined ? { session } : {}) };
      return { call, approved };
    });
  });

function run(policy: Policy, calls: { call: ToolCall; approved: boolean }[]) {
  let state: LimitState = EMPTY_STATE;
  return calls.map(({ call, approved }) => {
    const result = step(policy, call, state, { approved });
    state = result.state;
    return { call, decision: result.decision };
  });
}

describe("evaluator properties", () => {
  it("never throws on random policies and calls, and always answers with a known decision and a reason", () => {
    fc.assert(
      fc.property(policyArb, callsArb, (policy, calls) => {
        for (const { decision } of run(policy, calls)) {
          expect(["allowed", "denied", "hidden", "approval_required", "rate_limited"]).toContain(decision.decision);
          expect(decision.reason.length).toBeGreaterThan(0);
          if (decision.decision !== "allowed") expect(decision.spend).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never crashes on arbitrary call values either (odd args, odd times)", () => {
    fc.assert(
      fc.property(policyArb, fc.constantFrom(...TOOLS), fc.anything(), fc.oneof(fc.double(), fc.integer()), (policy, tool, args, at) => {
        const d = decide(policy, { tool, args, at, identity: "a" });
        expect(d.reason).toBeTypeOf("string");
      }),
      { numRuns: 300 },
    );
  });

  it("a hidden tool is never allowed, approved or not", () => {
    fc.assert(
      fc.property(policyArb, callsArb, (policy, calls) => {
        for (const { call, decision } of run(policy, calls)) {
          if ((policy.hide ?? []).includes(call.tool)) expect(decision.decision).toBe("hidden");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("with default deny, a tool without a rule is never allowed", () => {
    fc.assert(
      fc.property(policyArb, callsArb, (policy, calls) => {
        fc.pre(policy.default === "deny");
        for (const { call, decision } of run(policy, calls)) {
          if (!Object.hasOwn(policy.tools ?? {}, call.tool)) expect(decision.decision).not.toBe("allowed");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("limits never allow more than max calls in one window of one budget", () => {
    fc.assert(
      fc.property(policyArb, callsArb, (policy, calls) => {
        const used = new Map<string, number>();
        for (const { call, decision } of run(policy, calls)) {
          if (decision.decision !== "allowed") continue;
          const rule = Object.hasOwn(policy.tools ?? {}, call.tool) ? policy.tools![call.tool] : undefined;
          const counted = new Set<string>();
          for (const limit of rule?.limits ?? []) {
            if (counted.has(limit.counter)) continue;
            counted.add(limit.counter);
            const who = limit.scope === "global" ? "*" : limit.scope === "grant" ? call.identity : `${call.identity}/${call.session ?? ""}`;
            const key = `${limit.counter}|${who}|${windowStartOf(call.at, limit.window)}`;
            const n = (used.get(key) ?? 0) + 1;
            used.set(key, n);
            expect(n).toBeLessThanOrEqual(limit.max);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("a refused call leaves the state exactly as it was", () => {
    fc.assert(
      fc.property(policyArb, callsArb, (policy, calls) => {
        let state: LimitState = EMPTY_STATE;
        for (const { call } of calls) {
          const d = decide(policy, call, state);
          const next = d.decision === "allowed" ? applySpend(state, d.spend) : state;
          if (d.decision !== "allowed") expect(next).toBe(state);
          state = next;
        }
      }),
      { numRuns: 200 },
    );
  });

  it("window sizes are the clock's", () => {
    expect(WINDOW_MS).toEqual({ second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000 });
  });
});
