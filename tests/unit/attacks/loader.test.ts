import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadAttacks } from "@/lib/content/attacks";
import { ContentError, type ContentProblem } from "@/lib/content/problems";
import { SIGNAL_IDS, SIGNALS } from "@/lib/taxonomy";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "attacks-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const POLICY = '```json policy\n{ "version": "1", "default": "deny", "hide": ["x"] }\n```';

function entry(front: Record<string, string> = {}, body = `## How it works\n\nWords.\n\n${POLICY}\n`): string {
  const fields = {
    slug: "demo",
    title: "Demo attack",
    summary: "One sentence about it.",
    severity: "high",
    impact: "Something bad.",
    signals: "[bulk-operation]",
    ...front,
  };
  const yaml = Object.entries(fields)
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");
  return `---\n${yaml}\n---\n\n${body}`;
}

function problemsOf(dir: string, options?: { requireSignalPages?: boolean }): ContentProblem[] {
  try {
    loadAttacks(dir, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error("expected loadAttacks to throw");
}

describe("loadAttacks", () => {
  it("reads a good entry with its parsed policy examples and derived signals", () => {
    const dir = folder({ "demo.md": entry({ signals: "[]" }) });
    // No SIGNALS entry names "demo", so related signals are just the front matter's.
    const [attack] = loadAttacks(dir);
    expect(attack).toMatchObject({ slug: "demo", title: "Demo attack", severity: "high", relatedSignals: [], categories: [] });
    expect(attack?.policyExamples).toEqual([{ version: "1", default: "deny", hide: ["x"] }]);
    expect(attack?.file).toBe(path.join(dir, "demo.md"));
  });

  it("adds the signals that link to a slug in the taxonomy to its related signals", () => {
    const [id] = SIGNAL_IDS.filter((s) => (SIGNALS[s].attacks as readonly string[]).includes("rug-pull"));
    const dir = folder({ "rug-pull.md": entry({ slug: "rug-pull", signals: "[]" }) });
    expect(loadAttacks(dir)[0]?.relatedSignals).toContain(id);
  });

  it("names the file and the field of each bad front-matter value", () => {
    const dir = folder({ "demo.md": entry({ signals: "[bulk-operation, made-up-signal]", severity: "apocalyptic", categories: "[read, teleport]" }) });
    const file = path.join(dir, "demo.md");
    const problems = problemsOf(dir);
    expect(problems.map((p) => [p.file, p.field])).toEqual(
      expect.arrayContaining([
        [file, "signals.1"],
        [file, "severity"],
        [file, "categories.1"],
      ]),
    );
    expect(String(new ContentError(problems).message)).toContain(`${file}: signals.1:`);
  });

  it("reports missing and unknown fields", () => {
    const problems = problemsOf(folder({ "demo.md": entry({ summary: "", colour: "red" }) }));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "summary", message: "is required" }),
        expect.objectContaining({ field: "", message: expect.stringContaining("colour") }),
      ]),
    );
  });

  it("wants the summary to be one sentence on one line", () => {
    const problems = problemsOf(folder({ "demo.md": entry({ summary: '"no full stop"' }) }));
    expect(problems).toEqual([expect.objectContaining({ field: "summary", message: expect.stringContaining("sentence") })]);
    const twoLines = problemsOf(folder({ "demo.md": entry({ summary: '"First line.\\nSecond line."' }) }));
    expect(twoLines).toEqual([expect.objectContaining({ field: "summary", message: expect.stringContaining("one line") })]);
  });

  it("wants the file named after the slug", () => {
    const dir = folder({ "other.md": entry() });
    expect(problemsOf(dir)).toEqual([{ file: path.join(dir, "other.md"), field: "slug", message: expect.stringContaining("demo.md") }]);
  });

  it("rejects a policy example that does not validate, naming the block and the path inside it", () => {
    const bad = '```json policy\n{ "version": "1", "default": "deny", "tools": { "send": { "limits": [{ "counter": "c", "window": "minute", "max": -1, "scope": "grant" }] } } }\n```';
    const dir = folder({ "demo.md": entry({}, `Text.\n\n${POLICY}\n\n${bad}\n`) });
    expect(problemsOf(dir)).toEqual([{ file: path.join(dir, "demo.md"), field: "body.policy[1].tools.send.limits.0.max", message: expect.any(String) }]);
  });

  it("rejects a policy example that is not JSON", () => {
    const dir = folder({ "demo.md": entry({}, 'Text.\n\n```json policy\n{ "version": "1", default: deny }\n```\n') });
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ field: "body.policy[0]", message: expect.stringContaining("not valid JSON") })]);
  });

  it("requires at least one policy example, and ignores plain json blocks", () => {
    const dir = folder({ "demo.md": entry({}, 'Text.\n\n```json\n{ "not": "a policy" }\n```\n') });
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ field: "body", message: expect.stringContaining("no ```json policy block") })]);
  });

  it("rejects an empty body", () => {
    expect(problemsOf(folder({ "demo.md": entry({}, "") }))).toEqual([expect.objectContaining({ field: "body", message: expect.stringContaining("empty") })]);
  });

  it("rejects raw HTML, unsafe links and images in the body", () => {
    const body = `Hello <img src=x onerror=alert(1)> there.\n\n[click](javascript:alert(1)) [mail](mailto:a@b.c) ![pic](https://x.example/p.png)\n\n${POLICY}\n`;
    const messages = problemsOf(folder({ "demo.md": entry({}, body) })).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining("raw HTML"),
        expect.stringContaining('"javascript:alert(1)"'),
        expect.stringContaining('"mailto:a@b.c"'),
        expect.stringContaining("image"),
      ]),
    );
  });

  it("allows https links and links within the site", () => {
    const body = `See [a](https://example.com/x), [b](/servers/), [c](#how).\n\n${POLICY}\n`;
    expect(loadAttacks(folder({ "demo.md": entry({}, body) }))).toHaveLength(1);
  });

  it("checks links to other attack pages, in the body and in seeAlso", () => {
    const body = `See [gone](/attacks/missing-page/) and [here](/attacks/demo/).\n\n${POLICY}\n`;
    const dir = folder({ "demo.md": entry({ seeAlso: "[also-missing]" }, body) });
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({ field: "body", message: expect.stringContaining('"missing-page"') }),
      expect.objectContaining({ field: "seeAlso", message: expect.stringContaining('"also-missing"') }),
    ]);
  });

  it("reports every problem in every file at once", () => {
    const dir = folder({ "a.md": entry({ slug: "a", severity: "x" }), "b.md": entry({ slug: "b", title: "" }) });
    const problems = problemsOf(dir);
    expect(new Set(problems.map((p) => path.basename(p.file)))).toEqual(new Set(["a.md", "b.md"]));
  });

  it("with requireSignalPages, names each attack the taxonomy links to that has no page", () => {
    const dir = folder({ "demo.md": entry() });
    const problems = problemsOf(dir, { requireSignalPages: true });
    const expected = new Set(SIGNAL_IDS.flatMap((id) => [...SIGNALS[id].attacks]));
    expect(new Set(problems.map((p) => path.basename(p.file, ".md")))).toEqual(expected);
    expect(problems[0]?.message).toContain("lib/taxonomy/index.ts");
  });

  it("returns entries worst severity first", () => {
    const dir = folder({
      "a.md": entry({ slug: "a", title: "A", severity: "medium" }),
      "b.md": entry({ slug: "b", title: "B", severity: "critical" }),
      "c.md": entry({ slug: "c", title: "C", severity: "high" }),
    });
    expect(loadAttacks(dir).map((a) => a.slug)).toEqual(["b", "c", "a"]);
  });
});
