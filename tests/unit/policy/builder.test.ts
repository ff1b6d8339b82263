import { describe, expect, it } from "vitest";
import { choiceOf, draftText, emptyDraft, parseDraft, recommendedChoice, resetTool, setChoice, setDefault, setRulePart } from "@/lib/policy/builder/draft";
import { decodeShare, encodeShare } from "@/lib/policy/builder/share";
import { reasonGrounds } from "@/lib/policy/builder/reason";
import { parsePolicy, type Policy } from "@/lib/policy/schema";

const limit = { counter: "c", window: "minute", max: 3, scope: "grant" };

describe("builder drafts", () => {
  it("sets each choice and keeps the result a valid policy", () => {
    let draft = emptyDraft();
    draft = setRulePart(setChoice(draft, "send", "allow"), "send", "limits", [limit]);
    expect(choiceOf(draft, "send")).toBe("allow");
    draft = setChoice(draft, "send", "approve");
    expect(draft.tools).toEqual({ send: { action: "approve", limits: [limit] } });
    draft = setChoice(draft, "send", "deny");
    expect(draft.tools).toEqual({ send: { action: "deny" } });
    expect(parsePolicy(draft).ok).toBe(true);
    draft = setChoice(draft, "send", "hide");
    expect(draft).toMatchObject({ hide: ["send"], tools: {} });
    expect(choiceOf(draft, "send")).toBe("hide");
    draft = setChoice(draft, "send", "default");
    expect(choiceOf(draft, "send")).toBe("default");
    expect(draft.hide).toBeUndefined();
    expect(parsePolicy(setDefault(draft, "allow")).ok).toBe(true);
  });

  it("removes an emptied part instead of writing an empty one", () => {
    const draft = setRulePart(setRulePart(emptyDraft(), "a", "args", { x: { maxLength: 3 } }), "a", "args", {});
    expect(draft.tools).toEqual({ a: { action: "allow" } });
  });

  it("resets a tool to its recommended rule, hidden or not", () => {
    const recommended = parsePolicy({ version: "1", default: "deny", tools: { a: { action: "approve", limits: [limit] } } });
    const hidden = parsePolicy({ version: "1", default: "deny", hide: ["b"] });
    if (!recommended.ok || !hidden.ok) throw new Error("bad fixture");
    let draft = setChoice(emptyDraft(), "a", "deny");
    draft = resetTool(draft, "a", recommended.policy);
    expect(draft.tools).toEqual({ a: { action: "approve", limits: [limit] } });
    expect(recommendedChoice(hidden.policy as Policy, "b")).toBe("hide");
    expect(choiceOf(resetTool(draft, "b", hidden.policy), "b")).toBe("hide");
  });

  it("reads pasted text, and says why text is not a draft", () => {
    expect(parseDraft(draftText(emptyDraft()))).toEqual({ ok: true, draft: emptyDraft() });
    expect(parseDraft("[1]")).toMatchObject({ ok: false });
    expect(parseDraft("{oops")).toMatchObject({ ok: false, error: expect.stringMatching(/^not valid JSON/) });
  });

  it("treats tool names like __proto__ as plain names", () => {
    const draft = setChoice(emptyDraft(), "__proto__", "approve");
    expect(choiceOf(draft, "__proto__")).toBe("approve");
    expect(choiceOf(emptyDraft(), "toString")).toBe("default");
  });
});

describe("share links", () => {
  it("round-trips server and policy text through the hash, compressed", async () => {
    const text = draftText({ version: "1", default: "deny", tools: { "批量": { action: "approve" } } });
    const hash = await encodeShare({ server: "telegram-mcp-complete", policyText: text });
    expect(hash).toMatch(/^server=telegram-mcp-complete&policy=z\./);
    expect(await decodeShare(`#${hash}`)).toEqual({ server: "telegram-mcp-complete", policyText: text });
  });

  it("carries the reader's name for the server, which the exports use", async () => {
    const hash = await encodeShare({ server: "modelcontextprotocol-server-github", name: "github", policyText: "{}" });
    expect(hash).toMatch(/^server=modelcontextprotocol-server-github&name=github&policy=/);
    expect(await decodeShare(`#${hash}`)).toEqual({ server: "modelcontextprotocol-server-github", name: "github", policyText: "{}" });
  });

  it("compresses a large policy well below its size", async () => {
    const tools = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`tool_number_${i}`, { action: "allow", limits: [{ ...limit, counter: `tool_number_${i}_rate` }] }]));
    const text = draftText({ version: "1", default: "deny", tools });
    const hash = await encodeShare({ policyText: text });
    expect(hash.length).toBeLessThan(text.length / 4);
  });

  it("reports a damaged link instead of throwing", async () => {
    expect((await decodeShare("#policy=z.%%%")).error).toMatch(/could not be read/);
    expect((await decodeShare("#policy=q.abc")).error).toMatch(/unknown encoding/);
    expect(await decodeShare("#policy=j.eyJ2ZXJzaW9uIjoiMSJ9")).toEqual({ policyText: '{"version":"1"}' });
  });
});

