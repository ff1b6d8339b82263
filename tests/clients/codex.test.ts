import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { policyExport, TESTED_CLIENTS } from "@/lib/policy/exports";
import { clientPath, exportCases, type ExportCase } from "./cases";

/**
 * Our Codex export loaded by Codex itself (@openai/codex at the release in TESTED_CLIENTS):
 * the whole config.toml goes into a temporary CODEX_HOME and `codex mcp get --json NAME` must
 * accept it and show the tools the policy lets run as enabled and the others as disabled.
 * Codex validates every approval mode while loading (an unknown one fails the whole config),
 * but shows only the server-wide default_tools_approval_mode, in its text output.
 */

let dir = "";
let codexBin = "";

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "codex-exports-"));
  codexBin = clientPath("@openai/codex", "bin", "codex.js");
  const pkg = JSON.parse(fs.readFileSync(clientPath("@openai/codex", "package.json"), "utf8")) as { version: string };
  expect(pkg.version).toBe(TESTED_CLIENTS.codex.version);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function codex(home: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [codexBin, ...args], { env: { ...process.env, CODEX_HOME: home, HOME: home }, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

function homeWith(config: string): string {
  const home = fs.mkdtempSync(path.join(dir, "home-"));
  fs.writeFileSync(path.join(home, "config.toml"), config);
  return home;
}

interface CodexServer {
  name: string;
  enabled: boolean;
  enabled_tools: string[] | null;
  disabled_tools: string[] | null;
}

/** Whether Codex offers a tool, by its own enabled, enabled_tools and disabled_tools. */
function offered(server: CodexServer, tool: string): boolean {
  if (!server.enabled) return false;
  if (server.enabled_tools && !server.enabled_tools.includes(tool)) return false;
  return !(server.disabled_tools ?? []).includes(tool);
}

async function check(c: ExportCase): Promise<void> {
  const exported = policyExport("codex", c.ctx);
  const home = homeWith(exported.content);
  const [json, text] = await Promise.all([codex(home, "mcp", "get", "--json", c.ctx.name), codex(home, "mcp", "get", c.ctx.name)]);
  expect(json.stderr.replace(/^WARNING: .*\n/gm, ""), c.title).toBe("");
  expect(json.code, c.title).toBe(0);
  const server = JSON.parse(json.stdout) as CodexServer;
  expect(server.name).toBe(c.ctx.name);
  const decided = new Map([...c.expected.keys()].map((tool) => [tool, offered(server, tool)]));
  const meant = new Map([...c.expected].map(([tool, m]) => [tool, m !== "deny"]));
  expect(decided, c.title).toEqual(meant);
  if (!server.enabled) {
    expect(text.stdout.trim(), c.title).toBe(`${c.ctx.name} (disabled)`);
  } else if (!c.ctx.only) {
    expect(text.stdout, c.title).toMatch(new RegExp(`default_tools_approval_mode: ${c.ctx.policy.default === "allow" ? "approve" : "prompt"}`));
  }
}

describe(`Codex (${TESTED_CLIENTS.codex.package} ${TESTED_CLIENTS.codex.version})`, () => {
  it("accepts every export and enables and disables each tool as the policy says", async () => {
    const cases = exportCases();
    // Two at a time: each check starts two Codex processes.
    for (let i = 0; i < cases.length; i += 2) await Promise.all(cases.slice(i, i + 2).map(check));
  }, 120_000);

  it("catches an invalid value, naming its field", async () => {
    const exported = policyExport("codex", exportCases().find((c) => c.title.startsWith("hostile names, default deny"))!.ctx);
    expect(exported.content).toContain('approval_mode = "approve"');
    const broken = exported.content.replace('approval_mode = "approve"', 'approval_mode = "sometimes"');
    const result = await codex(homeWith(broken), "mcp", "get", "--json", "srv");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/unknown variant `sometimes`/);
    expect(result.stderr).toMatch(/approval_mode/);
  });

  it("refuses a server table without a command, which is why the whole file carries one", async () => {
    const exported = policyExport("codex", exportCases()[0]!.ctx);
    const withoutCommand = exported.content.replace(/^command = .*\n^args = .*\n/m, "");
    const result = await codex(homeWith(withoutCommand), "mcp", "get", "--json", exportCases()[0]!.ctx.name);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/invalid transport/);
  });
});
