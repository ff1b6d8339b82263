import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyCorrections, correctionPath, correctTool, parseCorrection, renderCorrection, type Correction, type CorrectionFile } from "@/lib/content/corrections";
import { loadCatalogue } from "@/lib/content/load";
import { ContentError, type ContentProblem } from "@/lib/content/problems";
import { server as serverEntry, tool as toolEntry } from "../catalogue/entries";
import { makeRoot, server, tool } from "./helpers";

function problemsOf(roots: string[]): ContentProblem[] {
  try {
    loadCatalogue(roots);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error("expected the catalogue to fail to load");
}

const base: Correction = { server: "s", tool: "drop_table", reviewed: true, note: "It drops a whole table; nothing brings it back." };

describe("parseCorrection", () => {
  it("accepts a patch of verdict fields with the entry schema's own values", () => {
    const text = "server: s\ntool: drop_table\ncategory: destructive\nrisk: critical\nroles: [destroys]\nreviewed: true\nnote: It drops a whole table.\n";
    const parsed = parseCorrection("c.yaml", text);
    expect(parsed).toEqual({ ok: true, correction: { server: "s", tool: "drop_table", category: "destructive", risk: "critical", roles: ["destroys"], reviewed: true, note: "It drops a whole table." } });
  });

  it("leaves out what the patch leaves out (roles are not reset to none)", () => {
    const parsed = parseCorrection("c.yaml", "server: s\ntool: t\nreviewed: true\nnote: The verdict stands.\n");
    expect(parsed.ok && Object.keys(parsed.correction).sort()).toEqual(["note", "reviewed", "server", "tool"]);
  });

  it("names the file and each wrong field", () => {
    const parsed = parseCorrection("corrections/s/t.yaml", "server: S!\ntool: t\nrisk: extreme\nreviewed: false\ncolour: red\n");
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems.every((p) => p.file === "corrections/s/t.yaml")).toBe(true);
    expect(problems.map((p) => p.field).sort()).toEqual(["", "note", "reviewed", "risk", "server"]);
    expect(problems.find((p) => p.field === "")!.message).toBe("unknown field: colour");
    expect(problems.find((p) => p.field === "note")!.message).toBe("is required");
    expect(problems.find((p) => p.field === "reviewed")!.message).toContain("must be true");
  });

  it("reports broken YAML, an empty file and a list in one line each", () => {
    const broken = parseCorrection("b.yaml", "server: [unclosed\n");
    expect(!broken.ok && broken.problems).toEqual([{ file: "b.yaml", field: "", message: expect.stringMatching(/^is not valid YAML: /) }]);
    const empty = parseCorrection("e.yaml", "");
    expect(!empty.ok && empty.problems[0]!.message).toMatch(/^is empty/);
    const list = parseCorrection("l.yaml", "- server: s\n");
    expect(!list.ok && list.problems[0]!.message).toMatch(/mapping/);
  });

  it("reads dates and numbers in notes as text, as entries do", () => {
    const parsed = parseCorrection("c.yaml", "server: s\ntool: t\nreviewed: true\nnote: 2026-01-02\n");
    expect(parsed.ok && parsed.correction.note).toBe("2026-01-02");
  });

  it("round-trips what renderCorrection writes, even for a hostile tool name", () => {
    const correction: Correction = { ...base, tool: "x: y\n- z # '\"", risk: "high", rationale: "Line one.\nLine two." };
    const text = renderCorrection(correction);
    expect(parseCorrection("c.yaml", text)).toEqual({ ok: true, correction });
    // Written in the order a reader wants: what it corrects, the patch, then the person's word.
    expect(text.split("\n").filter((line) => /^[a-z]+:/.test(line)).map((line) => line.split(":")[0])).toEqual(["server", "tool", "risk", "rationale", "reviewed", "note"]);
  });
});

