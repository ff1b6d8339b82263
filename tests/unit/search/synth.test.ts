import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticServers } from "@/lib/synth/generate";
import { CATEGORY_MIX } from "@/lib/synth/vocabulary";
import { parseIndexFile } from "@/lib/search/records";
import { CATEGORIES } from "@/lib/taxonomy";

describe("the synthetic corpus", () => {
  it("is the same for the same seed and different for another", () => {
    const a = JSON.stringify([...syntheticServers(50, 1)]);
    expect(JSON.stringify([...syntheticServers(50, 1)])).toBe(a);
    expect(JSON.stringify([...syntheticServers(50, 2)])).not.toBe(a);
  });

  it("marks every record synthetic, with unique server names and about ten tools each", () => {
    const servers = [...syntheticServers(2000)];
    expect(servers.every((s) => s.synthetic === true)).toBe(true);
    expect(new Set(servers.map((s) => s.name.toLowerCase())).size).toBe(2000);
    const tools = servers.flatMap((s) => s.tools);
    expect(tools.length / servers.length).toBeGreaterThan(8.5);
    expect(tools.length / servers.length).toBeLessThan(11.5);
    for (const server of servers) expect(new Set(server.tools.map((t) => t.name)).size).toBe(server.tools.length);
  });

  it("has the category mix of the real corpus", () => {
    const tools = [...syntheticServers(2000)].flatMap((s) => s.tools);
    for (const category of CATEGORIES) {
      const share = tools.filter((t) => t.category === category).length / tools.length;
      expect(Math.abs(share - CATEGORY_MIX[category])).toBeLessThan(0.015);
    }
    expect(tools.some((t) => /[\u4e00-\u9fff]/.test(t.description))).toBe(true);
  });
});

describe("catalogue synth", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs"), "lib/cli/main.ts", "synth", ...args], { encoding: "utf8" });

  it("writes servers.jsonl in the server index format", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "synth-"));
    const result = run("--servers=40", `--out=${dir}`);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/wrote 40 servers and \d+ tools/);
    const file = path.join(dir, "servers.jsonl");
    const servers = parseIndexFile(fs.readFileSync(file, "utf8"), file, { allowSynthetic: true });
    expect(servers).toHaveLength(40);
    expect(servers[0]?.tools?.length).toBeGreaterThan(0);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("explains a bad call", () => {
    const result = run("--servers", "many", "--out", "/tmp/x");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--servers must be a whole number/);
    expect(run("--out", "/tmp/x").stderr).toMatch(/--servers N is required/);
    const trailing = run("--out", "/tmp/x", "--servers");
    expect(trailing.status).toBe(2);
    expect(trailing.stderr).toMatch(/^catalogue: --servers needs a value\n/);
  }, 60_000);
});