describe("reasons follow the rule", () => {
  const classified =
    "Deletes a repository: high risk because it destroys data, so each call needs a person's approval, at most 10 an hour.";
  const hourly = { counter: "delete_repository_rate", window: "hour", max: 10, scope: "grant" };
  const start = () => ({ version: "1", default: "deny", tools: { delete_repository: { action: "approve", limits: [hourly], reason: classified } } });

  it("denying rewrites the reason to say so and keeps why the tool is risky", () => {
    const draft = setChoice(start(), "delete_repository", "deny");
    expect(draft.tools).toEqual({
      delete_repository: { action: "deny", reason: "Denied: every call is refused. Deletes a repository: high risk because it destroys data." },
    });
    expect(parsePolicy(draft).ok).toBe(true);
  });

  it("allowing and approving again say what the rule now does, limits included", () => {
    let draft = setChoice(start(), "delete_repository", "allow");
    expect(ruleReason(draft)).toBe("Allowed, at most 10 calls an hour per identity. Deletes a repository: high risk because it destroys data.");
    draft = setChoice(draft, "delete_repository", "deny");
    draft = setChoice(draft, "delete_repository", "approve");
    expect(ruleReason(draft)).toBe("Each call needs a person's approval. Deletes a repository: high risk because it destroys data.");
    draft = setRulePart(draft, "delete_repository", "limits", [{ ...hourly, max: 2 }]);
    expect(ruleReason(draft)).toBe("Each call needs a person's approval, at most 2 calls an hour per identity. Deletes a repository: high risk because it destroys data.");
  });

  it("rewrites the data-flow warning's approval reason when the tool is denied", () => {
    const flow = { version: "1", default: "deny", tools: { send: { action: "approve", reason: "Needs a person's approval: with private data and untrusted content on this server, an agent could send data out." } } };
    expect(ruleReason(setChoice(flow, "send", "deny"), "send")).toBe(
      "Denied: every call is refused. With private data and untrusted content on this server, an agent could send data out.",
    );
  });

  it("takes the grounds from the recommended reason for a tool that had no rule, and writes none without either", () => {
    expect(ruleReason(setChoice(emptyDraft(), "delete_repository", "deny", classified))).toBe(
      "Denied: every call is refused. Deletes a repository: high risk because it destroys data.",
    );
    expect(setChoice(emptyDraft(), "x", "approve").tools).toEqual({ x: { action: "approve" } });
  });

  it("drops a reason of a shape it cannot read when the action changes, rather than keep words the rule no longer does", () => {
    const own = { version: "1", default: "deny", tools: { send: { action: "allow", reason: "Forwarding moves messages; at most 30 a minute keeps spam down." } } };
    expect(ruleReason(setChoice(own, "send", "deny"), "send")).toBe("Denied: every call is refused.");
  });

  it("leaves a person's own reason alone when only limits change", () => {
    const own = { version: "1", default: "deny", tools: { a: { action: "allow", reason: "Our team uses it daily." } } };
    expect(ruleReason(setRulePart(own, "a", "limits", [limit]), "a")).toBe("Our team uses it daily.");
  });

  it("finds the grounds in every shape of reason the catalogue writes", () => {
    expect(reasonGrounds(classified)).toBe("Deletes a repository: high risk because it destroys data.");
    expect(reasonGrounds("Rated low risk on a person's review; recommended: allowed. It only reads.")).toBe("Rated low risk on a person's review. It only reads.");
    expect(reasonGrounds("Allowed.")).toBeUndefined();
    expect(reasonGrounds("Whatever we like")).toBeUndefined();
  });
});

function ruleReason(draft: Record<string, unknown>, tool = "delete_repository"): unknown {
  return (draft.tools as Record<string, { reason?: unknown }>)[tool]?.reason;
}