describe("applying corrections", () => {
  const file = (correction: Correction, extra: Partial<CorrectionFile> = {}): CorrectionFile => ({
    root: "/r",
    file: `/r/${correctionPath(correction.server, correction.tool)}`,
    folder: correction.server,
    name: correction.tool,
    correction,
    ...extra,
  });

  it("overrides the machine's verdict, marks it reviewed, drops the machine's confidence and keeps the note", () => {
    const machine = toolEntry("drop_table", "medium", "write", { confidence: 0.61 });
    const [s] = applyCorrections([serverEntry("s", [machine])], [file({ ...base, category: "destructive", risk: "critical" })], []);
    const corrected = s!.tools[0]!;
    expect(corrected).toMatchObject({ category: "destructive", risk: "critical", reviewed: true, correction: { file: "/r/corrections/s/drop_table.yaml", note: base.note } });
    expect(corrected.confidence).toBeUndefined();
    expect(corrected.rationale).toBe(machine.rationale);
    expect(machine.risk).toBe("medium");
  });

  it("gives a changed risk the table's policy, and keeps the policy when the risk stands", () => {
    const machine = toolEntry("drop_table", "medium", "write");
    const raised = correctTool(machine, { file: "f", correction: { ...base, risk: "high" } });
    expect(raised.policy.tools?.drop_table?.action).toBe("approve");
    expect(raised.policy.tools?.drop_table?.reason).toContain("on a person's review");
    expect(raised.policy.tools?.drop_table?.reason).toContain(base.note);
    const hidden = correctTool(machine, { file: "f", correction: { ...base, risk: "critical" } });
    expect(hidden.policy.hide).toEqual(["drop_table"]);
    const confirmed = correctTool(machine, { file: "f", correction: { ...base, rationale: "Better words." } });
    expect(confirmed.policy).toBe(machine.policy);
    expect(confirmed.rationale).toBe("Better words.");
  });

  it("lets the earlier root win, and rejects two corrections of one tool in one root", () => {
    const s = serverEntry("s", [toolEntry("drop_table", "medium", "write")]);
    const first = file({ ...base, risk: "high" });
    const later = file({ ...base, risk: "low" }, { root: "/other", file: "/other/corrections/s/drop_table.yaml" });
    expect(applyCorrections([s], [first, later], [])[0]!.tools[0]!.risk).toBe("high");
    const problems: ContentProblem[] = [];
    applyCorrections([s], [first, file({ ...base, risk: "low" }, { file: "/r/corrections/s/copy.yaml", name: "copy" })], problems);
    expect(problems).toEqual([{ file: "/r/corrections/s/copy.yaml", field: "tool", message: expect.stringContaining("already corrected by /r/corrections/s/drop_table.yaml") }]);
  });

  it("waits when the server is not in this build or only partly catalogued, and reports a stale one", () => {
    const problems: ContentProblem[] = [];
    const partial = serverEntry("p", [toolEntry("a", "low", "read", { server: "p" })], { toolCount: 40 });
    const complete = serverEntry("s", [toolEntry("a", "low", "read")]);
    const out = applyCorrections([partial, complete], [file({ ...base, server: "gone" }), file({ ...base, server: "p" }), file(base)], problems);
    expect(out[0]).toBe(partial);
    expect(problems).toEqual([{ file: "/r/corrections/s/drop_table.yaml", field: "tool", message: 'names "drop_table", which server "s" does not have (renamed or removed?)' }]);
  });

  it("rejects a correction filed under another server's folder or a name that is not the tool's slug", () => {
    const problems: ContentProblem[] = [];
    const s = serverEntry("s", [toolEntry("Drop Table", "low", "read", { slug: "drop-table-1a2b3c4d" })]);
    applyCorrections([s], [file({ ...base, tool: "Drop Table" }, { folder: "other" }), file({ ...base, tool: "Drop Table" }, { name: "drop_table" })], problems);
    expect(problems.map((p) => p.field)).toEqual(["server", "tool"]);
    expect(problems[1]!.message).toBe('the correction for tool "Drop Table" must be named drop-table-1a2b3c4d.yaml');
  });
});

describe("corrections when the catalogue loads", () => {
  it("applies a committed correction to an imported entry", () => {
    const committed = makeRoot();
    const imported = makeRoot();
    imported.write("servers/s/server.md", server("s"));
    imported.write("servers/s/tools/drop_table.md", tool("drop_table", "s", { confidence: 0.7 }));
    committed.write("corrections/s/drop_table.yaml", "server: s\ntool: drop_table\ncategory: destructive\nrisk: critical\nreviewed: true\nnote: Drops the table.\n");
    const t = loadCatalogue([committed.root, imported.root]).servers[0]!.tools[0]!;
    expect(t).toMatchObject({ category: "destructive", risk: "critical", reviewed: true, correction: { note: "Drops the table." } });
    expect(t.confidence).toBeUndefined();
    expect(t.policy.hide).toEqual(["drop_table"]);
  });

  it("fails the load on a broken correction file, naming the file and field beside entry problems", () => {
    const { root, write } = makeRoot();
    write("servers/s/server.md", server("s"));
    write("servers/s/tools/drop_table.md", tool("drop_table", "s"));
    const broken = write("corrections/s/drop_table.yaml", "server: s\ntool: drop_table\nrisk: huge\nreviewed: true\n");
    const misnamed = write("corrections/s/drop_table.yml", "server: s\n");
    const problems = problemsOf([root]);
    expect(problems).toContainEqual({ file: broken, field: "risk", message: expect.stringContaining("low") });
    expect(problems).toContainEqual({ file: broken, field: "note", message: "is required" });
    expect(problems).toContainEqual({ file: misnamed, field: "", message: "corrections end in .yaml" });
    expect(path.dirname(broken)).toBe(path.join(root, "corrections/s"));
  });

  it("lets a correction change roles, and the flow rule follows the corrected roles", () => {
    const { root, write } = makeRoot();
    write("servers/s/server.md", server("s"));
    write("servers/s/tools/fetch.md", tool("fetch", "s", { roles: ["untrusted-input"] }));
    write("servers/s/tools/inbox.md", tool("inbox", "s", { roles: ["private-data"] }));
    write("servers/s/tools/post.md", tool("post", "s", { category: "write" }));
    expect(loadCatalogue([root]).servers[0]!.tools.find((t) => t.name === "post")!.policy.tools?.post?.action).toBe("allow");
    write("corrections/s/post.yaml", "server: s\ntool: post\nroles: [public-sink]\nreviewed: true\nnote: It posts to a public channel.\n");
    expect(loadCatalogue([root]).servers[0]!.tools.find((t) => t.name === "post")!.policy.tools?.post?.action).toBe("approve");
  });
});
