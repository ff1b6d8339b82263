import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isCI, needsShared, sharedDecision } from "../../shared-corpus";

describe("sharedDecision", () => {
  it("runs when the input is there, skips without it, and fails in CI when ../shared is there but the input is not", () => {
    expect(sharedDecision({ available: true, sharedPresent: true, ci: true })).toBe("run");
    expect(sharedDecision({ available: false, sharedPresent: false, ci: true })).toBe("skip");
    expect(sharedDecision({ available: false, sharedPresent: true, ci: false })).toBe("skip");
    expect(sharedDecision({ available: false, sharedPresent: true, ci: true })).toBe("fail");
  });

  it("reads CI the way CI services set it", () => {
    expect(isCI({ CI: "true" })).toBe(true);
    expect(isCI({ CI: "1" })).toBe(true);
    expect(isCI({ CI: "false" })).toBe(false);
    expect(isCI({})).toBe(false);
  });
});

describe("needsShared", () => {
  const sharedDir = fs.mkdtempSync(path.join(os.tmpdir(), "shared-"));
  fs.mkdirSync(path.join(sharedDir, "corpus"));

  it("names what a test needs in its title", () => {
    const need = needsShared("corpus", { sharedDir, env: {} });
    expect(need.available).toBe(true);
    expect(need.path).toBe(path.join(sharedDir, "corpus"));
    expect(need.title("every server")).toMatch(/^every server \(needs .*corpus\)$/);
  });

  it("lets a test skip outside CI, and fails it in CI, when the input is missing beside a present ../shared", () => {
    expect(needsShared("index/servers.jsonl", { sharedDir, env: {} }).available).toBe(false);
    expect(() => needsShared("index/servers.jsonl", { sharedDir, env: { CI: "true" } })).toThrow(/is present but .*index\/servers\.jsonl is not/);
    expect(needsShared("index/servers.jsonl", { sharedDir: path.join(sharedDir, "absent"), env: { CI: "true" } }).available).toBe(false);
  });
});
