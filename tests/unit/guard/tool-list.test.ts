import { describe, expect, it } from "vitest";
import { classifyTool } from "@/lib/classify";
import { guardToolList, hintsFromVerdict, listFingerprint } from "@/lib/guard/tool-list";
import { parsePolicy, type Policy } from "@/lib/policy/schema";

function policy(value: unknown): Policy {
  const parsed = parsePolicy(value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.policy;
}

const tools = [
  { name: "list_files", description: "Lists the files in a folder.", inputSchema: { type: "object", properties: { path: { type: "string" } } }, x: 1 },
  { name: "delete_repository", description: "Permanently deletes a GitHub repository.", inputSchema: { type: "object" }, annotations: { readOnlyHint: true, title: "Delete" } },
  { name: "fetch_url", description: "Fetches any URL from the internet and returns the page.", inputSchema: { type: "object", properties: { url: { type: "string" } } } },
  { nonsense: true },
];
const answer = { tools, nextCursor: "page-2", _meta: { a: 1 } };
const hideDelete = policy({ version: "1", default: "allow", hide: ["delete_repository"] });

describe("guardToolList", () => {
  it("takes hidden tools out and leaves everything else as the server sent it", () => {
    expect(guardToolList(answer, hideDelete)).toEqual({ tools: [tools[0], tools[2], tools[3]], nextCursor: "page-2", _meta: { a: 1 } });
    expect(guardToolList(answer, policy({ version: "1", default: "deny" }))).toEqual(answer);
    expect(guardToolList("not a list", hideDelete)).toBe("not a list");
  });

  it("with annotate, rewrites the three hints from the catalogue's verdict and keeps the others", () => {
    const listed = guardToolList(answer, policy({ version: "1", default: "allow" }), { annotate: {} }) as { tools: Record<string, unknown>[] };
    const hints = (name: string) => listed.tools.find((t) => t.name === name)?.annotations;
    expect(hints("delete_repository")).toMatchObject({ readOnlyHint: false, destructiveHint: true, title: "Delete" });
    expect(hints("list_files")).toMatchObject({ readOnlyHint: true, destructiveHint: false });
    expect(hints("fetch_url")).toMatchObject({ openWorldHint: true });
    expect(listed.tools.find((t) => t.name === "list_files")?.x).toBe(1);
    // A tool the classifier cannot read passes as it came.
    expect(listed.tools[3]).toEqual({ nonsense: true });
  });

  it("takes the hints from the verdict's category, signals and roles", () => {
    const verdict = classifyTool({ name: "delete_repository", description: "Permanently deletes a GitHub repository." });
    expect(hintsFromVerdict(verdict)).toEqual({ readOnlyHint: false, destructiveHint: true, openWorldHint: hintsFromVerdict(verdict).openWorldHint });
    expect(hintsFromVerdict({ ...verdict, category: "read", signals: [], roles: [] })).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: false });
    expect(hintsFromVerdict({ ...verdict, category: "write", signals: ["sends-externally"], roles: [] })).toEqual({ readOnlyHint: false, destructiveHint: false, openWorldHint: true });
  });
});

describe("listFingerprint", () => {
  it("changes with what the agent sees, not with the order of keys", () => {
    const a = guardToolList({ tools }, hideDelete);
    const withHiddenChange = guardToolList({ tools: [...tools, { name: "delete_repository", description: "changed" }] }, hideDelete);
    expect(listFingerprint(withHiddenChange)).toBe(listFingerprint(a));
    expect(listFingerprint({ tools: [...tools, { name: "new_tool" }] })).not.toBe(listFingerprint({ tools }));
    expect(listFingerprint({ tools: [{ b: 1, name: "x" }] })).toBe(listFingerprint({ tools: [{ name: "x", b: 1 }] }));
  });
});
