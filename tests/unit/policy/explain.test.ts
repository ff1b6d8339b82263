import { describe, expect, it } from "vitest";
import { explainPolicy } from "@/lib/policy/explain";
import { parsePolicy, type Policy } from "@/lib/policy/schema";

function policy(value: unknown): Policy {
  const result = parsePolicy(value);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.policy;
}

const rate = (counter: string, max = 30, window = "minute", scope = "grant") => ({ counter, window, max, scope });

describe("explainPolicy", () => {
  it("says what an allowed, limited tool gets and who shares its budget", () => {
    const p = policy({ version: "1", default: "deny", tools: { forward: { limits: [rate("send")] }, reply: { limits: [rate("send")] } } });
    const [first] = explainPolicy(p, ["forward", "reply"]);
    expect(first).toContain('"forward" is allowed, at most 30 calls a minute per identity, shared with "reply" (one budget, "send").');
  });

  it("says approval, denial and hiding in plain words, with the policy's reason", () => {
    const p = policy({
      version: "1",
      default: "deny",
      hide: ["terminate"],
      tools: { export: { action: "approve", reason: "Writes files.", limits: [rate("x", 10, "hour", "session")] }, wipe: { action: "deny" } },
    });
    const text = explainPolicy(p).join("\n");
    expect(text).toContain(`"export" needs a person's approval for each call, at most 10 calls an hour per identity and session.`);
    expect(text).toContain("Why: Writes files.");
    expect(text).toContain(`"wipe" is denied: every call is refused.`);
    expect(text).toContain(`"terminate" is hidden: removed from the agent's tool list, and every call to it is refused.`);
    // Without reasons (a page too large to carry them), the same sentences less the why.
    const bare = explainPolicy(p, [], { reasons: false }).join("\n");
    expect(bare).not.toContain("Why:");
    expect(bare).toBe(text.replace(" Why: Writes files.", ""));
  });

  it("spells out argument checks, and that a missing argument is refused", () => {
    const p = policy({ version: "1", default: "deny", tools: { save: { args: { path: { prefix: "/tmp/" }, n: { minimum: 1, maximum: 5 }, f: { enum: ["md", "pdf"] } } } } });
    const [sentence] = explainPolicy(p);
    expect(sentence).toContain(`"path" must be text starting with "/tmp/"`);
    expect(sentence).toContain(`"n" must be a number from 1 to 5`);
    expect(sentence).toContain(`"f" must be one of "md", "pdf"`);
    expect(sentence).toContain("a call that leaves one of these out or breaks a check is refused");
  });

  it("ends with what everything else on the server gets", () => {
    const deny = policy({ version: "1", default: "deny", tools: { a: {} } });
    expect(explainPolicy(deny, ["a", "b", "c"]).at(-1)).toBe(`The other 2 tools on this server ("b" and "c") are refused, because the default is deny.`);
    expect(explainPolicy(deny, Array.from({ length: 153 }, (_, i) => (i === 0 ? "a" : `t${i}`))).at(-1)).toBe(
      "The other 152 tools on this server are refused, because the default is deny.",
    );
    expect(explainPolicy({ ...deny, default: "allow" }).at(-1)).toBe("Any tool the policy does not name is allowed with no limit and no approval, because the default is allow.");
    expect(explainPolicy(deny, ["a"]).at(-1)).toMatch(/names every tool this server has/);
  });

  it("flags tools the server does not have and rules that hiding overrides", () => {
    const p = policy({ version: "1", default: "deny", hide: ["x"], tools: { x: {}, ghost: {} } });
    const text = explainPolicy(p, ["x", "y"]).join("\n");
    expect(text).toContain(`The rule for "x" never applies, because hiding beats every rule.`);
    expect(text).toContain(`The policy also names "ghost", which this server does not have`);
  });

  it("says a limit of 0 lets nothing through", () => {
    const p = policy({ version: "1", default: "deny", tools: { x: { limits: [rate("c", 0)] } } });
    expect(explainPolicy(p)[0]).toContain(`no calls at all (the limit "c" has max 0)`);
  });
});
