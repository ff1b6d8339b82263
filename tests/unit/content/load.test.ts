import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/content/load";
import { ContentError, type ContentProblem } from "@/lib/content/problems";
import { entry, makeRoot, server, tool } from "./helpers";

function problemsOf(roots: string[]): ContentProblem[] {
  try {
    loadCatalogue(roots);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error("expected the catalogue to fail to load");
}

describe("loading valid entries", () => {
  it("reads servers with their tools, sorted, with slugs and notes", () => {
    const { root, write } = makeRoot();
    write("servers/demo/server.md", server("demo", { repository: "https://example.com/demo" }));
    write("servers/demo/tools/list_items.md", tool("list_items", "demo"));
    write("servers/demo/tools/getitem.md", tool("getItem", "demo") + "Editorial note.");
    const { servers } = loadCatalogue([root]);
    expect(servers).toHaveLength(1);
    const demo = servers[0]!;
    expect(demo.repository).toBe("https://example.com/demo");
    expect(demo.tools.map((t) => [t.name, t.slug])).toEqual([
      ["getItem", "getitem"],
      ["list_items", "list_items"],
    ]);
    expect(demo.tools[0]!.notes).toBe("Editorial note.");
    expect(demo.tools[0]!.reviewed).toBe(false);
  });

  it("keeps descriptions verbatim, Chinese and newlines included", () => {
    const { root, write } = makeRoot();
    write("servers/zh/server.md", server("zh"));
    write("servers/zh/tools/export.md", tool("export", "zh", { description: "批量导出\n\nArgs:\n    ids: 账号" }));
    expect(loadCatalogue([root]).servers[0]!.tools[0]!.description).toBe("批量导出\n\nArgs:\n    ids: 账号");
  });

  it("keeps date-like strings as strings", () => {
    const { root, write } = makeRoot();
    write("servers/d/server.md", "---\nslug: d\ntitle: D\ndescription: x\nsource: test\nimportedAt: 2026-11-21\n---\n");
    expect(loadCatalogue([root]).servers[0]!.importedAt).toBe("2026-11-21");
  });

  it("merges roots with the earlier root winning for servers and tools", () => {
    const committed = makeRoot();
    const imported = makeRoot();
    committed.write("servers/s/server.md", server("s", { title: "Committed title" }));
    committed.write("servers/s/tools/shared.md", tool("shared", "s", { rationale: "Reviewed by a person." }));
    imported.write("servers/s/server.md", server("s", { title: "Imported title" }));
    imported.write("servers/s/tools/shared.md", tool("shared", "s", { rationale: "Classifier said so." }));
    imported.write("servers/s/tools/extra.md", tool("extra", "s"));
    imported.write("servers/only-imported/server.md", server("only-imported"));
    const { servers } = loadCatalogue([committed.root, imported.root]);
    const s = servers.find((x) => x.slug === "s")!;
    expect(s.title).toBe("Committed title");
    expect(s.tools.map((t) => t.name)).toEqual(["extra", "shared"]);
    expect(s.tools.find((t) => t.name === "shared")!.rationale).toBe("Reviewed by a person.");
    expect(servers.map((x) => x.slug).sort()).toEqual(["only-imported", "s"]);
  });

  it("accepts a tool folder without server.md when another root supplies it", () => {
    const committed = makeRoot();
    const imported = makeRoot();
    committed.write("servers/s/tools/mine.md", tool("mine", "s"));
    imported.write("servers/s/server.md", server("s"));
    expect(loadCatalogue([committed.root, imported.root]).servers[0]!.tools.map((t) => t.name)).toEqual(["mine"]);
  });

  it("ignores roots that do not exist", () => {
    expect(loadCatalogue([path.join(makeRoot().root, "missing")]).servers).toEqual([]);
  });
});

describe("bad entries fail with one message per problem, naming file and field", () => {
  it("reports a wrong enum value with its field", () => {
    const { root, write } = makeRoot();
    write("servers/s/server.md", server("s"));
    const file = write("servers/s/tools/t.md", tool("t", "s", { risk: "extreme" }));
    const problems = problemsOf([root]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, field: "risk" });
  });

  it("reports each missing required field separately", () => {
    const { root, write } = makeRoot();
    write("servers/s/server.md", server("s"));
    const file = write(
      "servers/s/tools/t.md",
      entry({ name: "t", server: "s", description: "d", category: "read", risk: "low", signals: [], policy: { version: "1", default: "deny" }, inputSchema: {}, source: "x" }),
    );
    const problems = problemsOf([root]);
    expect(problems.map((p) => p.field).sort()).toEqual(["evidence", "rationale"]);
    expect(problems.every((p) => p.file === file && p.message === "is required")).toBe(true);
  });

  it("reports unknown fields by name", () => {
    const { root, write } = makeRoot();
    write("servers/s/server.md", server("s", { colour: "red" }));
    const [problem] = problemsOf([root]);
    expect(problem!.message).toContain("colour");
  });

  it("reports broken YAML without a stack trace", () => {
    const { root, write } = makeRoot();
    write("servers/s/server.md", server("s"));
    const file = write("servers/s/tools/t.md", "---\nname: [unclosed\n---\n");
    const [problem] = problemsOf([root]);
    expect(problem).toMatchObject({ file, field: "" });
    expect(problem!.message).toMatch(/^front matter is not valid YAML/);
  });

  it("reports a file with no front matter", () => {
    const { root, write } = makeRoot();
    write("servers/s/server.md", server("s"));
    write("servers/s/tools/t.md", "just prose\n");
    expect(problemsOf([root])[0]!.message).toMatch(/no front matter/);
  });

  it("rejects an unknown risk signal and an invalid nested policy with their paths", () => {
    const { root, write } = makeRoot();
    write("servers/s/server.md", server("s"));
    write(
      "servers/s/tools/t.md",
      tool("t", "s", {
        signals: ["made-up-signal"],
        policy: { version: "1", default: "deny", tools: { t: { limits: [{ counter: "c", window: "week", max: 1, scope: "grant" }] } } },
      }),
    );
    const fields = problemsOf([root]).map((p) => p.field).sort();
    expect(fields).toEqual(["policy.tools.t.limits.0.window", "signals.0"]);
  });

  it("rejects a tool policy that names another tool", () => {
    const { root, write } = makeRoot();
    write("servers/s/server.md", server("s"));
    write("servers/s/tools/t.md", tool("t", "s", { policy: { version: "1", default: "deny", hide: ["other"] } }));
    const [problem] = problemsOf([root]);
    expect(problem).toMatchObject({ field: "policy" });
    expect(problem!.message).toContain('"other"');
  });

  it("rejects two tools with the same name on one server", () => {
    const { root, write } = makeRoot();
    write("servers/s/server.md", server("s"));
    const first = write("servers/s/tools/a.md", tool("a", "s"));
    const twin = write("servers/s/tools/a-copy.md", tool("a", "s"));
    const duplicates = problemsOf([root]).filter((p) => p.message.includes("already defined"));
    expect(duplicates).toHaveLength(1);
    // Whichever file is read second is the one reported, and it names the other.
    const [reported] = duplicates;
    expect(reported!.field).toBe("name");
    expect([first, twin]).toContain(reported!.file);
    expect(reported!.message).toContain(reported!.file === first ? twin : first);
  });

  it("rejects a tool filed under the wrong server or file name", () => {
    const { root, write } = makeRoot();
    write("servers/s/server.md", server("s"));
    const misplaced = write("servers/s/tools/x.md", tool("x", "other"));
    const misnamed = write("servers/s/tools/wrong-name.md", tool("right_name", "s"));
    const problems = problemsOf([root]);
    expect(problems).toContainEqual(expect.objectContaining({ file: misplaced, field: "server" }));
    expect(problems).toContainEqual(expect.objectContaining({ file: misnamed, field: "name", message: expect.stringContaining("right_name.md") }));
  });

  it("rejects a server whose slug does not match its folder, and a folder without server.md", () => {
    const { root, write } = makeRoot();
    const wrong = write("servers/a/server.md", server("b"));
    write("servers/orphan/tools/t.md", tool("t", "orphan"));
    const problems = problemsOf([root]);
    expect(problems).toContainEqual(expect.objectContaining({ file: wrong, field: "slug" }));
    expect(problems).toContainEqual(expect.objectContaining({ file: path.join(root, "servers/orphan/server.md"), message: expect.stringContaining("missing") }));
  });

  it("rejects a repository that is not an http(s) URL", () => {
    const { root, write } = makeRoot();
    write("servers/s/server.md", server("s", { repository: "javascript:alert(1)" }));
    expect(problemsOf([root])[0]).toMatchObject({ field: "repository" });
  });

  it("collects problems from every file instead of stopping at the first", () => {
    const { root, write } = makeRoot();
    write("servers/s/server.md", server("s"));
    write("servers/s/tools/a.md", tool("a", "s", { category: "nope" }));
    write("servers/s/tools/b.md", tool("b", "s", { confidence: 2 }));
    const problems = problemsOf([root]);
    expect(problems.map((p) => path.basename(p.file)).sort()).toEqual(["a.md", "b.md"]);
    const error = (() => {
      try {
        loadCatalogue([root]);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(/2 problems/);
    expect(error?.message).toContain("a.md: category:");
  });
});
