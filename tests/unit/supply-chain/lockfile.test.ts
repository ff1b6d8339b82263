import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { completeLock, incompleteEntries, needsIntegrity, type Lock, type RegistryFacts } from "../../../.ci/complete-lockfile.mjs";

/**
 * Every locked package is pinned by its hash, on every platform: `npm ci` on macOS or
 * Windows must not install an unverified binary. `node .ci/complete-lockfile.mjs` fills a
 * missing hash from the registry.
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SKIP = new Set(["node_modules", ".git", ".next", "out", ".cache", "test-results"]);

function lockFiles(dir = ROOT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : lockFiles(path.join(dir, entry.name));
    return entry.name === "package-lock.json" ? [path.join(dir, entry.name)] : [];
  });
}

describe("package-lock.json", () => {
  const files = lockFiles();

  it("includes the root project's", () => {
    expect(files.map((f) => path.relative(ROOT, f)).sort()).toEqual(expect.arrayContaining(["package-lock.json"]));
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))("%s: every entry but the root, links and bundled packages has an integrity", (_name, file) => {
    const lock = JSON.parse(fs.readFileSync(file, "utf8")) as Lock;
    const unpinned = Object.entries(lock.packages)
      .filter(([key, entry]) => needsIntegrity(key, entry) && !entry.integrity)
      .map(([key, entry]) => `${key}@${entry.version}`);
    expect(unpinned, "run node .ci/complete-lockfile.mjs").toEqual([]);
  });
});

describe("complete-lockfile", () => {
  const lock: Lock = {
    lockfileVersion: 3,
    packages: {
      "": { name: "app", devDependencies: { tool: "1.0.0" } },
      "node_modules/tool": { version: "1.0.0", integrity: "sha512-tool", dev: true, optionalDependencies: { "tool-darwin": "1.0.0", "tool-wasm": "1.0.0", "tool-linux": "1.0.0" } },
      "node_modules/tool-linux": { version: "1.0.0", integrity: "sha512-linux", dev: true, optional: true, os: ["linux"] },
      // Written once from the latest release's fields: no hash, and a cpu this version does not declare.
      "node_modules/tool-wasm": { version: "1.0.0", dev: true, optional: true, cpu: ["wasm32"] },
      "node_modules/local": { link: true, resolved: "packages/local" },
      "node_modules/tool/node_modules/bundled": { version: "2.0.0", inBundle: true },
    },
  };
  const registry: Record<string, RegistryFacts> = {
    "tool-darwin@1.0.0": { version: "1.0.0", integrity: "sha512-darwin", os: ["darwin"], cpu: ["arm64"] },
    "tool-wasm@1.0.0": { version: "1.0.0", integrity: "sha512-wasm" },
  };
  const factsOf = (item: { name: string; version: string }) => registry[`${item.name}@${item.version}`]!;

  it("finds the dropped optional binary and the entry without a hash, and nothing that needs none", () => {
    expect(incompleteEntries(lock)).toEqual([
      { key: "node_modules/tool-darwin", name: "tool-darwin", version: "1.0.0", missing: true, dev: true },
      { key: "node_modules/tool-wasm", name: "tool-wasm", version: "1.0.0", missing: false },
    ]);
  });

  it("takes integrity and platform fields from the exact locked version, and a second run has nothing to do", () => {
    const completed = completeLock(lock, incompleteEntries(lock), factsOf);
    expect(completed.packages["node_modules/tool-darwin"]).toEqual({ version: "1.0.0", integrity: "sha512-darwin", cpu: ["arm64"], dev: true, optional: true, os: ["darwin"] });
    expect(completed.packages["node_modules/tool-wasm"]).toEqual({ version: "1.0.0", integrity: "sha512-wasm", dev: true, optional: true });
    expect(Object.keys(completed.packages)[0]).toBe("");
    expect(incompleteEntries(completed)).toEqual([]);
    expect(completeLock(completed, [], factsOf)).toEqual(completed);
  });
});
