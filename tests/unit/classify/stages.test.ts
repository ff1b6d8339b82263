/** Each judging stage on its own: facts in, that stage's decision out. */
import { describe, expect, it } from "vitest";
import { detect } from "@/lib/classify/detect";
import { decideAction, refineAction } from "@/lib/classify/stages/action";
import { calibrate, calibrationKeys } from "@/lib/classify/stages/calibrate";
import { CATEGORIES, RISK_LEVELS } from "@/lib/taxonomy";
import { weighConfidence } from "@/lib/classify/stages/confidence";
import { applyDomain, findCapabilities, isPassThrough } from "@/lib/classify/stages/domain";
import { rateLevel } from "@/lib/classify/stages/level";
import { readScope } from "@/lib/classify/stages/scope";
import { newTrail } from "@/lib/classify/stages/shared";
import type { McpTool } from "@/lib/mcp/schema";

function facts(name: string, description = "", properties: Record<string, unknown> = {}, serverWords: string[] = [], annotations?: McpTool["annotations"]) {
  return detect({ name, description, inputSchema: { type: "object", properties }, ...(annotations ? { annotations } : {}) }, new Set(serverWords));
}
const text = { type: "string" };

describe("schema facts: what the inputs say", () => {
  it("reads names one level down, in a body object or in a list's items, and no deeper", () => {
    const f = facts("update_item", "Update an item", {
      item: { type: "object", properties: { is_private: { type: "boolean" }, meta: { type: "object", properties: { deep: text } } } },
      operations: { type: "array", items: { type: "object", properties: { tool: text, args: { type: "object" } } } },
    });
    expect(f.schema.propertyNames).toEqual(["item", "operations"]);
    expect(f.schema.innerPropertyNames).toEqual(["is_private", "meta", "tool", "args"]);
  });
});

describe("stage 1, action: what the tool does", () => {
  it("takes the name's verb, and the strongest of joined verbs", () => {
    expect(decideAction(facts("list_users"), newTrail()).action).toBe("read");
    expect(decideAction(facts("create_or_delete_rule"), newTrail()).action).toBe("destroy");
  });
  it("believes a stronger description over a read-sounding name", () => {
    expect(decideAction(facts("user_cleanup", "Deletes every inactive user"), newTrail()).action).toBe("destroy");
  });
  it("judges a multi-operation tool whose operations only read as a read", () => {
    const f = facts("manage_board", "Manage boards", { action: { type: "string", enum: ["list", "get"] } });
    expect(decideAction(f, newTrail()).action).toBe("read");
  });
  it("corrects recurring kinds: scrolling a page reads, closing a terminal ends it, saving to a path writes", () => {
    expect(refineAction(facts("browser_scroll", "Scroll the page"), "write", { action: "write", lemma: "scroll", word: "scroll", source: "name" })?.action).toBe("read");
    expect(refineAction(facts("pty_close", "Close the terminal"), "write", { action: "write", lemma: "close", word: "close", source: "name" })?.action).toBe("destroy");
    expect(refineAction(facts("export_report", "Export a report", { output_path: text }), "read", { action: "read", lemma: "export", word: "export", source: "name" })?.action).toBe("write");
  });
  it("records its doubt when the name has no verb", () => {
    const trail = newTrail();
    decideAction(facts("widget", "Creates a widget"), trail);
    expect(trail.doubts.join(" ")).toMatch(/name carries no verb/);
    expect(trail.confidence).toBeLessThan(0.92);
  });
});

describe("stage 2, scope: on what and how far", () => {
  it("sees bulk, secrets and local files", () => {
    expect(readScope(facts("delete_messages", "", { ids: { type: "array" } }), "destructive", null, newTrail()).bulk).toBe(true);
    expect(readScope(facts("get_api_key"), "read", null, newTrail()).secretWord).toBeTruthy();
    expect(readScope(facts("read_file", "Read a file", { path: text }), "read", null, newTrail()).localFiles).toBe(true);
  });
  it("marks the data-flow roles a tool can play", () => {
    const trail = newTrail();
    readScope(facts("send_email", "Send an email"), "write", { action: "write", lemma: "send", word: "send", source: "name" }, trail);
    expect(trail.roles.has("public-sink")).toBe(true);
  });
});

