import { describe, expect, it } from "vitest";
import { parsePolicy, type PolicyProblem } from "@/lib/policy/schema";

function problems(value: unknown): PolicyProblem[] {
  const result = parsePolicy(value);
  if (result.ok) throw new Error("expected the policy to be rejected");
  return result.problems;
}

const limit = { counter: "c", window: "minute", max: 5, scope: "grant" };

describe("parsePolicy", () => {
  it("accepts the shape the catalogue prints", () => {
    const result = parsePolicy({
      version: "1",
      default: "deny",
      hide: ["drop_all"],
      tools: {
        read: { action: "allow" },
        send: { reason: "spam", limits: [limit], args: { to: { prefix: "@team_", maxLength: 40 }, n: { minimum: 1, maximum: 3 } } },
        pay: { action: "approve", limits: [{ ...limit, counter: "pay", scope: "session" }] },
      },
    });
    expect(result.ok).toBe(true);
  });

  it("names an unknown key by its full path and suggests the field meant", () => {
    const found = problems({ version: "1", default: "deny", tools: { send: { limit: [limit] } }, extra: true });
    expect(found).toContainEqual({ path: "tools.send.limit", message: 'is not a field policy.json knows; did you mean "limits"?' });
    expect(found.find((p) => p.path === "extra")?.message).toMatch(/not a field policy\.json knows; the fields here are .*version/);
  });

  it("says what type was expected and what was found", () => {
    const found = problems({ version: "1", default: "deny", hide: "drop_all", tools: { a: { limits: [{ ...limit, max: "5" }] } } });
    expect(found).toContainEqual({ path: "hide", message: 'must be a list, not text ("drop_all")' });
    expect(found).toContainEqual({ path: "tools.a.limits.0.max", message: 'must be a number, not text ("5")' });
  });

  it("lists the allowed values of an enum, and says a missing one is required", () => {
    const found = problems({ version: "1", default: "maybe", tools: { a: { limits: [{ counter: "c", window: "week", max: 1 }] } } });
    expect(found).toContainEqual({ path: "default", message: 'must be one of "allow", "deny"' });
    expect(found).toContainEqual({ path: "tools.a.limits.0.window", message: 'must be one of "second", "minute", "hour", "day"' });
    expect(found).toContainEqual({ path: "tools.a.limits.0.scope", message: 'is required: one of "grant", "session", "global"' });
  });

  it("rejects a non-object, a wrong version and a fractional or negative max", () => {
    expect(problems("policy")).toEqual([{ path: "", message: 'must be an object, not text ("policy")' }]);
    expect(problems({ version: "2", default: "deny" })).toEqual([{ path: "version", message: 'must be "1"' }]);
    expect(problems({ version: "1", default: "deny", tools: { a: { limits: [{ ...limit, max: -1 }] } } })[0]?.path).toBe("tools.a.limits.0.max");
    expect(problems({ version: "1", default: "deny", tools: { a: { limits: [{ ...limit, max: 1.5 }] } } })[0]?.message).toMatch(/whole number/);
  });

  describe("contradictions", () => {
    it("a counter defined two ways", () => {
      const found = problems({ version: "1", default: "deny", tools: { a: { limits: [limit] }, b: { limits: [{ ...limit, max: 9 }] } } });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ path: "tools.b.limits.0" });
      expect(found[0]!.message).toMatch(/counter "c" is defined differently at tools\.a\.limits\.0/);
    });

    it("a deny rule with limits or argument checks", () => {
      const found = problems({ version: "1", default: "deny", tools: { a: { action: "deny", args: { x: { enum: [1] } } } } });
      expect(found).toEqual([{ path: "tools.a", message: "denies every call, so its limits and argument checks can never apply" }]);
    });

    it("minimum above maximum", () => {
      expect(problems({ version: "1", default: "deny", tools: { a: { args: { n: { minimum: 5, maximum: 1 } } } } })).toEqual([
        { path: "tools.a.args.n.minimum", message: "minimum (5) is greater than maximum (1): no value can pass" },
      ]);
    });

    it("text checks and number checks on one argument", () => {
      const found = problems({ version: "1", default: "deny", tools: { a: { args: { n: { prefix: "a", minimum: 1 } } } } });
      expect(found).toEqual([{ path: "tools.a.args.n.minimum", message: "minimum needs a number but prefix needs text: no value can pass" }]);
    });

    it("a prefix longer than maxLength", () => {
      const found = problems({ version: "1", default: "deny", tools: { a: { args: { n: { prefix: "abcd", maxLength: 3 } } } } });
      expect(found).toEqual([{ path: "tools.a.args.n.prefix", message: "is longer than maxLength (3): no value can pass" }]);
    });

    it("an enum none of whose values passes the other checks", () => {
      const found = problems({ version: "1", default: "deny", tools: { a: { args: { f: { enum: ["pdf", "html"], pattern: "^md$" } } } } });
      expect(found).toEqual([{ path: "tools.a.args.f.enum", message: "lists no value that also passes the argument's other checks: no value can pass" }]);
      expect(parsePolicy({ version: "1", default: "deny", tools: { a: { args: { f: { enum: ["pdf", "md"], pattern: "^md$" } } } } }).ok).toBe(true);
    });

    it("an empty constraint, an empty enum and a bad pattern", () => {
      const found = problems({ version: "1", default: "deny", tools: { a: { args: { e: {}, f: { enum: [] }, g: { pattern: "(" } } } } });
      expect(found.map((p) => p.path).sort()).toEqual(["tools.a.args.e", "tools.a.args.f.enum", "tools.a.args.g.pattern"]);
    });

    it("a tool hidden twice", () => {
      expect(problems({ version: "1", default: "deny", hide: ["x", "x"] })).toEqual([{ path: "hide.1", message: '"x" is listed twice' }]);
    });
  });
});
