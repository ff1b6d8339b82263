import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEntry } from "@/lib/content/parse";
import { toolEntrySchema, type ToolFrontMatter } from "@/lib/content/schema";
import { canonicalJson } from "@/lib/import/definition";
import { renderToolEntry } from "@/lib/import/markdown";
import { recommendPolicy } from "@/lib/policy/recommend";

function entry(overrides: Partial<ToolFrontMatter>): ToolFrontMatter {
  return {
    name: "tool",
    server: "demo",
    description: "",
    category: "read",
    risk: "low",
    confidence: 0.8,
    rationale: "Reads one thing.",
    signals: [],
    roles: [],
    evidence: ["Reads"],
    policy: recommendPolicy("tool", "low", "harmless"),
    inputSchema: { type: "object" },
    source: "test",
    reviewed: false,
    ...overrides,
  };
}

// Text a server might send: YAML look-alikes, front-matter fences, unicode, long lines.
const awkwardText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom("yes", "no", "null", "~", "0x1F", "1e3", "2026-01-01", "---", "\n---\nname: evil\n---\n", "- item", "key: value", "'quoted'", '"dq"', "#comment", "&anchor", "*alias", "!!python/object", "<<", "中文描述：删除所有会话", "  leading", "trailing  ", "\ttab"),
  fc.array(fc.constantFrom("---", "a: b", "  indented", "", "中文", "|", ">"), { maxLength: 6 }).map((lines) => lines.join("\n")),
);

const jsonValue = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);

describe("renderToolEntry", () => {
  it("round-trips any description, rationale, evidence and JSON schema exactly", () => {
    fc.assert(
      fc.property(awkwardText, awkwardText, fc.array(awkwardText, { minLength: 1, maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 10 }), jsonValue, { maxKeys: 5 }), awkwardText, (description, rationale, evidence, properties, notes) => {
        fc.pre(rationale.trim() !== "" && rationale === rationale.trim() && evidence.every((e) => e.trim() !== "" && e === e.trim()));
        const front = entry({ description, rationale, evidence, inputSchema: { type: "object", properties } });
        const text = renderToolEntry(front, notes);
        const parsed = parseEntry("x.md", text, toolEntrySchema);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(canonicalJson(parsed.data)).toBe(canonicalJson(front));
        expect(parsed.body).toBe(notes.trim());
      }),
      { numRuns: 300 },
    );
  });

  it("writes readable YAML in a fixed key order, without anchors for repeated objects", () => {
    const shared = { type: "string" };
    const text = renderToolEntry(entry({ name: "send", inputSchema: { type: "object", properties: { a: shared, b: shared } } }));
    expect(text).not.toMatch(/[&*]ref_/);
    const keys = text.split("\n").filter((line) => /^[a-zA-Z]+:/.test(line)).map((line) => line.split(":")[0]);
    expect(keys).toEqual(["name", "server", "description", "category", "risk", "confidence", "rationale", "signals", "roles", "evidence", "policy", "inputSchema", "source", "reviewed"]);
  });
});
