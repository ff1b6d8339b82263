import { describe, expect, it } from "vitest";
import { lintPolicy } from "@/lib/policy/lint";
import { parsePolicy, type Policy } from "@/lib/policy/schema";

function policy(value: unknown): Policy {
  const result = parsePolicy(value);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.policy;
}

describe("lintPolicy", () => {
  it("finds nothing wrong with a tidy policy", () => {
    const p = policy({ version: "1", default: "deny", hide: ["drop"], tools: { read: {}, send: { limits: [{ counter: "s", window: "minute", max: 3, scope: "grant" }] } } });
    expect(lintPolicy(p, ["read", "send", "drop", "other"])).toEqual([]);
  });

  it("errors on rules and hide entries for tools the server does not have, only when the list is known", () => {
    const p = policy({ version: "1", default: "deny", hide: ["dorp"], tools: { raed: {} } });
    expect(lintPolicy(p, ["read", "drop"])).toEqual([
      { severity: "error", code: "unknown-tool", path: "hide.0", message: 'hides "dorp", which this server does not have' },
      { severity: "error", code: "unknown-tool", path: "tools.raed", message: 'is a rule for "raed", which this server does not have' },
    ]);
    expect(lintPolicy(p)).toEqual([]);
  });

  it("warns about a rule made useless by hide", () => {
    const p = policy({ version: "1", default: "deny", hide: ["x"], tools: { x: { action: "allow" } } });
    expect(lintPolicy(p)).toEqual([
      { severity: "warning", code: "hidden-rule", path: "tools.x", message: 'never applies: "x" is hidden, and hiding beats every rule' },
    ]);
  });

  it("warns about a limit with max 0", () => {
    const p = policy({ version: "1", default: "deny", tools: { x: { limits: [{ counter: "c", window: "day", max: 0, scope: "global" }] } } });
    const [problem] = lintPolicy(p);
    expect(problem).toMatchObject({ severity: "warning", code: "zero-limit", path: "tools.x.limits.0.max" });
    expect(problem!.message).toMatch(/every call to "x" is refused/);
  });

  it("with default allow, warns about server tools nothing mentions, and only then", () => {
    const tools = ["read", "send", "drop"];
    const allow = policy({ version: "1", default: "allow", hide: ["drop"], tools: { read: {} } });
    expect(lintPolicy(allow, tools)).toEqual([
      { severity: "warning", code: "unmentioned-tools", path: "default", message: 'is allow, and nothing mentions 1 tool of this server ("send"): they run with no limit and no approval' },
    ]);
    expect(lintPolicy({ ...allow, default: "deny" }, tools)).toEqual([]);
  });
});