describe("stage 3, level: the category moved by context", () => {
  const level = (name: string, description: string, category: "read" | "write" | "destructive", properties: Record<string, unknown> = {}) => {
    const f = facts(name, description, properties);
    const trail = newTrail();
    const { verb } = decideAction(f, trail);
    return rateLevel(f, category, verb, readScope(f, category, verb, trail), trail);
  };
  it("starts from the category's level", () => {
    expect(level("get_weather", "Get the weather", "read")).toBe("low");
    expect(level("create_issue", "Create an issue", "write")).toBe("medium");
    expect(level("delete_issue", "Delete an issue", "destructive")).toBe("high");
  });
  it("raises for secrets, logs, permissions and wide losses", () => {
    expect(level("get_password", "Get a stored password", "read")).toBe("high");
    expect(level("get_pod_logs", "Get the logs of a pod", "read")).toBe("medium");
    expect(level("grant_role", "Grant a role to a user", "write")).toBe("high");
    expect(level("delete_repository", "Delete a repository", "destructive")).toBe("critical");
  });
});

describe("stage 4, domain: capabilities set a floor and never lower", () => {
  it("finds capabilities by domain in English and Chinese", () => {
    expect(findCapabilities(facts("swap_tokens", "Swap tokens on a DEX"), "write").map((c) => c.id)).toContain("moves-assets");
    expect(findCapabilities(facts("exec", "执行Shell命令"), "write").map((c) => c.id)).toContain("runs-shell");
  });
  it("takes a method and a path as a pass-through", () => {
    expect(isPassThrough(facts("request", "", { method: text, path: text }))).toBe(true);
    expect(isPassThrough(facts("get_issue", "", { id: text }))).toBe(false);
  });
  it("raises to the capability's verdict, and leaves a stronger verdict alone", () => {
    const trail = newTrail();
    expect(applyDomain(facts("transfer_tokens", "Transfer tokens"), "write", "medium", trail)).toMatchObject({ category: "financial", risk: "critical" });
    expect(trail.reasons[0]).toMatch(/moves money, tokens/);
    expect(applyDomain(facts("delete_cluster", "Delete a cluster"), "destructive", "critical", newTrail())).toMatchObject({ category: "destructive", risk: "critical" });
  });
});

describe("stage 5, confidence: hints lower confidence, never the level; doubt goes up", () => {
  it("an annotation that contradicts the category lowers confidence, not the level", () => {
    const f = facts("delete_user", "Delete a user", {}, [], { readOnlyHint: true });
    const trail = newTrail();
    expect(weighConfidence(f, "destructive", "high", null, false, trail)).toBe("high");
    expect(trail.signals.has("annotation-conflict")).toBe(true);
    expect(trail.confidence).toBeLessThan(0.8);
  });
  it("a vague definition is never rated low", () => {
    const trail = newTrail();
    trail.confidence = 0.45;
    expect(weighConfidence(facts("thing"), "read", "low", null, true, trail)).toBe("medium");
    expect(trail.reasons.join(" ")).toMatch(/says too little/);
  });
});

describe("stage 6, calibration", () => {
  it("looks a verdict up from the most specific kind to the coarsest", () => {
    const keys = calibrationKeys({ category: "read", risk: "low", heuristic: 0.95, raisedByDomain: false, verbFromName: true, plainVerb: true, annotationsAgree: true, privateData: false, manyParameters: true });
    expect(keys[0]).toBe("read/low/h/-/n/p/a/w");
    expect(keys[1]).toBe("read/low/h/-/n/p/a");
    expect(keys).toContain("read/low/h");
    expect(keys.at(-1)).toBe("*");
  });
  it("gives a number between 0 and 1", () => {
    const c = calibrate({ category: "execute", risk: "critical", heuristic: 0.4, raisedByDomain: true, verbFromName: false, plainVerb: false, annotationsAgree: false, privateData: false, manyParameters: false });
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThanOrEqual(0.98);
  });
  it("never trusts a verdict more because the heuristic doubted it more", () => {
    for (const category of CATEGORIES)
      for (const risk of RISK_LEVELS)
        for (const raisedByDomain of [true, false])
          for (const verbFromName of [true, false])
            for (const plainVerb of [true, false])
              for (const annotationsAgree of [true, false])
                for (const privateData of [true, false])
                  for (const manyParameters of [true, false]) {
                    const at = (heuristic: number) => calibrate({ category, risk, heuristic, raisedByDomain, verbFromName, plainVerb, annotationsAgree, privateData, manyParameters });
                    const kind = `${category}/${risk} ${raisedByDomain} ${verbFromName} ${plainVerb} ${annotationsAgree} ${privateData} ${manyParameters}`;
                    expect(at(0.75), kind).toBeLessThanOrEqual(at(0.95));
                    expect(at(0.5), kind).toBeLessThanOrEqual(at(0.75));
                  }
  });
});
