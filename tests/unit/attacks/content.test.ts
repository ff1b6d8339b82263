import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadAttacks } from "@/lib/content/attacks";
import { lintPolicy } from "@/lib/policy/lint";
import { parsePolicy } from "@/lib/policy/schema";
import { SIGNAL_IDS, SIGNALS } from "@/lib/taxonomy";

// The committed attack pages, checked from the raw files as well as through the loader, so a
// fault in the loader's own extraction cannot hide a bad page.
const dir = path.resolve("content", "attacks");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".md")).sort();
const attacks = loadAttacks(dir, { requireSignalPages: true });

/** Every ```json policy fence, found with a plain scan of the file text. */
function policyFences(text: string): string[] {
  const fences: string[] = [];
  const fence = /^```json[ \t]+policy[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
  for (const match of text.matchAll(fence)) fences.push(match[1] ?? "");
  return fences;
}

describe("the committed attack pages", () => {
  it("load without problems, one entry per file", () => {
    expect(attacks.map((a) => `${a.slug}.md`).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it("include the patterns the site issue names", () => {
    const slugs = attacks.map((a) => a.slug);
    for (const slug of ["tool-poisoning", "rug-pull", "credential-theft", "runaway-loops", "destructive-bulk-operations", "confused-deputy", "data-exfiltration", "indirect-prompt-injection"]) {
      expect(slugs).toContain(slug);
    }
  });

  it.each(SIGNAL_IDS.flatMap((id) => SIGNALS[id].attacks.map((slug) => [id, slug] as const)))(
    "signal %s links to an existing page %s",
    (_, slug) => {
      expect(fs.existsSync(path.join(dir, `${slug}.md`))).toBe(true);
    },
  );

  it("list in their front matter every signal that links to them", () => {
    for (const attack of attacks) {
      const linking = SIGNAL_IDS.filter((id) => (SIGNALS[id].attacks as readonly string[]).includes(attack.slug));
      expect(attack.signals, attack.file).toEqual(expect.arrayContaining(linking));
    }
  });

  it.each(files)("%s: every ```json policy example parses and validates", (file) => {
    const fences = policyFences(fs.readFileSync(path.join(dir, file), "utf8"));
    expect(fences.length).toBeGreaterThan(0);
    for (const fence of fences) {
      const result = parsePolicy(JSON.parse(fence));
      expect(result.ok ? [] : result.problems, `${file}:\n${fence}`).toEqual([]);
      // A page that teaches a policy should teach one the linter has nothing to say about.
      if (result.ok) expect(lintPolicy(result.policy), `${file}:\n${fence}`).toEqual([]);
    }
    const entry = attacks.find((a) => `${a.slug}.md` === file);
    expect(entry?.policyExamples).toHaveLength(fences.length);
  });

  it.each(files)("%s: has the sections a reader relies on", (file) => {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    for (const heading of ["## How it works", "## Example", "## How to spot it in a tool definition", "## What a policy does"]) {
      expect(text, `${file} lacks "${heading}"`).toContain(`\n${heading}\n`);
    }
    // Honest about limits: every page says what a policy cannot do.
    expect(text).toMatch(/can ?not|cannot/);
  });
});
