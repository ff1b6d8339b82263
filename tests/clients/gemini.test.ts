import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { policyExport, TESTED_CLIENTS } from "@/lib/policy/exports";
import { clientPath, exportCases, type Meaning } from "./cases";

/**
 * Our Gemini CLI exports, loaded and decided by Gemini CLI's own code
 * (@google/gemini-cli-core at the release in TESTED_CLIENTS):
 *  - the policy file goes through loadPoliciesFromToml, which must report no error, then
 *    through createPolicyEngineConfig as the user tier beside Gemini's own default policies,
 *    and every tool of the server is decided by PolicyEngine.check under the name Gemini
 *    gives it (generateValidName), as its scheduler calls it;
 *  - the settings entry decides each tool through isEnabled, which applies includeTools
 *    and excludeTools when Gemini lists a server's tools.
 */

interface GeminiRule {
  toolName: string;
}
interface PolicyFileError {
  message: string;
  details?: string;
  severity?: "error" | "warning";
}
interface GeminiCore {
  loadPoliciesFromToml(paths: string[], tier: (p: string) => number): Promise<{ rules: GeminiRule[]; errors: PolicyFileError[] }>;
  createPolicyEngineConfig(settings: { policyPaths: string[] }, approvalMode: string): Promise<unknown>;
  PolicyEngine: new (config: unknown) => {
    check(call: { name: string; args: Record<string, unknown> }, serverName: string | undefined): Promise<{ decision: string; rule?: { source?: string } }>;
    getExcludedTools(metadata: Map<string, Record<string, unknown>>, names: Set<string>): Set<string>;
  };
  generateValidName(name: string): string;
  isEnabled(declaration: { name: string }, serverName: string, config: { includeTools?: string[]; excludeTools?: string[] }): boolean;
  ApprovalMode: { DEFAULT: string };
}

let gemini: GeminiCore;
let dir = "";
const home = process.env.HOME;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gemini-exports-"));
  // Gemini reads its user and system folders from HOME; keep it away from the real one.
  process.env.HOME = dir;
  const load = async (file: string) => (await import(pathToFileURL(clientPath("@google/gemini-cli-core", "dist/src", file)).href)) as Record<string, unknown>;
  const pkg = JSON.parse(fs.readFileSync(clientPath("@google/gemini-cli-core", "package.json"), "utf8")) as { version: string };
  expect(pkg.version).toBe(TESTED_CLIENTS.geminiCli.version);
  gemini = {
    ...(await load("policy/toml-loader.js")),
    ...(await load("policy/config.js")),
    ...(await load("policy/policy-engine.js")),
    ...(await load("policy/types.js")),
    ...(await load("tools/mcp-tool.js")),
    ...(await load("tools/mcp-client.js")),
  } as unknown as GeminiCore;
});

afterAll(() => {
  process.env.HOME = home;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What the engine's decision means in the catalogue's words; "untouched" when none of our rules matched. */
function geminiMeaning(result: { decision: string; rule?: { source?: string } }, file: string): Meaning {
  if (!result.rule?.source?.endsWith(path.basename(file))) return "untouched";
  return result.decision === "allow" ? "allow" : result.decision === "ask_user" ? "ask" : "deny";
}

describe(`Gemini CLI policy engine (${TESTED_CLIENTS.geminiCli.package} ${TESTED_CLIENTS.geminiCli.version})`, () => {
  const cases = exportCases();

  it.each(cases.map((c) => [c.title, c] as const))("%s: the loader accepts the file and check() decides every tool as the policy does", async (_, c) => {
    const exported = policyExport("gemini-policy", c.ctx);
    const file = path.join(dir, `${cases.indexOf(c)}-${exported.fileName}`);
    fs.writeFileSync(file, exported.content);

    const loaded = await gemini.loadPoliciesFromToml([file], () => 4);
    expect(loaded.errors.filter((e) => e.severity !== "warning").map((e) => `${e.message}: ${e.details}`)).toEqual([]);
    expect(loaded.rules.length).toBeGreaterThan(0);

    const engine = new gemini.PolicyEngine(await gemini.createPolicyEngineConfig({ policyPaths: [file] }, gemini.ApprovalMode.DEFAULT));
    const decided = new Map<string, Meaning>();
    for (const tool of c.expected.keys()) {
      const result = await engine.check({ name: gemini.generateValidName(`${c.ctx.name}_${tool}`), args: {} }, c.ctx.name);
      decided.set(tool, geminiMeaning(result, file));
    }
    expect(decided).toEqual(c.expected);

    // A deny with no argument pattern takes the tool out of the model's list.
    const names = new Map([...c.expected.keys()].map((tool) => [gemini.generateValidName(`${c.ctx.name}_${tool}`), tool]));
    const metadata = new Map([...names.keys()].map((n) => [n, { _serverName: c.ctx.name }]));
    const excluded = [...engine.getExcludedTools(metadata, new Set(names.keys()))].map((n) => names.get(n)).sort();
    expect(excluded).toEqual([...c.expected].filter(([, m]) => m === "deny").map(([t]) => t).sort());
  });

  it("the loader rejects a file whose rule has no toolName, as it rejected our old default rule", async () => {
    const file = path.join(dir, "old-default.toml");
    fs.writeFileSync(file, '[[rule]]\nmcpName = "srv"\ndecision = "deny"\npriority = 100\n');
    const loaded = await gemini.loadPoliciesFromToml([file], () => 4);
    expect(loaded.rules).toEqual([]);
    expect(loaded.errors.map((e) => e.details).join("\n")).toMatch(/toolName/);
  });
});

describe(`Gemini CLI settings (${TESTED_CLIENTS.geminiCli.package} ${TESTED_CLIENTS.geminiCli.version})`, () => {
  it.each(exportCases().map((c) => [c.title, c] as const))("%s: isEnabled offers exactly the tools the policy lets run", (_, c) => {
    const exported = policyExport("gemini-settings", c.ctx);
    const whole = JSON.parse(exported.content) as { mcpServers: Record<string, { includeTools?: string[]; excludeTools?: string[]; trust?: boolean; command?: string }> };
    const entry = whole.mcpServers[c.ctx.name]!;
    expect(entry.trust).toBe(false);
    expect(typeof entry.command).toBe("string");
    expect(JSON.parse(exported.rules)).toEqual(Object.fromEntries(Object.entries(entry).filter(([k]) => k !== "command" && k !== "args")));
    for (const [tool, meant] of c.expected) {
      const offered = gemini.isEnabled({ name: tool }, c.ctx.name, entry);
      if (meant === "deny") expect(offered, tool).toBe(false);
      else expect(offered, tool).toBe(true);
    }
  });
});
