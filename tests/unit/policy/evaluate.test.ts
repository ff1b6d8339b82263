import { describe, expect, it } from "vitest";
import { applySpend, decide, decideAll, EMPTY_STATE, step, visibleTools, windowStartOf, type ToolCall } from "@/lib/policy/evaluate";
import { parsePolicy, type Policy } from "@/lib/policy/schema";

function policy(value: unknown): Policy {
  const result = parsePolicy(value);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.policy;
}

const T0 = Date.parse("2026-11-21T09:00:00Z");
const call = (tool: string, extra: Partial<ToolCall> = {}): ToolCall => ({ tool, args: {}, at: T0, identity: "alice", ...extra });
const perMinute = (max: number, scope = "grant", counter = "c") => ({ counter, window: "minute", max, scope });

describe("decide: precedence", () => {
  it("hidden beats every rule, even an allow", () => {
    const p = policy({ version: "1", default: "allow", hide: ["x"], tools: { x: { action: "allow" } } });
    expect(decide(p, call("x"))).toMatchObject({ decision: "hidden", rule: "hide", spend: [] });
  });

  it("a rule beats the default, both ways", () => {
    const deny = policy({ version: "1", default: "deny", tools: { x: { action: "allow" } } });
    expect(decide(deny, call("x"))).toMatchObject({ decision: "allowed", rule: "tools.x" });
    expect(decide(deny, call("y"))).toMatchObject({ decision: "denied", rule: "default" });
    const allow = policy({ version: "1", default: "allow", tools: { x: { action: "deny" } } });
    expect(decide(allow, call("x"))).toMatchObject({ decision: "denied", rule: "tools.x" });
    expect(decide(allow, call("y"))).toMatchObject({ decision: "allowed", rule: "default" });
  });

  it("a rule without an action allows", () => {
    const p = policy({ version: "1", default: "deny", tools: { x: {} } });
    expect(decide(p, call("x")).decision).toBe("allowed");
  });

  it("argument checks come before limits, and a refused call spends nothing", () => {
    const p = policy({ version: "1", default: "deny", tools: { x: { limits: [perMinute(0)], args: { path: { prefix: "/tmp/" } } } } });
    expect(decide(p, call("x", { args: { path: "/etc/passwd" } }))).toMatchObject({ decision: "denied", rule: "tools.x.args.path", spend: [] });
    expect(decide(p, call("x", { args: { path: "/tmp/a" } }))).toMatchObject({ decision: "rate_limited", rule: "tools.x.limits.0" });
  });

  it("a missing constrained argument breaks the constraint; unconstrained ones are free", () => {
    const p = policy({ version: "1", default: "deny", tools: { x: { args: { mode: { enum: ["a"] } } } } });
    expect(decide(p, call("x", { args: { other: 1 } })).reason).toMatch(/"mode" is missing/);
    expect(decide(p, call("x", { args: undefined })).decision).toBe("denied");
    expect(decide(p, call("x", { args: { mode: "a", other: 1 } })).decision).toBe("allowed");
  });

  it("approve: approval_required spends nothing; limits are checked before a person is asked", () => {
    const p = policy({ version: "1", default: "deny", tools: { x: { action: "approve", limits: [perMinute(1)] } } });
    const asked = decide(p, call("x"));
    expect(asked).toMatchObject({ decision: "approval_required", rule: "tools.x", spend: [] });
    const ran = step(p, call("x"), EMPTY_STATE, { approved: true });
    expect(ran.decision.decision).toBe("allowed");
    expect(decide(p, call("x", { at: T0 + 1000 }), ran.state)).toMatchObject({ decision: "rate_limited" });
    expect(decide(p, call("x", { at: T0 + 1000 }), ran.state, { approved: true })).toMatchObject({ decision: "rate_limited" });
  });

  it("never lets the prototype of a plain object stand in for a rule", () => {
    const p = policy({ version: "1", default: "deny", tools: {} });
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(decide(p, call(name))).toMatchObject({ decision: "denied", rule: "default" });
    }
  });
});

describe("decide: argument checks", () => {
  const p = policy({
    version: "1",
    default: "deny",
    tools: {
      x: {
        args: {
          format: { enum: ["md", 1] },
          name: { pattern: "^[a-z]+$", maxLength: 3 },
          n: { minimum: 1, maximum: 10 },
        },
      },
    },
  });
  const ok = { format: "md", name: "abc", n: 10 };
  it.each([
    [{ ...ok }, "allowed", "tools.x"],
    [{ ...ok, format: 1 }, "allowed", "tools.x"],
    [{ ...ok, format: "1" }, "denied", "tools.x.args.format"],
    [{ ...ok, name: "abcd" }, "denied", "tools.x.args.name"],
    [{ ...ok, name: "ab1" }, "denied", "tools.x.args.name"],
    [{ ...ok, name: 5 }, "denied", "tools.x.args.name"],
    [{ ...ok, n: 11 }, "denied", "tools.x.args.n"],
    [{ ...ok, n: 0.5 }, "denied", "tools.x.args.n"],
    [{ ...ok, n: "5" }, "denied", "tools.x.args.n"],
    [{ ...ok, n: null }, "denied", "tools.x.args.n"],
  ])("%j → %s", (args, decision, rule) => {
    expect(decide(p, call("x", { args }))).toMatchObject({ decision, rule });
  });

  it("counts characters, not UTF-16 units, for maxLength", () => {
    const q = policy({ version: "1", default: "deny", tools: { x: { args: { s: { maxLength: 2 } } } } });
    expect(decide(q, call("x", { args: { s: "😀😀" } })).decision).toBe("allowed");
    expect(decide(q, call("x", { args: { s: "😀😀😀" } })).decision).toBe("denied");
  });
});

