import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GuardBudgets } from "@/lib/guard/budgets";
import { SharedStateFile } from "@/lib/guard/state-file";
import { decide } from "@/lib/policy/evaluate";
import { parsePolicy, type Policy } from "@/lib/policy/schema";

function policy(value: unknown): Policy {
  const parsed = parsePolicy(value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.policy;
}

const p = policy({
  version: "1",
  default: "deny",
  tools: {
    mine: { limits: [{ counter: "mine", window: "day", max: 2, scope: "grant" }] },
    ours: { limits: [{ counter: "ours", window: "day", max: 5, scope: "global" }] },
  },
});
const at = Date.UTC(2026, 10, 30, 9);
let dir = "";
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "guard-budgets-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** One call decided as a guard decides it; true when it may run. */
async function run(budgets: GuardBudgets, tool: string): Promise<boolean> {
  const { decision } = await budgets.decide((state, now) => decide(p, { tool, at: now, identity: "alice", session: "s" }, state), tool === "ours");
  return decision.decision === "allowed";
}

describe("GuardBudgets", () => {
  it("counts grant budgets in the process and global ones in the shared file", async () => {
    const file = path.join(dir, "a.json");
    const one = new GuardBudgets(new SharedStateFile(file), () => at);
    const two = new GuardBudgets(new SharedStateFile(file), () => at);
    expect([await run(one, "mine"), await run(one, "mine"), await run(one, "mine")]).toEqual([true, true, false]);
    expect(await run(two, "mine")).toBe(true);
    const shared = [];
    for (let i = 0; i < 3; i++) shared.push(await run(one, "ours"), await run(two, "ours"));
    expect(shared).toEqual([true, true, true, true, true, false]);
    // The count survives the processes: a new guard reads it from the file.
    expect(await run(new GuardBudgets(new SharedStateFile(file), () => at), "ours")).toBe(false);
    expect(await run(new GuardBudgets(new SharedStateFile(file), () => at + 86_400_000), "ours")).toBe(true);
  });

  it("never lets two guards both take the last units of a global budget", async () => {
    const file = path.join(dir, "race.json");
    const guards = Array.from({ length: 4 }, () => new GuardBudgets(new SharedStateFile(file), () => at));
    const results = await Promise.all(guards.flatMap((g) => Array.from({ length: 5 }, () => run(g, "ours"))));
    expect(results.filter(Boolean)).toHaveLength(5);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it("breaks a lock left by a guard that died", async () => {
    const file = path.join(dir, "stale.json");
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, at: Date.now() }));
    expect(await run(new GuardBudgets(new SharedStateFile(file), () => at), "ours")).toBe(true);
  });

  it("gives up on a lock a live guard holds too long, with a message", async () => {
    const file = path.join(dir, "held.json");
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, at: Date.now() }));
    const budgets = new GuardBudgets(new SharedStateFile(file, 200), () => at);
    await expect(run(budgets, "ours")).rejects.toThrow(/stayed locked by another guard for 0.2 s/);
    fs.rmSync(`${file}.lock`);
  });

  it("refuses a state file it cannot read before anything starts", () => {
    const file = path.join(dir, "bad.json");
    fs.writeFileSync(file, "not json");
    expect(() => new SharedStateFile(file).check()).toThrow(/is not valid JSON/);
  });
});
