import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claudeToolName } from "@/lib/policy/exports/claude-code";
import { policyExport, TESTED_CLIENTS } from "@/lib/policy/exports";
import { clientPath, exportCases, type Meaning } from "./cases";

/**
 * Our Claude Code export, checked two ways:
 *  - syntax, by Claude Code itself (@anthropic-ai/claude-code at the release in
 *    TESTED_CLIENTS): `claude doctor` reads ~/.claude/settings.json offline and lists every
 *    permission rule it would skip as invalid; every rule of every export must pass;
 *  - meaning, by the documented rules (code.claude.com/docs/en/permissions): mcp__<server>
 *    matches every tool of the server, mcp__<server>__<tool> one tool, deny beats ask beats
 *    allow, and a call no rule matches falls to the permission mode. Claude Code cannot
 *    decide a call offline (that needs a model session), so this part follows the docs.
 */

let dir = "";
let claudeBin = "";

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "claude-exports-"));
  claudeBin = clientPath("@anthropic-ai/claude-code", "bin", "claude.exe");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function claude(home: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // Only what it needs: no credentials of the person running the tests reach it.
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: "test",
    PATH: process.env.PATH ?? "",
    HOME: home,
    DISABLE_TELEMETRY: "1",
    DISABLE_AUTOUPDATER: "1",
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
  };
  return new Promise((resolve) => {
    const child = execFile(claudeBin, args, { env, cwd: home, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

/** Runs `claude doctor` with these settings as the user's, and returns its "Invalid settings" lines. */
async function invalidRules(settings: unknown): Promise<string[]> {
  const home = fs.mkdtempSync(path.join(dir, "home-"));
  fs.mkdirSync(path.join(home, ".claude"));
  fs.writeFileSync(path.join(home, ".claude", "settings.json"), JSON.stringify(settings));
  const result = await claude(home, "doctor");
  expect(result.stdout).toMatch(/Claude Code doctor/);
  const section = /\nInvalid settings\n([\s\S]*?)(?:\n\n|$)/.exec(result.stdout)?.[1] ?? "";
  return section.split("\n").filter((line) => line.startsWith("- "));
}

interface Permissions {
  allow: string[];
  ask: string[];
  deny: string[];
}

/** What the documented rules make of a call to one tool. */
function documentedMeaning(permissions: Permissions, server: string, tool: string): Meaning {
  const name = `mcp__${server}__${claudeToolName(tool)}`;
  const matches = (rule: string) => rule === `mcp__${server}` || rule === `mcp__${server}__*` || rule === name;
  if (permissions.deny.some(matches)) return "deny";
  if (permissions.ask.some(matches)) return "ask";
  if (permissions.allow.some(matches)) return "allow";
  return "untouched";
}

describe(`Claude Code (${TESTED_CLIENTS.claudeCode.package} ${TESTED_CLIENTS.claudeCode.version})`, () => {
  const cases = exportCases();

  it("is the pinned release", async () => {
    const result = await claude(fs.mkdtempSync(path.join(dir, "home-")), "--version");
    expect(result.stdout.trim()).toBe(`${TESTED_CLIENTS.claudeCode.version} (Claude Code)`);
  });

  it("claude doctor finds no invalid rule in any export, and does find a broken one", async () => {
    const all: Permissions = { allow: [], ask: [], deny: [] };
    for (const c of cases) {
      const { permissions } = JSON.parse(policyExport("claude-code", c.ctx).content) as { permissions: Permissions };
      for (const list of ["allow", "ask", "deny"] as const) all[list].push(...permissions[list]);
    }
    expect(all.allow.length + all.ask.length + all.deny.length).toBeGreaterThan(500);
    expect(await invalidRules({ permissions: all })).toEqual([]);

    const broken = await invalidRules({ permissions: { ...all, ask: [...all.ask, "mcp__srv__get_me(path:/tmp)"] } });
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatch(/permissions\.ask: Invalid permission rule "mcp__srv__get_me\(path:\/tmp\)"/);
  });

  it.each(cases.map((c) => [c.title, c] as const))("%s: the rules mean for each tool what the policy means", (_, c) => {
    const exported = policyExport("claude-code", c.ctx);
    const { permissions } = JSON.parse(exported.content) as { permissions: Permissions };
    const rulesAlone = JSON.parse(exported.rules) as Partial<Permissions>;
    expect({ allow: [], ask: [], deny: [], ...rulesAlone }).toEqual(permissions);
    const decided = new Map([...c.expected.keys()].map((tool) => [tool, documentedMeaning(permissions, c.ctx.name, tool)]));
    expect(decided).toEqual(c.expected);
  });
});