describe("decide: limits", () => {
  it("windows are fixed and aligned to the UTC clock", () => {
    const p = policy({ version: "1", default: "deny", tools: { x: { limits: [perMinute(2)] } } });
    const at = (iso: string) => call("x", { at: Date.parse(iso) });
    const decisions = decideAll(p, [at("2026-11-21T09:00:58Z"), at("2026-11-21T09:00:59.999Z"), at("2026-11-21T09:00:59.999Z"), at("2026-11-21T09:01:00Z")]);
    expect(decisions.map((d) => d.decision)).toEqual(["allowed", "allowed", "rate_limited", "allowed"]);
    expect(decisions[2]!.retryAt).toBe(Date.parse("2026-11-21T09:01:00Z"));
    expect(windowStartOf(Date.parse("2026-11-21T23:59:59.999Z"), "day")).toBe(Date.parse("2026-11-21T00:00:00Z"));
    expect(windowStartOf(Date.parse("2026-11-21T09:30:00.500+02:00"), "hour")).toBe(Date.parse("2026-11-21T07:00:00Z"));
  });

  it("a counter shared by several rules is one budget", () => {
    const p = policy({ version: "1", default: "deny", tools: { a: { limits: [perMinute(2)] }, b: { limits: [perMinute(2)] } } });
    expect(decideAll(p, [call("a"), call("b"), call("a"), call("b")]).map((d) => d.decision)).toEqual(["allowed", "allowed", "rate_limited", "rate_limited"]);
  });

  it("scopes: grant per identity, session per identity and session, global for everyone", () => {
    const calls = [call("x", { identity: "a", session: "1" }), call("x", { identity: "a", session: "2" }), call("x", { identity: "b", session: "1" })];
    const run = (scope: string) => decideAll(policy({ version: "1", default: "deny", tools: { x: { limits: [perMinute(1, scope)] } } }), calls).map((d) => d.decision);
    expect(run("grant")).toEqual(["allowed", "rate_limited", "allowed"]);
    expect(run("session")).toEqual(["allowed", "allowed", "allowed"]);
    expect(run("global")).toEqual(["allowed", "rate_limited", "rate_limited"]);
  });

  it("a call spends every limit of its rule, and is refused if any one is spent", () => {
    const p = policy({
      version: "1",
      default: "deny",
      tools: { x: { limits: [perMinute(5, "grant", "fast"), { counter: "slow", window: "hour", max: 2, scope: "global" }] } },
    });
    const decisions = decideAll(p, [call("x"), call("x", { identity: "b" }), call("x", { identity: "c", at: T0 + 120_000 })]);
    expect(decisions.map((d) => d.decision)).toEqual(["allowed", "allowed", "rate_limited"]);
    expect(decisions[2]!.rule).toBe("tools.x.limits.1");
  });

  it("decide is pure: the state it is given does not change", () => {
    const p = policy({ version: "1", default: "deny", tools: { x: { limits: [perMinute(1)] } } });
    const first = decide(p, call("x"), EMPTY_STATE);
    expect(decide(p, call("x"), EMPTY_STATE).decision).toBe("allowed");
    const after = applySpend(EMPTY_STATE, first.spend);
    expect(EMPTY_STATE.buckets.size).toBe(0);
    expect(decide(p, call("x"), after).decision).toBe("rate_limited");
  });

  it("a call earlier than one already counted is refused, not counted in a forgotten window", () => {
    const p = policy({ version: "1", default: "deny", tools: { x: { limits: [perMinute(5)] } } });
    const later = step(p, call("x", { at: T0 + 120_000 }), EMPTY_STATE);
    expect(decide(p, call("x"), later.state).decision).toBe("rate_limited");
  });

  it("a call with no valid time cannot be counted, so it is refused", () => {
    const p = policy({ version: "1", default: "deny", tools: { x: { limits: [perMinute(5)] }, y: {} } });
    expect(decide(p, call("x", { at: Number.NaN })).decision).toBe("denied");
    expect(decide(p, call("y", { at: Number.NaN })).decision).toBe("allowed");
  });
});

describe("visibleTools", () => {
  it("drops hidden tools only, keeping order and objects", () => {
    const p = policy({ version: "1", default: "deny", hide: ["b"], tools: { c: { action: "deny" } } });
    expect(visibleTools(p, ["a", "b", "c"])).toEqual(["a", "c"]);
    expect(visibleTools(p, [{ name: "b" }, { name: "a" }])).toEqual([{ name: "a" }]);
  });
});
