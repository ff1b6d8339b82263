import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { recommendPolicy } from "@/lib/policy/recommend";
import type { Classifier } from "@/lib/import/types";
import type { RiskLevel } from "@/lib/taxonomy";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
export const FIXTURES = path.join(ROOT, "tests/fixtures/servers");

/**
 * A stand-in for the injected classifier in the planning tests, where the subject is what
 * the importer does with a verdict, not the verdict itself: it rates by a word in the name
 * so a test can move a tool's risk by renaming or redescribing it.
 */
export const wordClassifier: Classifier = (tool) => {
  const text = `${tool.name} ${tool.description ?? ""}`.toLowerCase();
  const risk: RiskLevel = /delete|drop/.test(text) ? "high" : /write|create|send/.test(text) ? "medium" : "low";
  const category = risk === "high" ? "destructive" : risk === "medium" ? "write" : "read";
  const rationale = `${tool.name} is rated ${risk} by the test classifier.`;
  return {
    category,
    risk,
    confidence: 0.5,
    signals: [],
    roles: [],
    rationale,
    evidence: [tool.description || tool.name],
    policy: recommendPolicy(tool.name, risk, rationale),
  };
};

export function tempDir(prefix = "import-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Every file below dir with a hash of its content: equal trees give equal maps. */
export function treeDigest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const dirent of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${dirent.name}` : dirent.name;
      if (dirent.isDirectory()) walk(child);
      else out[child] = createHash("sha256").update(fs.readFileSync(path.join(dir, child))).digest("hex");
    }
  };
  if (fs.existsSync(dir)) walk("");
  return out;
}

/** Files anywhere below root, to prove nothing was written outside the output folder. */
export function allFiles(root: string): string[] {
  return Object.keys(treeDigest(root)).sort();
}
