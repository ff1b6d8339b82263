import { describe, expect, it } from "vitest";
import { choiceOf, draftText, emptyDraft, parseDraft, recommendedChoice, resetTool, setChoice, setDefault, setRulePart } from "@/lib/policy/builder/draft";
import { decodeShare, encodeShare } from "@/lib/policy/builder/share";
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
