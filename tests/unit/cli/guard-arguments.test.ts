import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** The guard's command line as a person types it: mistakes stop it before any server starts. */

const ROOT = path.resolve(import.meta.dirname, "../../..");

function guard(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "lib/cli/main.ts", "guard", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("catalogue guard (command line)", () => {
  it("names an unknown flag, or one with no value, with exit code 2", () => {
    const unknown = guard("--polcy", "p.json", "--", "node", "server.js");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^catalogue: unknown option --polcy\nusage: catalogue guard/);
    const trailing = guard("--policy", "--", "node", "server.js");
    expect(trailing.code).toBe(2);
    expect(trailing.stderr).toMatch(/^catalogue: --policy needs a value\n/);
  });

  it("reads --policy=FILE like --policy FILE", () => {
    const missing = path.join(ROOT, "no-such-policy.json");
    for (const args of [[`--policy=${missing}`], ["--policy", missing]]) {
      const result = guard(...args, "--", "node", "server.js");
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${missing}: cannot be read: no such file`);
    }
  });
});
