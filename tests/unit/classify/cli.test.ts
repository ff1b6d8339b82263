import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");
const dir = mkdtempSync(path.join(tmpdir(), "classify-cli-"));

async function classify(args: string[]) {
  const result = (await run("npx", ["tsx", "lib/cli/main.ts", "classify", ...args], { cwd: ROOT, encoding: "utf8" }).catch(
    (e: { code: number; stdout: string; stderr: string }) => e,
  )) as { code?: number; stdout: string; stderr: string };
  return { code: result.code ?? 0, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe("catalogue classify FILE", () => {
  it("prints one object per tool, in input order, with exactly the agreed keys", async () => {
    const f = file("list.json", JSON.stringify({ tools: [{ name: "send_message", description: "Send a message" }, { name: "get_me" }, { name: "delete_all_rows", annotations: { readOnlyHint: true } }] }));
    const { code, stdout } = await classify([f]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>[];
    expect(out.map((o) => o.name)).toEqual(["send_message", "get_me", "delete_all_rows"]);
    for (const o of out) expect(Object.keys(o)).toEqual(["name", "category", "risk", "confidence", "signals", "roles", "rationale", "evidence", "policy"]);
    expect(out[2]).toMatchObject({ category: "destructive", risk: "critical" });
    expect(out[2]?.signals).toContain("annotation-conflict");
  }, 60_000);

  it("accepts a corpus file with a server identity (null fields allowed)", async () => {
    const f = file("corpus.json", JSON.stringify({ server: { slug: "demo", title: "Demo", package: null }, tools: [{ name: "list_items" }] }));
    const { code, stdout } = await classify([f]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(1);
  }, 60_000);

  it("names the file, tool index and field for malformed input, and prints nothing on stdout", async () => {
    const f = file("bad.json", JSON.stringify({ tools: [{ name: "ok" }, { description: "no name" }, { name: 7 }] }));
    const { code, stdout, stderr } = await classify([f]);
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${f}: tools[1].name`);
    expect(stderr).toContain("tools[2].name");
  }, 60_000);

  it("rejects non-JSON and a missing tools array with the file name", async () => {
    const notJson = file("nope.json", "{not json");
    const r1 = await classify([notJson]);
    expect(r1.code).not.toBe(0);
    expect(r1.stderr).toContain(`${notJson}: not valid JSON`);
    const noTools = file("notools.json", JSON.stringify({ server: { slug: "x" } }));
    const r2 = await classify([noTools]);
    expect(r2.code).not.toBe(0);
    expect(r2.stderr).toContain(`${noTools}.tools`);
  }, 60_000);

  it("refuses an unknown flag with exit code 2, naming it", async () => {
    const f = file("flag.json", JSON.stringify({ tools: [{ name: "get_me" }] }));
    const { code, stdout, stderr } = await classify([f, "--verbose"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^catalogue: unknown option --verbose\nusage: catalogue classify FILE/);
  }, 60_000);

  it("reads standard input with -", async () => {
    const f = file("stdin.json", JSON.stringify({ tools: [{ name: "execute_command", description: "Run a shell command", inputSchema: { type: "object", properties: { command: { type: "string" } } } }] }));
    const { stdout, code } = await run("sh", ["-c", `npx tsx lib/cli/main.ts classify - < '${f}'`], { cwd: ROOT, encoding: "utf8" }).then((r) => ({ ...r, code: 0 }));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0]).toMatchObject({ name: "execute_command", category: "execute", risk: "critical" });
  }, 60_000);
});
